import { describe, expect, it } from 'vitest';
import { procurementAnalysis } from '../../../src/finance/analysis/procurement';
import { parseWorkspace, type ProcurementJson } from '../../../src/model';
import { clone, workspaceJson } from '../../helpers/builders';

/** A workspace with a second cooperative and the given procurement section, parsed to cents. */
function procurementOf(section: ProcurementJson) {
  const json = clone(workspaceJson());
  json.cooperatives!.push({
    id: 'schoon',
    name: 'Schoon Samen',
    sector: 'care',
    legalForm: 'cooperatie-ua',
    stage: 'growth',
    members: 40,
  });
  json.procurement = section;
  const parsed = parseWorkspace(json, 'en');
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return parsed.value.procurement;
}

describe('procurement analysis per year', () => {
  const section = procurementOf({
    volumes: { '2025': 1000000, '2026': 2000000 },
    contracts: [
      { year: 2025, cooperativeId: 'zon-oost', amount: 30000, reserved: true, socialReturn: 1500 },
      { year: 2025, cooperativeId: 'schoon', amount: 20000.5, socialReturn: 1000 },
      { year: 2026, cooperativeId: 'schoon', amount: 50000, reserved: true, socialReturn: 2500 },
      { year: 2027, cooperativeId: 'zon-oost', amount: 10000 },
    ],
  });
  const analysis = procurementAnalysis(section);

  it('sums what was awarded and divides by the year’s relevant purchasing volume', () => {
    const [y2025, y2026, y2027] = analysis.years;
    expect(analysis.years.map((y) => y.year)).toEqual([2025, 2026, 2027]);
    expect(y2025).toMatchObject({ volume: 100000000, awarded: 5000050, contracts: 2 });
    expect(y2025!.share).toBeCloseTo(5000050 / 100000000, 12);
    expect(y2026!.share).toBeCloseTo(0.025, 12);
    // A year with contracts but no volume has no share rather than a made-up one.
    expect(y2027).toMatchObject({ volume: null, share: null, awarded: 1000000 });
  });

  it('counts reserved contracts and their amount apart', () => {
    expect(analysis.years.map((y) => [y.reserved, y.reservedContracts])).toEqual([
      [3000000, 1],
      [5000000, 1],
      [0, 0],
    ]);
  });

  it('sums the Social Return realised and relates it to what was awarded', () => {
    expect(analysis.years.map((y) => y.socialReturn)).toEqual([250000, 250000, 0]);
    expect(analysis.years[1]!.socialReturnShare).toBeCloseTo(0.05, 12);
    expect(analysis.years[2]!.socialReturnShare).toBe(0);
  });

  it('totals per cooperative in the order they first appear', () => {
    expect(analysis.cooperatives).toEqual([
      { cooperativeId: 'zon-oost', awarded: 4000000, reserved: 3000000, socialReturn: 150000, contracts: 2 },
      { cooperativeId: 'schoon', awarded: 7000050, reserved: 5000000, socialReturn: 350000, contracts: 2 },
    ]);
  });

  it('is empty without a procurement section', () => {
    expect(procurementAnalysis(undefined)).toEqual({ years: [], cooperatives: [], contributionMargin: 0 });
  });
});

describe('procurement validation', () => {
  function issuesOf(
    section: ProcurementJson,
    edit: (json: ReturnType<typeof workspaceJson>) => void = () => {},
  ) {
    const json = clone(workspaceJson());
    json.procurement = section;
    edit(json);
    const parsed = parseWorkspace(json, 'en');
    return parsed.ok ? [] : parsed.issues.map((i) => [i.pathText, i.key]);
  }

  it('names the field: Social Return above the amount, contracts above the volume, unknown or foreign plan', () => {
    expect(
      issuesOf({ contracts: [{ year: 2026, cooperativeId: 'zon-oost', amount: 100, socialReturn: 101 }] }),
    ).toEqual([['procurement.contracts[0].socialReturn', 'socialReturnAboveAmount']]);
    expect(
      issuesOf({
        volumes: { '2026': 100 },
        contracts: [{ year: 2026, cooperativeId: 'zon-oost', amount: 101 }],
      }),
    ).toEqual([['procurement.volumes.2026', 'awardedAboveVolume']]);
    expect(
      issuesOf({ contracts: [{ year: 2026, cooperativeId: 'niemand', planId: 'geen', amount: 1 }] }),
    ).toEqual([
      ['procurement.contracts[0].cooperativeId', 'unknownCooperative'],
      ['procurement.contracts[0].planId', 'unknownPlan'],
    ]);
    const foreign = issuesOf(
      { contracts: [{ year: 2026, cooperativeId: 'ander', planId: 'zon-plan', amount: 1 }] },
      (json) =>
        json.cooperatives!.push({
          id: 'ander',
          name: 'Ander',
          sector: 'care',
          legalForm: 'cooperatie-ua',
          stage: 'growth',
          members: 40,
        }),
    );
    expect(foreign).toEqual([['procurement.contracts[0].planId', 'planOfOtherCooperative']]);
    expect(issuesOf({ contributionMargin: 1.5 })).toEqual([
      ['procurement.contributionMargin', 'fractionRange'],
    ]);
  });
});
