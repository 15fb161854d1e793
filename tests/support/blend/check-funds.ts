// Revolving loan funds (blend-semantics section 4): repayments of the blended plans
// come back and may be lent again from the next year on, on top of the fund's own
// budget. The checker recomputes the returned money from the allocations itself, judges
// the budget with the least relending each year needs (relending more never helps),
// and holds the reported `funds` rows to the same numbers.
import type { Breach } from './check-breach';
import {
  effectiveBudget,
  euros,
  lastPlanYear,
  type Cell,
  type CheckContext,
  type CheckStream,
  type Violation,
} from './check-context';
import { returnedPerEuro } from './check-loans';
import type { BlendResult } from '../../../src/finance/blend/types';

interface Fund {
  stream: CheckStream;
  /** Draws per year: all, and the locked part. */
  drawn: Map<number, { amount: number; locked: number }>;
}

function funds(cells: readonly Cell[]): Fund[] {
  const out = new Map<string, Fund>();
  for (const c of cells) {
    if (!c.stream.revolving || c.stream.loan === undefined) continue;
    const fund = out.get(c.stream.id) ?? { stream: c.stream, drawn: new Map() };
    const year = fund.drawn.get(c.year) ?? { amount: 0, locked: 0 };
    year.amount += c.amount;
    year.locked += c.locked;
    fund.drawn.set(c.year, year);
    out.set(c.stream.id, fund);
  }
  return [...out.values()];
}

/** Money back in `year` from the draws (or their locked parts). */
function returnedIn(fund: Fund, year: number, part: 'amount' | 'locked'): number {
  let total = 0;
  for (const [drawYear, d] of fund.drawn) total += d[part] * returnedPerEuro(fund.stream, year - drawYear);
  return total;
}

/** How far cumulative relending must exceed cumulative returns in `year` (0 or less: it fits). */
function overdraw(ctx: CheckContext, fund: Fund, part: 'amount' | 'locked'): Map<number, number> {
  const out = new Map<number, number>();
  const years = [...fund.drawn.keys()];
  let need = 0;
  let back = 0;
  for (let year = Math.min(...years); year <= Math.max(...years); year++) {
    back += returnedIn(fund, year - 1, part);
    const budget = effectiveBudget(ctx, fund.stream, year) ?? Infinity;
    need += Math.max(0, (fund.drawn.get(year)?.[part] ?? 0) - budget);
    out.set(year, need - back);
  }
  return out;
}

/** Rule budget for revolving loans with a budget: draws <= budget + returned money not yet relent. */
export function revolvingBudgets(ctx: CheckContext, cells: readonly Cell[]): Breach[] {
  const out: Breach[] = [];
  const tol = ctx.tolerance;
  for (const fund of funds(cells)) {
    if (fund.stream.budgetPerYear === undefined) continue;
    const locked = overdraw(ctx, fund, 'locked');
    for (const [year, excess] of overdraw(ctx, fund, 'amount')) {
      const drawn = fund.drawn.get(year)?.amount ?? 0;
      const budget = effectiveBudget(ctx, fund.stream, year) ?? Infinity;
      // Reported where the year's draw needs returned money that has not come back.
      if (excess <= tol || drawn <= budget + tol) continue;
      out.push({
        rule: 'budget',
        place: { streamId: fund.stream.id, year },
        message: `revolving stream ${fund.stream.id} lends ${euros(drawn)} in ${year}: ${euros(excess)} more than its budget of ${euros(budget)} and the repayments that came back before`,
        excess,
        beyondLocks: excess > Math.max(0, locked.get(year) ?? 0) + tol,
      });
    }
  }
  return out;
}

const FUND_FIELDS = ['drawn', 'returned', 'relent', 'balance'] as const;

/** The reported `funds` rows against the allocations: one per drawn revolving stream and year, numbers that add up. */
export function fundsViolations(ctx: CheckContext, cells: readonly Cell[], result: BlendResult): Violation[] {
  const out: Violation[] = [];
  const reported: unknown = result.funds;
  // A result from before issue 13 has no `funds`; a drawn revolving stream then lacks its rows below.
  const rows = reported === undefined ? [] : reported;
  if (!Array.isArray(rows)) return [{ rule: 'shape', message: 'funds is not a list' }];
  const byStream = new Map(funds(cells).map((f) => [f.stream.id, f]));
  const seen = new Set<string>();
  // Rounded cents may differ from the real-valued returns by a cent per row (and add up in the balance).
  const rowTol = ctx.tolerance + (ctx.wholeCents ? 1 : 0);
  for (const row of rows as RevolvingFundYearLike[]) {
    const fund = typeof row.streamId === 'string' ? byStream.get(row.streamId) : undefined;
    const place = { streamId: String(row.streamId), year: row.year };
    const say = (rule: 'shape' | 'totals', message: string) => out.push({ rule, ...place, message });
    // Whole cents when the result must be in whole cents, like every other amount it reports.
    const amount = (v: unknown) =>
      typeof v === 'number' && (ctx.wholeCents ? Number.isSafeInteger(v) : Number.isFinite(v));
    const numbers = FUND_FIELDS.every((k) => amount(row[k])) && (row.budget === null || amount(row.budget));
    if (fund === undefined || !Number.isInteger(row.year) || !numbers) {
      say(
        'shape',
        `funds row for ${String(row.streamId)} in ${String(row.year)}: not a drawn revolving stream, a whole year and well-formed amounts`,
      );
      continue;
    }
    const key = `${fund.stream.id}\u0000${row.year}`;
    if (seen.has(key)) say('shape', `funds row for ${fund.stream.id} in ${row.year} is listed twice`);
    seen.add(key);
    const first = Math.min(...fund.drawn.keys());
    if (row.year < first || row.year > lastPlanYear(ctx))
      say('shape', `funds row for ${fund.stream.id} in ${row.year} is outside ${first}-${lastPlanYear(ctx)}`);
    const budget = effectiveBudget(ctx, fund.stream, row.year) ?? null;
    const returned = returnedIn(fund, row.year - 1, 'amount');
    let cumulative = 0;
    for (let u = first; u < row.year; u++) cumulative += returnedIn(fund, u, 'amount');
    const relentSoFar = rows
      .filter((r: RevolvingFundYearLike) => r.streamId === fund.stream.id && r.year <= row.year)
      .reduce((s: number, r: RevolvingFundYearLike) => s + (typeof r.relent === 'number' ? r.relent : 0), 0);
    const expect = (what: string, got: number | null, want: number | null, tol: number) => {
      const same = got === null || want === null ? got === want : Math.abs(got - want) <= tol;
      if (!same)
        say(
          'totals',
          `fund ${fund.stream.id} in ${row.year}: ${what} is ${String(got)}, should be ${String(want)}`,
        );
    };
    expect('budget', row.budget, budget, ctx.tolerance);
    expect('drawn', row.drawn, fund.drawn.get(row.year)?.amount ?? 0, ctx.tolerance);
    expect('returned', row.returned, returned, rowTol);
    expect('balance', row.balance, cumulative - relentSoFar, rowTol * (row.year - first + 1));
    if (row.relent < -ctx.tolerance)
      say('totals', `fund ${fund.stream.id} in ${row.year}: relent ${row.relent} is negative`);
    if (budget !== null && row.drawn > budget + row.relent + rowTol)
      say(
        'totals',
        `fund ${fund.stream.id} in ${row.year}: draws ${euros(row.drawn)} exceed budget ${euros(budget)} plus relent ${euros(row.relent)}`,
      );
    // A negative balance (more relent than came back) is the revolving budget rule itself,
    // judged from the allocations above, where a lock that breaks it can be accepted.
  }
  for (const fund of byStream.values()) {
    if ([...fund.drawn.values()].every((d) => d.amount <= ctx.tolerance)) continue;
    for (let year = Math.min(...fund.drawn.keys()); year <= lastPlanYear(ctx); year++) {
      if (!seen.has(`${fund.stream.id}\u0000${year}`))
        out.push({
          rule: 'totals',
          streamId: fund.stream.id,
          year,
          message: `revolving fund ${fund.stream.id} has no funds row for ${year}`,
        });
    }
  }
  return out;
}

/** A funds row as it may come from JSON: fields checked before use. */
interface RevolvingFundYearLike {
  streamId: unknown;
  year: number;
  budget: number | null;
  drawn: number;
  returned: number;
  relent: number;
  balance: number;
}
