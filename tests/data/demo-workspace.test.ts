import { describe, expect, it } from 'vitest';
import { demoWorkspaceJson, doughnutFramework, loadDemoWorkspace } from '../../src/data';
import {
  DIMENSIONS,
  LENSES,
  describeIssue,
  encodeWorkspace,
  kindOfDimension,
  parseWorkspace,
  type Cooperative,
  type CostCategory,
  type FundingStream,
  type Plan,
  type Workspace,
} from '../../src/model';

const SIX_SECTORS = ['energy', 'care', 'food', 'housing', 'cleaning', 'mobility'] as const;

/** Inhabitants of the fictional municipality; fair-share thresholds are per person times this. */
const POPULATION = 930_000;

function workspace(): Workspace {
  return loadDemoWorkspace();
}

function byId<T extends { id: string }>(items: readonly T[], id: string): T {
  const found = items.find((item) => item.id === id);
  if (found === undefined) throw new Error(`no item "${id}"`);
  return found;
}

function yearlyBudget(stream: FundingStream, year: number): number {
  const budget = stream.budgetPerYear;
  if (budget === undefined) return Number.POSITIVE_INFINITY;
  if (typeof budget === 'number') return budget;
  return budget[String(year)] ?? 0;
}

function planTotal(plan: Plan): number {
  return plan.costs.reduce((sum, cost) => sum + Object.values(cost.amounts).reduce((a, b) => a + b, 0), 0);
}

/** Why a stream may not pay a cost line of this cooperative in this year (spec section 6), or null. */
function ineligibility(
  stream: FundingStream,
  cooperative: Cooperative,
  category: CostCategory,
  year: number,
): string | null {
  const rules = stream.eligible;
  if (rules?.categories !== undefined && !rules.categories.includes(category)) return `category ${category}`;
  if (rules?.sectors !== undefined && !rules.sectors.includes(cooperative.sector))
    return `sector ${cooperative.sector}`;
  if (rules?.stages !== undefined && !rules.stages.includes(cooperative.stage))
    return `stage ${cooperative.stage}`;
  if (stream.years !== undefined && (year < stream.years[0] || year > stream.years[1])) return `year ${year}`;
  return null;
}

describe('demo workspace', () => {
  it('parses with zero issues', () => {
    const result = parseWorkspace(demoWorkspaceJson(), 'en');
    const issues = result.ok ? [] : result.issues.map(describeIssue);
    expect(issues).toEqual([]);
  });

  it('loads as a fresh copy every time, so callers cannot change the built-in data', () => {
    const raw = demoWorkspaceJson() as { settings: { municipality: string } };
    raw.settings.municipality = 'changed';
    expect((demoWorkspaceJson() as { settings: { municipality: string } }).settings.municipality).toBe(
      'Gemeente Amstelstad (fictief)',
    );
    const first = workspace();
    first.plans.length = 0;
    expect(workspace().plans.length).toBeGreaterThan(0);
  });

  it('exports back to exactly the shipped JSON, key order included', () => {
    expect(JSON.stringify(encodeWorkspace(workspace()))).toBe(JSON.stringify(demoWorkspaceJson()));
  });

  it('is a fictional, Amsterdam-like municipality in Dutch starting 2026 over 10 years', () => {
    const { settings } = workspace();
    expect(settings.municipality).toMatch(/fictief/);
    expect(settings.locale).toBe('nl-NL');
    expect(settings.startYear).toBe(2026);
    expect(settings.horizonYears).toBe(10);
    expect(settings.deMinimis).toEqual({
      ceiling: 300_000 * 100,
      periodYears: 3,
      sgeiCeiling: 750_000 * 100,
      referenceRate: 0.0642,
      discountRate: 0.0342,
      ratesDate: '2025-07-01',
      ratesSource:
        'European Commission, reference and discount rates (base rate NL) with the margins of Communication 2008/C 14/02',
    });
  });

  it('has at least 10 cooperatives covering energy, care, food, housing, cleaning and mobility', () => {
    const { cooperatives } = workspace();
    expect(cooperatives.length).toBeGreaterThanOrEqual(10);
    const sectors = new Set(cooperatives.map((c) => c.sector));
    for (const sector of SIX_SECTORS) expect(sectors).toContain(sector);
  });

  it('mixes stages and partnership types, with prior de minimis aid for some', () => {
    const { cooperatives } = workspace();
    expect(new Set(cooperatives.map((c) => c.stage))).toEqual(
      new Set(['idea', 'startup', 'growth', 'mature']),
    );
    const partnerships = new Set(cooperatives.map((c) => c.partnership));
    for (const kind of [
      'co-ownership',
      'procurement',
      'right-to-challenge',
      'concession',
      'grant-partnership',
    ]) {
      expect(partnerships).toContain(kind);
    }
    expect(cooperatives.filter((c) => c.priorStateAid.length > 0).length).toBeGreaterThanOrEqual(3);
    for (const c of cooperatives) expect(c.members).toBeGreaterThan(0);
  });

  it('has at least 16 funding streams from at least 9 silos and every kind of stream', () => {
    const { fundingStreams } = workspace();
    expect(fundingStreams.length).toBeGreaterThanOrEqual(16);
    expect(new Set(fundingStreams.map((s) => s.silo)).size).toBeGreaterThanOrEqual(9);
    expect(new Set(fundingStreams.map((s) => s.kind))).toEqual(
      new Set(['grant', 'loan', 'equity', 'procurement', 'in-kind', 'guarantee']),
    );
  });

  it('uses yearly and scheduled budgets, grace periods, matching and award risk', () => {
    const streams = workspace().fundingStreams;
    expect(streams.some((s) => typeof s.budgetPerYear === 'number')).toBe(true);
    expect(streams.some((s) => s.budgetPerYear !== undefined && typeof s.budgetPerYear === 'object')).toBe(
      true,
    );
    expect(streams.some((s) => (s.loan?.graceYears ?? 0) > 0)).toBe(true);
    expect(streams.some((s) => s.matching !== undefined)).toBe(true);
    expect(streams.some((s) => s.awardProbability < 1)).toBe(true);
    for (const key of ['maxPerPlan', 'maxShareOfPlan', 'minAward'] as const) {
      expect(streams.some((s) => s[key] !== undefined)).toBe(true);
    }
  });

  it('marks public grants and public loans as state aid and member capital as private', () => {
    for (const stream of workspace().fundingStreams) {
      if (stream.public && (stream.kind === 'grant' || stream.kind === 'loan')) {
        expect(stream.stateAid, stream.id).toBe(true);
      }
      if (!stream.public) expect(stream.stateAid, stream.id).toBe(false);
      if (stream.silo === 'leden') {
        expect(stream.kind, stream.id).toBe('equity');
        expect(stream.public, stream.id).toBe(false);
      }
    }
  });

  it('names EU and national programmes only as generic, illustrative types', () => {
    for (const stream of workspace().fundingStreams) {
      const text = `${stream.name} ${stream.provider ?? ''}`;
      if (stream.silo === 'eu' || stream.silo === 'rijk') expect(text, stream.id).toMatch(/generiek/);
      if (
        stream.silo.startsWith('gemeente') ||
        stream.silo === 'fondsen' ||
        stream.silo === 'impactfinanciers'
      ) {
        expect(text, stream.id).toMatch(/fictief/);
      }
    }
  });

  it('has at least 12 plans of 3-6 years starting 2026-2028, some cooperatives with two', () => {
    const { plans, cooperatives } = workspace();
    expect(plans.length).toBeGreaterThanOrEqual(12);
    for (const plan of plans) {
      expect(plan.years, plan.id).toBeGreaterThanOrEqual(3);
      expect(plan.years, plan.id).toBeLessThanOrEqual(6);
      expect(plan.startYear, plan.id).toBeGreaterThanOrEqual(2026);
      expect(plan.startYear, plan.id).toBeLessThanOrEqual(2028);
      expect(plan.costs.length, plan.id).toBeGreaterThanOrEqual(2);
    }
    const plansPerCooperative = cooperatives.map((c) => plans.filter((p) => p.cooperativeId === c.id).length);
    expect(plansPerCooperative.filter((n) => n >= 2).length).toBeGreaterThanOrEqual(2);
    expect(plansPerCooperative.every((n) => n >= 1)).toBe(true);
  });

  it('gives revenues to the plans of energy, cleaning and food cooperatives', () => {
    const { plans, cooperatives } = workspace();
    for (const plan of plans) {
      const sector = byId(cooperatives, plan.cooperativeId).sector;
      if (sector === 'energy' || sector === 'cleaning' || sector === 'food') {
        if (plan.id === 'glansrijk-leerwerkbedrijf') continue; // a training programme, not a trading line
        expect(Object.keys(plan.revenues).length, plan.id).toBeGreaterThan(0);
      }
    }
  });

  it('locks amounts only where the stream is eligible for the cost line, sector, stage and year', () => {
    const { plans, cooperatives, fundingStreams } = workspace();
    let locks = 0;
    for (const plan of plans) {
      const cooperative = byId(cooperatives, plan.cooperativeId);
      for (const lock of plan.locked) {
        locks++;
        const stream = byId(fundingStreams, lock.streamId);
        const cost = byId(plan.costs, lock.costId);
        const where = `${plan.id}: ${lock.streamId} -> ${lock.costId} ${lock.year}`;
        expect(ineligibility(stream, cooperative, cost.category, lock.year), where).toBeNull();
        expect(lock.year, where).toBeGreaterThanOrEqual(plan.startYear);
        expect(lock.year, where).toBeLessThanOrEqual(plan.startYear + plan.years - 1);
        expect(lock.amount, where).toBeGreaterThan(0);
        expect(lock.amount, where).toBeLessThanOrEqual(cost.amounts[String(lock.year)] ?? 0);
      }
    }
    expect(locks).toBeGreaterThanOrEqual(5);
  });

  it('keeps locked amounts within per-plan limits, minimum awards, budgets and matching capacity', () => {
    const { plans, cooperatives, fundingStreams } = workspace();
    const usedPerStreamYear = new Map<string, number>();
    for (const plan of plans) {
      const cooperative = byId(cooperatives, plan.cooperativeId);
      const total = planTotal(plan);
      const perStream = new Map<string, number>();
      for (const lock of plan.locked) {
        perStream.set(lock.streamId, (perStream.get(lock.streamId) ?? 0) + lock.amount);
        const key = `${lock.streamId}|${lock.year}`;
        usedPerStreamYear.set(key, (usedPerStreamYear.get(key) ?? 0) + lock.amount);
      }
      for (const [streamId, amount] of perStream) {
        const stream = byId(fundingStreams, streamId);
        const where = `${plan.id}: ${streamId}`;
        if (stream.maxPerPlan !== undefined) expect(amount, where).toBeLessThanOrEqual(stream.maxPerPlan);
        if (stream.maxShareOfPlan !== undefined)
          expect(amount, where).toBeLessThanOrEqual(stream.maxShareOfPlan * total);
        if (stream.minAward !== undefined) expect(amount, where).toBeGreaterThanOrEqual(stream.minAward);
        if (stream.matching !== undefined) {
          // Enough private money could be eligible for this plan to match the locked amount.
          let privateCapacity = 0;
          for (const other of fundingStreams.filter((s) => !s.public)) {
            const eligibleCost = plan.costs.reduce(
              (sum, cost) =>
                sum +
                Object.entries(cost.amounts)
                  .filter(([year]) => ineligibility(other, cooperative, cost.category, Number(year)) === null)
                  .reduce((a, [, v]) => a + v, 0),
              0,
            );
            privateCapacity += Math.min(
              eligibleCost,
              other.maxPerPlan ?? Number.POSITIVE_INFINITY,
              (other.maxShareOfPlan ?? 1) * total,
            );
          }
          expect(stream.matching * privateCapacity, where).toBeGreaterThanOrEqual(amount);
        }
      }
    }
    for (const [key, amount] of usedPerStreamYear) {
      const [streamId = '', year = ''] = key.split('|');
      expect(amount, key).toBeLessThanOrEqual(yearlyBudget(byId(fundingStreams, streamId), Number(year)));
    }
  });

  it('keeps prior and locked state aid within the de minimis ceiling in every 3-year window', () => {
    const { plans, cooperatives, fundingStreams, settings } = workspace();
    for (const cooperative of cooperatives) {
      const aid = new Map<number, number>();
      for (const prior of cooperative.priorStateAid)
        aid.set(prior.year, (aid.get(prior.year) ?? 0) + prior.amount);
      for (const plan of plans.filter((p) => p.cooperativeId === cooperative.id)) {
        for (const lock of plan.locked) {
          if (byId(fundingStreams, lock.streamId).stateAid)
            aid.set(lock.year, (aid.get(lock.year) ?? 0) + lock.amount);
        }
      }
      for (let first = 2020; first <= 2035; first++) {
        let sum = 0;
        for (let year = first; year < first + settings.deMinimis.periodYears; year++)
          sum += aid.get(year) ?? 0;
        expect(sum, `${cooperative.id} ${first}`).toBeLessThanOrEqual(settings.deMinimis.ceiling);
      }
    }
  });

  it('grades every impact line and says what it rests on, in the direction that helps', () => {
    const { plans, indicators } = workspace();
    let lines = 0;
    for (const plan of plans) {
      expect(plan.impacts.length, plan.id).toBeGreaterThan(0);
      for (const impact of plan.impacts) {
        lines++;
        const indicator = byId(indicators, impact.indicatorId);
        const where = `${plan.id}: ${impact.indicatorId}`;
        expect(impact.basis.trim().length, where).toBeGreaterThan(20);
        expect(impact.uncertainty.low, where).toBeLessThan(1);
        expect(impact.uncertainty.high, where).toBeGreaterThan(1);
        if (indicator.kind === 'floor') expect(impact.output, where).toBeGreaterThan(0);
        else expect(impact.output, where).toBeLessThan(0);
      }
    }
    const grades = new Set(plans.flatMap((p) => p.impacts.map((i) => i.evidence)));
    expect(grades).toEqual(new Set(['strong', 'moderate', 'weak']));
    expect(lines).toBeGreaterThanOrEqual(20);
  });

  it('gives its share indicators a city total and their lines absolute outputs, all marked illustrative', () => {
    const { plans, indicators } = workspace();
    const totals = indicators.filter((i) => i.denominator !== undefined);
    expect(totals.length).toBeGreaterThanOrEqual(10);
    for (const indicator of indicators) {
      expect(indicator.baseline.source, indicator.id).toMatch(/^Illustratief/);
      expect(indicator.thresholdSource.length, indicator.id).toBeGreaterThan(10);
      if (indicator.denominator === undefined) continue;
      expect(indicator.denominator.source, indicator.id).toMatch(/^Illustratief/);
      expect(indicator.denominator.year, indicator.id).toBe(indicator.baseline.year);
    }
    const divided = new Set(totals.map((i) => i.id));
    const lines = plans.flatMap((p) => p.impacts).filter((l) => divided.has(l.indicatorId));
    expect(lines.length).toBeGreaterThanOrEqual(20);
    // Counts of households, people, tonnes or euros: never a share of the city any more.
    for (const line of lines) expect(Math.abs(line.output), line.indicatorId).toBeGreaterThanOrEqual(1);
  });

  it('has indicators for all 21 dimensions, of the matching kind, through all four lenses', () => {
    const { indicators } = workspace();
    expect(new Set(indicators.map((i) => i.dimension))).toEqual(new Set(DIMENSIONS));
    for (const indicator of indicators) {
      expect(indicator.kind, indicator.id).toBe(kindOfDimension(indicator.dimension));
      expect(indicator.unit.length, indicator.id).toBeGreaterThan(0);
      expect(indicator.lens, indicator.id).toBeDefined();
      // Social indicators read "higher is better"; most are shares with threshold 1.
      if (indicator.kind === 'floor')
        expect(indicator.baseline.value, indicator.id).toBeLessThan(indicator.threshold);
    }
    expect(new Set(indicators.map((i) => i.lens))).toEqual(new Set(LENSES));
  });

  it('gives every indicator a source that cites something or starts with "Illustratief"', () => {
    // Citations of the sources listed in the framework (and docs/data-sources.md).
    const citations = /Fanning & Raworth 2025|CE Delft|CO2emissiefactoren\.nl/;
    for (const indicator of workspace().indicators) {
      const source = indicator.source.trim();
      expect(source.length, indicator.id).toBeGreaterThan(0);
      expect(source.startsWith('Illustratief') || citations.test(source), indicator.id).toBe(true);
      // The municipality is fictional, so its baselines are never sourced.
      expect(source.toLowerCase(), indicator.id).toContain('illustratief');
    }
  });

  it('derives its sourced thresholds from the framework fair shares', () => {
    const { indicators } = workspace();
    const perPerson = (id: string) => byId(doughnutFramework.fairShares, id).perPerson;
    const expected: Record<string, number> = {
      'co2-grondgebied': (perPerson('co2') * POPULATION) / 1000, // kt CO2
      'co2-voetafdruk': perPerson('co2'), // t CO2 per person
      stikstofvoetafdruk: (perPerson('nitrogen') * POPULATION) / 1000, // t N
      fosforvoetafdruk: (perPerson('phosphorus') * POPULATION) / 1000, // t P
      'blauwwater-voetafdruk': (perPerson('blue-water') * POPULATION) / 1e6, // million m3
      'hanpp-voetafdruk': (perPerson('hanpp') * POPULATION) / 1000, // kt C
    };
    for (const [id, threshold] of Object.entries(expected)) {
      const indicator = byId(indicators, id);
      expect(indicator.threshold, id).toBeCloseTo(threshold, 6);
      expect(indicator.source, id).toMatch(/Fanning & Raworth 2025/);
    }
  });

  it('has at least 3 scenarios: a baseline, a climate push and cuts with fewer plans', () => {
    const { scenarios, plans } = workspace();
    expect(scenarios.length).toBeGreaterThanOrEqual(3);
    const all = byId(scenarios, 'basis');
    expect(new Set(all.plans)).toEqual(new Set(plans.map((p) => p.id)));
    const climate = byId(scenarios, 'klimaatversnelling');
    expect(Object.values(climate.streamFactors).every((f) => f > 1)).toBe(true);
    expect(Object.keys(climate.indicatorOverrides).length).toBeGreaterThan(0);
    const cuts = byId(scenarios, 'bezuiniging');
    expect(Object.values(cuts.streamFactors).every((f) => f < 1)).toBe(true);
    expect(cuts.plans.length).toBeLessThan(plans.length);
    const seeds = scenarios.map((s) => s.monteCarlo.seed);
    expect(new Set(seeds).size).toBe(seeds.length);
    for (const scenario of scenarios) expect(scenario.monteCarlo.draws).toBeGreaterThanOrEqual(1000);
  });

  it('only uses names of at most 200 characters and texts of at most 2,000', () => {
    const walk = (value: unknown, path: string): void => {
      if (typeof value === 'string') expect(value.length, path).toBeLessThanOrEqual(2000);
      else if (Array.isArray(value)) value.forEach((v, i) => walk(v, `${path}[${i}]`));
      else if (value !== null && typeof value === 'object') {
        for (const [key, v] of Object.entries(value)) {
          if ((key === 'name' || key === 'label') && typeof v === 'string')
            expect(v.length, path).toBeLessThanOrEqual(200);
          walk(v, `${path}.${key}`);
        }
      }
    };
    walk(demoWorkspaceJson(), '');
  });
});
