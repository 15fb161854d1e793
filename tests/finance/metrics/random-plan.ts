import fc from 'fast-check';
import type { Allocation } from '../../../src/finance/blend/types';
import { asCents } from '../../../src/model/money';
import { PAYING_KINDS } from '../../../src/model/stream';
import { plan, planOf, stream, workspace } from './builders';

/** A random plan over 1-5 years with allocations that respect the cover rule. */
export const randomCase = fc
  .record({
    years: fc.integer({ min: 1, max: 5 }),
    costs: fc.array(fc.array(fc.integer({ min: 0, max: 50_000_000 }), { minLength: 5, maxLength: 5 }), {
      minLength: 1,
      maxLength: 3,
    }),
    revenue: fc.array(fc.integer({ min: 0, max: 20_000_000 }), { minLength: 5, maxLength: 5 }),
    loan: fc.record({
      rate: fc.integer({ min: 0, max: 150 }).map((r) => r / 1000),
      termYears: fc.integer({ min: 1, max: 10 }),
      graceYears: fc.integer({ min: 0, max: 3 }),
    }),
    picks: fc.array(
      fc.record({
        stream: fc.integer({ min: 0, max: PAYING_KINDS.length }),
        cost: fc.nat(),
        year: fc.nat(),
        share: fc.double({ min: 0, max: 1, noNaN: true }),
      }),
      { maxLength: 20 },
    ),
  })
  .map(({ years, costs, revenue, loan, picks }) => {
    const yearKeys = (values: number[]) =>
      Object.fromEntries(values.slice(0, years).map((cents, i) => [String(2026 + i), cents / 100]));
    const streamIds = [...PAYING_KINDS.map((k) => `s-${k}`), 'second-loan'];
    const ws = workspace({
      streams: [
        ...PAYING_KINDS.map((kind) => stream(`s-${kind}`, kind, kind === 'loan' ? { loan } : {})),
        stream('second-loan', 'loan', { loan: { rate: 0.03, termYears: 3, graceYears: 1 } }),
      ],
      plans: [
        plan('p', {
          years,
          costs: costs.map((amounts, i) => ({
            id: `c${i}`,
            category: 'capex' as const,
            label: `c${i}`,
            amounts: yearKeys(amounts),
          })),
          revenues: yearKeys(revenue),
        }),
      ],
    });
    const p = planOf(ws, 'p');
    // What each cost cell still lacks, so the allocations never break the cover rule.
    const left = new Map<string, number>(
      p.costs.flatMap((c) => Object.entries(c.amounts).map(([y, v]) => [`${c.id}/${y}`, v])),
    );
    const allocations: Allocation[] = picks.map((pick) => {
      const cost = p.costs[pick.cost % p.costs.length]!;
      const year = 2026 + (pick.year % years);
      const key = `${cost.id}/${year}`;
      const amount = Math.floor((left.get(key) ?? 0) * pick.share);
      left.set(key, (left.get(key) ?? 0) - amount);
      const streamId = streamIds[pick.stream]!;
      return { planId: 'p', streamId, costId: cost.id, year, amount: asCents(amount) };
    });
    return { ws, plan: p, allocations };
  });
