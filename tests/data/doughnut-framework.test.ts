import { describe, expect, it } from 'vitest';
import { doughnutFramework, doughnutFrameworkSchema, type PlanetaryBoundary } from '../../src/data';
import frameworkJson from '../../src/data/doughnut-framework.json' with { type: 'json' };
import { ECOLOGICAL_DIMENSIONS, LENSES, SOCIAL_DIMENSIONS } from '../../src/model';

function dimension(id: string) {
  const found = doughnutFramework.dimensions.find((d) => d.id === id);
  if (found === undefined) throw new Error(`no dimension ${id}`);
  return found;
}

/** Fanning & Raworth 2025 (5_calculateRatios.R): 1 means on the boundary. */
function ratio(boundary: PlanetaryBoundary, value: number): number {
  const { method, reference } = boundary.normalisation;
  return method === 'offset'
    ? (value - reference) / (boundary.boundary - reference)
    : (1 - value / reference) / (1 - boundary.boundary / reference);
}

describe('Doughnut framework', () => {
  it('has 12 floor and 9 ceiling dimensions with the ids of the model, in order', () => {
    const floors = doughnutFramework.dimensions.filter((d) => d.kind === 'floor').map((d) => d.id);
    const ceilings = doughnutFramework.dimensions.filter((d) => d.kind === 'ceiling').map((d) => d.id);
    expect(floors).toEqual([...SOCIAL_DIMENSIONS]);
    expect(ceilings).toEqual([...ECOLOGICAL_DIMENSIONS]);
  });

  it('labels and describes every dimension in Dutch and English for 2017 and 2025', () => {
    for (const d of doughnutFramework.dimensions) {
      for (const text of [d.label2017, d.label2025, d.description]) {
        expect(text.nl.trim(), d.id).not.toBe('');
        expect(text.en.trim(), d.id).not.toBe('');
      }
    }
  });

  it('maps the 2025 renames onto the 2017 dimensions they continue', () => {
    const renamed: Record<string, string> = {
      'nitrogen-phosphorus-loading': 'Nutrient pollution',
      'freshwater-withdrawals': 'Freshwater disruption',
      'biodiversity-loss': 'Biodiversity breakdown',
      networks: 'Connectivity',
      'gender-equality': 'Equality',
      'social-equity': 'Social cohesion',
    };
    for (const [id, label] of Object.entries(renamed)) {
      expect(dimension(id).label2025.en, id).toBe(label);
      expect(dimension(id).label2017.en, id).not.toBe(label);
      expect(dimension(id).sources, id).toContain('fanning-raworth-2025');
    }
    for (const id of ['networks', 'gender-equality', 'social-equity']) {
      expect(dimension(id).note2025, id).toBeDefined();
    }
    const sameName = (s: string) => s.toLowerCase().replace(' & ', ' and ').replace(' layer', '');
    for (const d of doughnutFramework.dimensions.filter((x) => !(x.id in renamed))) {
      expect(sameName(d.label2025.en), d.id).toBe(sameName(d.label2017.en));
    }
  });

  it('has the four Amsterdam City Doughnut lenses with their questions', () => {
    expect(doughnutFramework.lenses.map((l) => l.id).sort()).toEqual([...LENSES].sort());
    const questions: Record<string, string> = {
      'local-social': 'What would it mean for the people of Amsterdam to thrive?',
      'local-ecological': 'What would it mean for Amsterdam to thrive within its natural habitat?',
      'global-ecological': 'What would it mean for Amsterdam to respect the health of the whole planet?',
      'global-social': 'What would it mean for Amsterdam to respect the wellbeing of people worldwide?',
    };
    for (const lens of doughnutFramework.lenses) {
      expect(lens.question.en).toBe(questions[lens.id]);
      expect(lens.question.nl).toContain('Amsterdam');
      expect(lens.questionTemplate.en).toBe(lens.question.en.replace('Amsterdam', '{city}'));
      expect(lens.questionTemplate.nl).toContain('{city}');
      expect(lens.source).toBe('amsterdam-city-doughnut-2020');
    }
  });

  it('ships the planetary boundary values of Fanning & Raworth 2025 with source and year', () => {
    const expected: Record<string, number> = {
      'co2-concentration': 350,
      'radiative-forcing': 1,
      'aragonite-saturation': 2.75,
      'hazardous-chemicals': 60,
      phosphorus: 6.2,
      nitrogen: 62,
      'aerosol-optical-depth': 0.1,
      'blue-water': 10.2,
      'green-water': 11.1,
      'forest-area': 47.9,
      'extinction-rate': 10,
      hanpp: 5.59,
      'stratospheric-ozone': 276,
    };
    const boundaries = doughnutFramework.planetaryBoundaries;
    expect(Object.fromEntries(boundaries.map((b) => [b.id, b.boundary]))).toEqual(expected);
    for (const b of boundaries) {
      expect(b.source).toBe('fanning-raworth-2025-code');
      expect(b.year).toBe(2025);
      expect(ratio(b, b.boundary), b.id).toBeCloseTo(1, 12);
    }
    const co2 = boundaries.find((b) => b.id === 'co2-concentration');
    expect(co2?.latest?.value).toBe(415.9);
    if (co2?.latest !== undefined) expect(ratio(co2, co2.latest.value)).toBeCloseTo(1.941, 3);
    // Every ecological dimension has at least one control variable.
    expect(new Set(boundaries.map((b) => b.dimension))).toEqual(new Set(ECOLOGICAL_DIMENSIONS));
  });

  it('ships the per-person fair shares (data 2017) that downscale to a city', () => {
    const shares = Object.fromEntries(doughnutFramework.fairShares.map((f) => [f.id, f.perPerson]));
    expect(shares).toEqual({ co2: 0.95, phosphorus: 0.85, nitrogen: 8.5, 'blue-water': 384, hanpp: 1.47 });
    for (const f of doughnutFramework.fairShares) {
      expect(f.dataYear).toBe(2017);
      expect(f.source).toBe('fanning-raworth-2025');
    }
    // facts.md: a city of 930,000 people has a CO2 fair share of about 0.88 Mt per year.
    expect((0.95 * 930_000) / 1e6).toBeCloseTo(0.88, 2);
  });

  it('keeps the Dutch electricity factor with its year and source', () => {
    const factor = doughnutFramework.referenceFactors.find((f) => f.id === 'nl-electricity-co2-2021');
    expect(factor).toMatchObject({
      value: 0.374,
      year: 2021,
      unit: 'kg CO2/kWh',
      source: 'ce-delft-electricity-2021',
    });
  });

  it('lists every source it refers to, with a year and a secure link where known', () => {
    const ids = new Set(doughnutFramework.sources.map((s) => s.id));
    const referenced = [
      ...doughnutFramework.dimensions.flatMap((d) => d.sources),
      ...doughnutFramework.lenses.map((l) => l.source),
      ...doughnutFramework.planetaryBoundaries.map((b) => b.source),
      ...doughnutFramework.fairShares.map((f) => f.source),
      ...doughnutFramework.referenceFactors.map((f) => f.source),
      ...doughnutFramework.globalStatus.map((g) => g.source),
    ];
    for (const id of referenced) expect(ids, id).toContain(id);
    for (const source of doughnutFramework.sources) {
      expect(source.citation.length).toBeGreaterThan(10);
      if (source.url !== undefined) expect(source.url).toMatch(/^https:\/\//);
    }
  });

  it('refuses unknown keys and dangling source references', () => {
    const withTypo = structuredClone(frameworkJson) as { version: number; versoin?: number };
    withTypo.versoin = 1;
    expect(doughnutFrameworkSchema.safeParse(withTypo).success).toBe(false);
    const dangling = structuredClone(frameworkJson) as { fairShares: { source: string }[] };
    const first = dangling.fairShares[0];
    if (first !== undefined) first.source = 'nowhere';
    expect(doughnutFrameworkSchema.safeParse(dangling).success).toBe(false);
  });

  it('is frozen so no caller can change the built-in framework', () => {
    expect(Object.isFrozen(doughnutFramework)).toBe(true);
    expect(Object.isFrozen(doughnutFramework.dimensions[0])).toBe(true);
  });
});
