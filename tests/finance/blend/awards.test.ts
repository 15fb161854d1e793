import { describe, expect, it } from 'vitest';
import { blend, blendToJson } from '../../../src/finance/blend';
import { checkBlend } from '../../support/blend/check';
import type { BlendResult } from '../../../src/finance/blend/types';
import type { AwardJson } from '../../../src/model/award';
import type { PlanJson } from '../../../src/model/plan';
import { coop, plan, requestAll, stream, tiny, type TinyInput } from './fixtures';

const total = (result: BlendResult, streamId: string, planId = 'plan') =>
  result.allocations
    .filter((a) => a.planId === planId && a.streamId === streamId)
    .reduce((sum, a) => sum + a.amount, 0);

const granted = (streamId: string, euros: number, extra: Partial<AwardJson> = {}): AwardJson => ({
  streamId,
  status: 'granted',
  granted: euros,
  decidedOn: '2026-02-10',
  ...extra,
});

async function run(input: TinyInput, lang: 'nl' | 'en' = 'en') {
  const workspace = tiny(input);
  const request = requestAll(workspace);
  const result = await blend(workspace, request, { lang });
  expect(checkBlend(workspace, request, result)).toEqual([]);
  return result;
}

/** A plan of EUR 100,000 capex with the given awards. */
const planWith = (awards: AwardJson[], extra: Partial<PlanJson> = {}) => plan({ awards, ...extra });

describe('a granted award', () => {
  it('fixes the stream’s total for the plan at the granted amount, below what the blend would give', async () => {
    const streams = [stream('gemeente'), stream('fonds', { awardProbability: 0.4 })];
    const without = await run({ streams });
    expect(total(without, 'gemeente')).toBe(10_000_000);
    const result = await run({ streams, plans: [planWith([granted('gemeente', 30_000.55)])] });
    expect(total(result, 'gemeente')).toBe(3_000_055);
    // The rest of the plan is funded by the other stream: the gap does not change.
    expect(total(result, 'fonds')).toBe(10_000_000 - 3_000_055);
    expect(result.gap).toBe(0);
  });

  it('forces money in that the blend would rather take from elsewhere, within a shared budget', async () => {
    // Two plans share a budget of 60k; the first in priority order would take it all.
    const streams = [stream('gemeente', { budgetPerYear: 60_000 })];
    const plans = [
      plan({ id: 'eerst', name: 'Eerst' }),
      plan({ id: 'later', name: 'Later', awards: [granted('gemeente', 45_000)] }),
    ];
    const result = await run({ streams, plans });
    expect(total(result, 'gemeente', 'later')).toBe(4_500_000);
    expect(total(result, 'gemeente', 'eerst')).toBe(1_500_000);
  });

  it('is not held to the stream’s minimum award: the funder decided the amount', async () => {
    const streams = [stream('gemeente', { minAward: 50_000 })];
    const result = await run({ streams, plans: [planWith([granted('gemeente', 12_000)])] });
    expect(total(result, 'gemeente')).toBe(1_200_000);
  });

  it('includes the plan’s locked amounts of the stream', async () => {
    const streams = [stream('gemeente')];
    // A lock fixes its cell (the stream adds nothing there): the rest of the grant goes to 2027.
    const costs = [
      { id: 'capex', category: 'capex' as const, label: 'c', amounts: { '2026': 100_000, '2027': 50_000 } },
    ];
    const locked = [{ streamId: 'gemeente', costId: 'capex', year: 2026, amount: 10_000 }];
    const extra = { years: 2, costs, locked };
    const result = await run({ streams, plans: [planWith([granted('gemeente', 25_000)], extra)] });
    expect(total(result, 'gemeente')).toBe(2_500_000);
    expect(result.allocations.filter((a) => a.year === 2027)).toEqual([
      { planId: 'plan', streamId: 'gemeente', costId: 'capex', year: 2027, amount: 1_500_000 },
    ]);
  });

  it('explains itself in Dutch and English', async () => {
    const streams = [stream('gemeente', { name: 'Buurtbudget' })];
    const plans = [planWith([granted('gemeente', 30_000, { reference: 'BB-2026-17' })])];
    const nl = await run({ streams, plans }, 'nl');
    expect(nl.awards).toEqual([
      {
        planId: 'plan',
        streamId: 'gemeente',
        status: 'granted',
        granted: 3_000_000,
        given: 3_000_000,
        shortfall: 0,
        probability: 1,
        message:
          '“Buurtbudget” heeft €\u00a030.000,00 toegekend aan “Plan” (beschikking BB-2026-17): de beschikking legt het totaal van deze bron vast en de mix verdeelt precies dat bedrag over de kosten die zij mag betalen; het telt als zeker.',
      },
    ]);
    const en = await run({ streams, plans }, 'en');
    expect(en.awards[0]!.message).toBe(
      '“Buurtbudget” granted €30,000.00 to “Plan” (decision BB-2026-17): the decision fixes this stream’s total and the blend spreads exactly that amount over the costs it may pay; it counts as certain.',
    );
  });
});

describe('a grant the stream cannot pay within its rules', () => {
  it('gives what it can and says how much is left and why: too few costs it may pay', async () => {
    const streams = [stream('gemeente', { eligible: { categories: ['capex'] } })];
    const result = await run({ streams, plans: [planWith([granted('gemeente', 150_000)])] }, 'nl');
    expect(total(result, 'gemeente')).toBe(10_000_000);
    expect(result.awards[0]).toMatchObject({ given: 10_000_000, shortfall: 5_000_000 });
    expect(result.awards[0]!.message).toBe(
      '“gemeente” heeft €\u00a0150.000,00 toegekend aan “Plan”, maar binnen haar regels kan de mix er maar €\u00a0100.000,00 van gebruiken: €\u00a050.000,00 blijft onbenut. “Plan” heeft maar €\u00a0100.000,00 aan kosten die deze bron mag betalen (kostensoort en looptijd).',
    );
  });

  it('names the cap per plan, or that the stream is not open to the cooperative', async () => {
    const capped = await run({
      streams: [stream('gemeente', { maxPerPlan: 20_000 })],
      plans: [planWith([granted('gemeente', 30_000)])],
    });
    expect(capped.awards[0]).toMatchObject({ given: 2_000_000, shortfall: 1_000_000 });
    expect(capped.awards[0]!.message).toContain('The stream gives at most €20,000.00 per plan.');
    const closed = await run({
      streams: [stream('gemeente', { eligible: { sectors: ['care'] } })],
      cooperatives: [coop({ name: 'Zon & Zo' })],
      plans: [planWith([granted('gemeente', 30_000)])],
    });
    expect(closed.awards[0]).toMatchObject({ given: 0, shortfall: 3_000_000 });
    expect(closed.awards[0]!.message).toContain('The stream is not open to “Zon & Zo”');
  });

  it('names the other rules when the budget is used up', async () => {
    const result = await run({
      streams: [stream('gemeente', { budgetPerYear: 5_000 })],
      plans: [planWith([granted('gemeente', 30_000)])],
    });
    expect(result.awards[0]).toMatchObject({ given: 500_000, shortfall: 2_500_000 });
    expect(result.awards[0]!.message).toContain('The yearly budget, the de minimis room');
  });
});

describe('a refused, applied or planned award', () => {
  it('a refusal keeps the stream out of that plan only', async () => {
    const streams = [stream('gemeente'), stream('fonds', { maxPerPlan: 40_000 })];
    const plans = [
      planWith([{ streamId: 'gemeente', status: 'refused', decidedOn: '2026-03-02' }]),
      plan({ id: 'ander', name: 'Ander' }),
    ];
    const result = await run({ streams, plans }, 'nl');
    expect(total(result, 'gemeente')).toBe(0);
    expect(total(result, 'fonds')).toBe(4_000_000);
    expect(total(result, 'gemeente', 'ander')).toBe(10_000_000);
    expect(result.plans[0]!.gap).toBe(6_000_000);
    expect(result.awards[0]!.message).toBe(
      '“gemeente” heeft de aanvraag voor “Plan” afgewezen op 2 maart 2026: de mix gebruikt deze bron niet voor dit plan.',
    );
  });

  it('an application or idea changes nothing in the blend and keeps the stream’s probability', async () => {
    const streams = [
      stream('gemeente', { awardProbability: 0.7 }),
      stream('fonds', { awardProbability: 0.25 }),
    ];
    const before = await run({ streams });
    const awards: AwardJson[] = [
      { streamId: 'gemeente', status: 'applied', requested: 80_000, appliedOn: '2026-01-12' },
      { streamId: 'fonds', status: 'idea' },
    ];
    const result = await run({ streams, plans: [planWith(awards)] });
    expect(result.allocations).toEqual(before.allocations);
    expect(result.awards.map((a) => [a.status, a.probability, a.shortfall])).toEqual([
      ['applied', 0.7, 0],
      ['idea', 0.25, 0],
    ]);
    expect(result.awards[0]!.message).toBe(
      'The application to “gemeente” for “Plan” is pending (submitted 12 January 2026): the blend counts on €100,000.00, with an award probability of 70%.',
    );
  });

  it('appears in the command line’s JSON in euros', async () => {
    const result = await run({
      streams: [stream('gemeente', { maxPerPlan: 20_000 })],
      plans: [planWith([granted('gemeente', 30_000)])],
    });
    expect(blendToJson(result).awards).toEqual([
      {
        planId: 'plan',
        streamId: 'gemeente',
        status: 'granted',
        granted: 30_000,
        given: 20_000,
        shortfall: 10_000,
        probability: 1,
        message: result.awards[0]!.message,
      },
    ]);
  });
});
