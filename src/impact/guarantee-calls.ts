import type { GuaranteeUse } from '../finance/blend/types';
import type { FundingStream } from '../model/stream';
import { nextUniform, seedState } from './montecarlo/kernel.mjs';
import { sortedPercentile } from './montecarlo/stats.mjs';

/** One guarantee's call risk over the run's draws, in euros. */
export interface GuaranteeCallsByStream {
  streamId: string;
  /** Mean of the draws' calls. */
  expected: number;
  p90: number;
}

/**
 * What the guarantees (borgstellingen) of a blend may cost the city when they are called,
 * in euros over the Monte Carlo draws: the mean, P50 and P90 of the total called per draw,
 * the most that could be called (every guarantee at once) and per guarantee stream.
 */
export interface GuaranteeCalls {
  expected: number;
  p50: number;
  p90: number;
  maxPossible: number;
  /** One entry per guarantee stream the blend uses, in the order the blend first names it. */
  byGuarantee: GuaranteeCallsByStream[];
}

/**
 * Mixed into the run's seed so that the calls have their own stream of random numbers,
 * apart from the kernel's award and impact draws (which stay exactly as they were).
 */
export const GUARANTEE_CALL_SALT = 0x5bd1e995;

/** One (plan, guarantee) exposure: the cents it backs over all loans and years of the plan. */
interface Exposure {
  streamId: string;
  amount: number;
  callRate: number;
}

/**
 * Exposures per (plan, guarantee), in the blend's order. A call is one event per plan and
 * guarantee, not per year or loan draw: `callRate` is the chance the guarantee is called
 * over its term, and what calls it is the borrower (the plan's cooperative) failing to pay
 * its backed loans, which takes every year's backed draw with it. Independent draws per
 * year would split one default into several small ones and understate the P90.
 */
function exposures(uses: readonly GuaranteeUse[], streams: readonly FundingStream[]): Exposure[] {
  const rates = new Map(streams.map((s) => [s.id, s.guarantee?.callRate ?? 0]));
  const byKey = new Map<string, Exposure>();
  for (const use of uses) {
    const key = `${use.planId}\u0000${use.streamId}`;
    const known = byKey.get(key);
    if (known !== undefined) known.amount += use.amount;
    else
      byKey.set(key, { streamId: use.streamId, amount: use.amount, callRate: rates.get(use.streamId) ?? 0 });
  }
  return [...byKey.values()].filter((e) => e.amount > 0);
}

/** Whole cents to euros, a fractional mean rounded to the cent first. */
function euros(cents: number): number {
  return Math.round(cents) / 100;
}

/**
 * Seeded draws of guarantee calls: in draw `d`, each (plan, guarantee) exposure is called
 * when a uniform from draw `d`'s own generator (seeded with `seed ^ GUARANTEE_CALL_SALT`,
 * as the kernel seeds its draws) falls below the guarantee's `callRate`; a call costs the
 * whole guaranteed amount (the backed draws, before any repayment: an upper bound on what
 * is still outstanding when the call comes). The calls are drawn given the blend as it is,
 * with its guarantees and loans in place. Computed in this thread (the exposures are few),
 * so the figures depend on the seed and the number of draws only, never on worker threads.
 */
export function guaranteeCalls(
  uses: readonly GuaranteeUse[],
  streams: readonly FundingStream[],
  seed: number,
  draws: number,
): GuaranteeCalls {
  const list = exposures(uses, streams);
  const streamIds = [...new Set(list.map((e) => e.streamId))];
  const streamOf = Int32Array.from(list, (e) => streamIds.indexOf(e.streamId));
  const maxPossible = list.reduce((sum, e) => sum + e.amount, 0);
  const n = Math.max(0, Math.floor(draws));
  if (list.length === 0 || n === 0) {
    return {
      expected: 0,
      p50: 0,
      p90: 0,
      maxPossible: euros(maxPossible),
      byGuarantee: streamIds.map((streamId) => ({ streamId, expected: 0, p90: 0 })),
    };
  }
  const totals = new Float64Array(n);
  const perStream = streamIds.map(() => new Float64Array(n));
  const state = new Uint32Array(4);
  const salted = (seed ^ GUARANTEE_CALL_SALT) >>> 0;
  for (let d = 0; d < n; d++) {
    seedState(salted, d, state);
    let total = 0;
    for (let k = 0; k < list.length; k++) {
      const exposure = list[k]!;
      if (nextUniform(state) < exposure.callRate) {
        total += exposure.amount;
        const called = perStream[streamOf[k]!]!;
        called[d] = (called[d] ?? 0) + exposure.amount;
      }
    }
    totals[d] = total;
  }
  const mean = (values: Float64Array) => values.reduce((sum, v) => sum + v, 0) / n;
  const p90Of = (values: Float64Array) => sortedPercentile(Float64Array.from(values).sort(), 0.9);
  const expected = mean(totals);
  totals.sort();
  return {
    expected: euros(expected),
    p50: euros(sortedPercentile(totals, 0.5)),
    p90: euros(sortedPercentile(totals, 0.9)),
    maxPossible: euros(maxPossible),
    byGuarantee: streamIds.map((streamId, s) => ({
      streamId,
      expected: euros(mean(perStream[s]!)),
      p90: euros(p90Of(perStream[s]!)),
    })),
  };
}
