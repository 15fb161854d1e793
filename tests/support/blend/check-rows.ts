// The issue-13 rows of a result (own revenue used, guarantees), gathered for the rules
// and checked for shape: each names a blended plan and things that exist, a whole year,
// a positive amount, and no place twice. Read as unknown JSON: a result may come from
// a file and hold anything.
import {
  type CheckContext,
  type Extras,
  type GuaranteeCell,
  type OwnUse,
  type Violation,
  wellFormedAmount,
} from './check-context';
import type { BlendResult } from '../../../src/finance/blend/types';

function rowsOf(value: unknown, what: string, out: Violation[]): unknown[] {
  // A result from before issue 13 has no such rows: it uses no own revenue and no guarantees.
  if (value === undefined) return [];
  if (Array.isArray(value)) return value as unknown[];
  out.push({ rule: 'shape', message: `${what} is not a list` });
  return [];
}

function field(row: unknown, key: string): unknown {
  return typeof row === 'object' && row !== null ? (row as Record<string, unknown>)[key] : undefined;
}

function ownRevenue(ctx: CheckContext, result: BlendResult, out: Violation[]): OwnUse[] {
  const uses: OwnUse[] = [];
  const seen = new Set<string>();
  for (const row of rowsOf(result.ownRevenue, 'ownRevenue', out)) {
    const [planId, costId, year, amount] = ['planId', 'costId', 'year', 'amount'].map((k) => field(row, k));
    const place = {
      ...(typeof planId === 'string' ? { planId } : {}),
      ...(typeof costId === 'string' ? { costId } : {}),
      ...(typeof year === 'number' ? { year } : {}),
    };
    const refuse = (why: string) =>
      out.push({ rule: 'shape', ...place, message: `own revenue refused: ${why}` });
    const plan = ctx.plans.find((p) => p.id === planId);
    const cost = plan?.costs.find((c) => c.id === costId);
    if (plan === undefined) refuse(`plan ${String(planId)} is not part of this blend`);
    else if (cost === undefined) refuse(`plan ${plan.id} has no cost line ${String(costId)}`);
    else if (typeof year !== 'number' || !Number.isInteger(year))
      refuse(`year ${String(year)} is not a whole year`);
    // Revenue after the plan pays nothing (blend-semantics section 1).
    else if (year < plan.startYear || year >= plan.startYear + plan.years)
      refuse(`${year} is not a year of plan ${plan.id}`);
    else if (!wellFormedAmount(ctx, amount))
      refuse(`amount ${String(amount)} is not a positive amount of cents`);
    else {
      const key = `${plan.id}\u0000${cost.id}\u0000${year}`;
      if (seen.has(key)) refuse('the same plan, cost line and year is listed twice');
      seen.add(key);
      uses.push({ plan, cost, year, amount: amount as number });
    }
  }
  return uses;
}

function guarantees(ctx: CheckContext, result: BlendResult, out: Violation[]): GuaranteeCell[] {
  const cells: GuaranteeCell[] = [];
  const seen = new Set<string>();
  for (const row of rowsOf(result.guarantees, 'guarantees', out)) {
    const [planId, streamId, loanId, year, amount] = [
      'planId',
      'streamId',
      'loanStreamId',
      'year',
      'amount',
    ].map((k) => field(row, k));
    const place = {
      ...(typeof planId === 'string' ? { planId } : {}),
      ...(typeof streamId === 'string' ? { streamId } : {}),
      ...(typeof year === 'number' ? { year } : {}),
    };
    const refuse = (why: string) =>
      out.push({ rule: 'shape', ...place, message: `guarantee refused: ${why}` });
    const plan = ctx.plans.find((p) => p.id === planId);
    const guarantee = typeof streamId === 'string' ? ctx.streams.get(streamId) : undefined;
    const loan = typeof loanId === 'string' ? ctx.streams.get(loanId) : undefined;
    if (plan === undefined) refuse(`plan ${String(planId)} is not part of this blend`);
    else if (guarantee?.guarantee === undefined) refuse(`stream ${String(streamId)} is not a guarantee`);
    else if (loan?.loan === undefined) refuse(`stream ${String(loanId)} is not a loan`);
    else if (typeof year !== 'number' || !Number.isInteger(year))
      refuse(`year ${String(year)} is not a whole year`);
    else if (!wellFormedAmount(ctx, amount))
      refuse(`amount ${String(amount)} is not a positive amount of cents`);
    else {
      const key = `${plan.id}\u0000${guarantee.id}\u0000${loan.id}\u0000${year}`;
      if (seen.has(key)) refuse('the same plan, guarantee, loan and year is listed twice');
      seen.add(key);
      const cooperative = ctx.cooperatives.get(plan.cooperativeId);
      cells.push({ plan, cooperative, guarantee, loan, year, amount: amount as number });
    }
  }
  return cells;
}

/** Own revenue and guarantee rows of the result, with what is wrong with their shape. */
export function gatherExtras(
  ctx: CheckContext,
  result: BlendResult,
): { extras: Extras; violations: Violation[] } {
  const violations: Violation[] = [];
  const extras = {
    own: ownRevenue(ctx, result, violations),
    guarantees: guarantees(ctx, result, violations),
  };
  return { extras, violations };
}
