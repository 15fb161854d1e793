import { describe, expect, it } from 'vitest';
import { blend, type Binding } from '../../../src/finance/blend';
import { parseWorkspace } from '../../../src/model/parse';
import type { FundingStreamJson } from '../../../src/model/stream';
import type { WorkspaceJson } from '../../../src/model/workspace';

/** One energy start-up, one plan with EUR 100,000 of capital cost in 2026, and the given streams. */
function workspace(
  streams: FundingStreamJson[],
  extra: { revenues?: Record<string, number>; priorAid?: number; lock?: number } = {},
) {
  const json: WorkspaceJson = {
    format: 'coopfolio-workspace',
    version: 3,
    settings: { startYear: 2026 },
    cooperatives: [
      {
        id: 'zon',
        name: 'Zon',
        sector: 'energy',
        legalForm: 'cooperatie-ua',
        stage: 'startup',
        members: 50,
        priorStateAid: extra.priorAid === undefined ? [] : [{ year: 2025, amount: extra.priorAid }],
      },
    ],
    fundingStreams: streams,
    plans: [
      {
        id: 'dak',
        cooperativeId: 'zon',
        name: 'Zonnedak',
        startYear: 2026,
        years: 2,
        costs: [{ id: 'pv', category: 'capex', label: 'Panelen', amounts: { '2026': 100000 } }],
        revenues: extra.revenues ?? {},
        locked:
          extra.lock === undefined
            ? []
            : [{ streamId: streams[0]!.id, costId: 'pv', year: 2026, amount: extra.lock }],
      },
    ],
  };
  const parsed = parseWorkspace(json);
  if (!parsed.ok) throw new Error(parsed.issues.map((i) => `${i.pathText}: ${i.message}`).join('\n'));
  return parsed.value;
}

const grant = (over: Partial<FundingStreamJson> = {}): FundingStreamJson => ({
  id: 'fonds',
  name: 'Klimaatfonds',
  silo: 'gemeente',
  kind: 'grant',
  public: true,
  ...over,
});

async function bindingsOf(ws: ReturnType<typeof workspace>) {
  const result = await blend(ws, { planIds: ['dak'] }, { lang: 'en' });
  return {
    result,
    binding: result.binding.map(({ message, ...rest }) => ({ ...rest, message })) as Binding[],
  };
}

describe('explanations of a gap, one per kind', () => {
  it('eligibility: a cost no stream may pay, with its amount', async () => {
    const { result, binding } = await bindingsOf(workspace([grant({ eligible: { categories: ['opex'] } })]));
    expect(result.gap).toBe(10000000);
    expect(binding).toEqual([
      {
        rule: 'eligibility',
        planId: 'dak',
        year: 2026,
        valuePerEuro: 0,
        message:
          '€100,000.00 of capital costs in 2026 of “Zonnedak” may be paid by no stream at all (no sector, stage, cost category or period fits).',
      },
    ]);
  });

  it('budget: the yearly budget is used up, each euro more closes a euro', async () => {
    const { result, binding } = await bindingsOf(workspace([grant({ budgetPerYear: 40000 })]));
    expect(result.gap).toBe(6000000);
    expect(binding).toEqual([
      {
        rule: 'budget',
        streamId: 'fonds',
        year: 2026,
        valuePerEuro: 1,
        message:
          'The 2026 budget of “Klimaatfonds” is used up: each extra euro of budget closes €1.00 of the gap.',
      },
    ]);
  });

  it('maxPerPlan and maxShareOfPlan: the per-plan caps', async () => {
    const perPlan = await bindingsOf(workspace([grant({ maxPerPlan: 30000 })]));
    expect(perPlan.binding).toMatchObject([
      { rule: 'maxPerPlan', planId: 'dak', streamId: 'fonds', valuePerEuro: 1 },
    ]);
    expect(perPlan.binding[0]!.message).toBe(
      '“Klimaatfonds” gives at most €30,000.00 per plan to “Zonnedak”: each euro more closes €1.00 of the gap.',
    );
    const share = await bindingsOf(workspace([grant({ maxShareOfPlan: 0.25 })]));
    expect(share.result.funded).toBe(2500000);
    expect(share.binding).toMatchObject([
      { rule: 'maxShareOfPlan', planId: 'dak', streamId: 'fonds', valuePerEuro: 1 },
    ]);
    expect(share.binding[0]!.message).toContain('may carry at most 25% of the cost of “Zonnedak”');
  });

  it('matching: public money waits for private money, whose cap is worth twice', async () => {
    const { result, binding } = await bindingsOf(
      workspace([
        grant({ matching: 1 }),
        {
          id: 'leden',
          name: 'Ledenkapitaal',
          silo: 'leden',
          kind: 'equity',
          public: false,
          maxPerPlan: 20000,
        },
      ]),
    );
    expect(result.funded).toBe(4000000);
    expect(binding).toMatchObject([
      { rule: 'maxPerPlan', streamId: 'leden', valuePerEuro: 2 },
      { rule: 'matching', streamId: 'fonds', valuePerEuro: 1 },
    ]);
    expect(binding[1]!.message).toBe(
      '“Klimaatfonds” requires co-funding from non-public money (ratio 1 : 1) for “Zonnedak”: each euro more room closes €1.00 of the gap.',
    );
  });

  it('minAward: a stream that cannot reach its minimum gives nothing', async () => {
    const { result, binding } = await bindingsOf(
      workspace([grant({ minAward: 60000, budgetPerYear: 50000 })]),
    );
    expect(result.funded).toBe(0);
    expect(binding).toMatchObject([{ rule: 'minAward', planId: 'dak', streamId: 'fonds' }]);
    expect(binding[0]!.message).toContain(
      'awards no less than €60,000.00; for “Zonnedak” that cannot be reached',
    );
  });

  it('deMinimis: aid already received leaves little room under the ceiling', async () => {
    const { result, binding } = await bindingsOf(
      workspace([grant({ stateAid: true })], { priorAid: 280000 }),
    );
    expect(result.funded).toBe(2000000);
    expect(binding).toMatchObject([{ rule: 'deMinimis', cooperativeId: 'zon', valuePerEuro: 1 }]);
    expect(binding[0]!.message).toContain('The de minimis room of “Zon” (ceiling €300,000.00 over 3 years');
  });

  it('debtService: revenue carries only so much repayment', async () => {
    const loan: FundingStreamJson = {
      id: 'lening',
      name: 'Buurtlening',
      silo: 'bank',
      kind: 'loan',
      public: false,
      loan: { rate: 0, termYears: 10, graceYears: 0 },
    };
    // Revenue 6,000 a year at DSCR 1.2 carries 5,000 of repayment: a 50,000 loan over 10 years.
    const { result, binding } = await bindingsOf(
      workspace([loan], { revenues: { '2026': 6000, '2027': 6000 } }),
    );
    expect(result.funded).toBe(5000000);
    const debt = binding.filter((b) => b.rule === 'debtService');
    expect(debt.length).toBeGreaterThan(0);
    expect(debt.reduce((sum, b) => sum + b.valuePerEuro, 0)).toBeCloseTo(10, 6);
    expect(debt[0]!.message).toContain('carries no more interest and repayment (minimum DSCR 1.2)');
  });

  it('a locked amount above the cost is kept and reported, never moved', async () => {
    const { result, binding } = await bindingsOf(workspace([grant()], { lock: 120000 }));
    expect(result.allocations).toEqual([
      { planId: 'dak', streamId: 'fonds', costId: 'pv', year: 2026, amount: 12000000 },
    ]);
    expect(binding).toMatchObject([{ rule: 'cover', planId: 'dak', brokenByLock: true, excess: 2000000 }]);
    expect(binding[0]!.message).toBe(
      'Locked amounts (Zonnedak) break the rule “no more than the cost” by €20,000.00; they were not moved.',
    );
  });

  it('aid already received above the ceiling is reported as such', async () => {
    const { result, binding } = await bindingsOf(
      workspace([grant({ stateAid: true })], { priorAid: 310000 }),
    );
    expect(result.funded).toBe(0);
    expect(binding[0]).toMatchObject({ rule: 'deMinimis', cooperativeId: 'zon', brokenByLock: true });
    expect(binding[0]!.message).toContain('De minimis aid already received by “Zon” exceeds the ceiling');
  });

  it('speaks Dutch', async () => {
    const result = await blend(
      workspace([grant({ budgetPerYear: 40000 })]),
      { planIds: ['dak'] },
      { lang: 'nl' },
    );
    expect(result.binding[0]!.message).toBe(
      'Het jaarbudget van “Klimaatfonds” in 2026 is op: elke euro extra budget dicht €\u00a01,00 van het tekort.',
    );
  });
});
