// An independent checker of blend results against spec section 6 and the decided
// semantics. It imports nothing from the optimiser (only the result types), so that a
// bug in the optimiser cannot hide itself by being shared with its judge.
import type { Workspace } from '../../../src/model/workspace';
import {
  buildContext,
  cellKey,
  planTotalCost,
  type Cell,
  type CheckContext,
  type Extras,
  type Violation,
} from './check-context';
import { ownRevenueViolations } from './check-cashflow';
import { fundsViolations } from './check-funds';
import { judgeBreaches, lockViolations } from './check-locks';
import { gatherExtras } from './check-rows';
import { ruleBreaches } from './check-rules';
import { awardViolations } from './check-awards';
import { BLEND_RULES, type BlendRequest, type BlendResult } from '../../../src/finance/blend/types';

export type { Place, Violation } from './check-context';

export interface CheckOptions {
  /** Absolute tolerance in cents for real-valued limits (default 1e-6; relative for debt service). */
  tolerance?: number;
  /**
   * Whether amounts must be whole cents (default true). Tests turn it off to check the
   * real-valued optimum of a reference solver against the same rules.
   */
  wholeCents?: boolean;
}

// Locks that break rules are reported in `binding`; the status stays optimal (types.ts).
const STATUSES: readonly string[] = ['optimal'];

function requestShape(ctx: CheckContext, request: BlendRequest): Violation[] {
  const out: Violation[] = [];
  const seen = new Set<string>();
  for (const planId of request.planIds) {
    if (!ctx.workspace.plans.some((p) => p.id === planId)) {
      out.push({ rule: 'shape', planId, message: `the request names plan ${planId}, which does not exist` });
    }
    if (seen.has(planId))
      out.push({ rule: 'shape', planId, message: `the request names plan ${planId} twice` });
    seen.add(planId);
  }
  return out;
}

/** Checks each allocation's shape and gathers the cells the rules are measured on. */
function gatherCells(
  ctx: CheckContext,
  result: BlendResult,
  wholeCents: boolean,
): { cells: Cell[]; violations: Violation[] } {
  const violations: Violation[] = [];
  const cells = new Map<string, Cell>();
  const blended = new Map(ctx.plans.map((p) => [p.id, p]));
  const cellAt = (planId: string, streamId: string, costId: string, year: number): Cell | string => {
    const plan = blended.get(planId);
    if (plan === undefined) return `plan ${planId} is not part of this blend`;
    const stream = ctx.streams.get(streamId);
    if (stream === undefined) return `stream ${streamId} does not exist`;
    if (stream.kind === 'guarantee') return `stream ${streamId} is a guarantee, which pays no cost line`;
    const cost = plan.costs.find((c) => c.id === costId);
    if (cost === undefined) return `plan ${planId} has no cost line ${costId}`;
    if (!Number.isInteger(year)) return `year ${year} is not a whole year`;
    const key = cellKey(planId, streamId, costId, year);
    const existing = cells.get(key);
    if (existing !== undefined) return existing;
    const cooperative = ctx.cooperatives.get(plan.cooperativeId);
    const cell: Cell = { plan, cooperative, stream, cost, year, amount: 0, locked: 0, hasLock: false };
    cells.set(key, cell);
    return cell;
  };
  const allocated = new Set<string>();
  for (const a of result.allocations) {
    const where = { planId: a.planId, streamId: a.streamId, costId: a.costId, year: a.year };
    const cell = cellAt(a.planId, a.streamId, a.costId, a.year);
    if (typeof cell === 'string') {
      violations.push({ rule: 'shape', ...where, message: `allocation refused: ${cell}` });
      continue;
    }
    const key = cellKey(a.planId, a.streamId, a.costId, a.year);
    if (allocated.has(key)) {
      violations.push({
        rule: 'shape',
        ...where,
        message: 'the same plan, stream, cost line and year is allocated twice',
      });
    }
    allocated.add(key);
    const wellFormed = wholeCents ? Number.isSafeInteger(a.amount) : Number.isFinite(a.amount);
    if (!wellFormed || a.amount <= 0) {
      const kind = wholeCents ? 'a positive whole number of cents' : 'a positive amount';
      violations.push({ rule: 'shape', ...where, message: `amount ${a.amount} is not ${kind}` });
    }
    if (Number.isFinite(a.amount)) cell.amount += a.amount;
  }
  for (const plan of ctx.plans) {
    for (const lock of plan.locked) {
      const cell = cellAt(plan.id, lock.streamId, lock.costId, lock.year);
      if (typeof cell === 'string') continue;
      cell.locked += lock.amount;
      cell.hasLock = true;
    }
  }
  return { cells: [...cells.values()], violations };
}

function statusAndBindings(result: BlendResult): Violation[] {
  const out: Violation[] = [];
  // Read as a plain string: the result may come from JSON and hold any status.
  const status: string = result.status;
  if (!STATUSES.includes(status)) {
    out.push({ rule: 'shape', message: `status ${status} is not one of ${STATUSES.join(', ')}` });
  }
  for (const b of result.binding) {
    if (!(BLEND_RULES as readonly string[]).includes(b.rule)) {
      out.push({ rule: 'shape', message: `binding rule ${String(b.rule)} is not a blend rule` });
    }
    if (!Number.isFinite(b.valuePerEuro) || b.valuePerEuro < 0) {
      out.push({ rule: 'shape', message: `binding ${b.rule} has value per euro ${b.valuePerEuro}` });
    }
  }
  return out;
}

/**
 * Per-plan and overall totals: cost from the workspace, funded from the allocations,
 * own revenue from its rows; gap = cost - funded - own revenue (blend-semantics section 1).
 */
function totals(ctx: CheckContext, result: BlendResult, cells: readonly Cell[], extras: Extras): Violation[] {
  const out: Violation[] = [];
  const tol = ctx.tolerance;
  const differs = (a: number, b: number) => !(Math.abs(a - b) <= tol);
  const fundedOf = new Map<string, number>();
  for (const c of cells) fundedOf.set(c.plan.id, (fundedOf.get(c.plan.id) ?? 0) + c.amount);
  const ownOf = new Map<string, number>();
  for (const u of extras.own) ownOf.set(u.plan.id, (ownOf.get(u.plan.id) ?? 0) + u.amount);
  const reported = new Map<string, BlendResult['plans'][number]>();
  for (const row of result.plans) {
    if (reported.has(row.planId) || !ctx.plans.some((p) => p.id === row.planId)) {
      out.push({
        rule: 'totals',
        planId: row.planId,
        message: `plan ${row.planId} is listed twice or is not blended`,
      });
    }
    reported.set(row.planId, row);
  }
  let totalCost = 0;
  let funded = 0;
  let ownTotal = 0;
  for (const plan of ctx.plans) {
    const cost = planTotalCost(plan);
    const got = fundedOf.get(plan.id) ?? 0;
    const own = ownOf.get(plan.id) ?? 0;
    totalCost += cost;
    funded += got;
    ownTotal += own;
    const row = reported.get(plan.id);
    const say = (message: string) => out.push({ rule: 'totals', planId: plan.id, message });
    if (row === undefined) {
      say(`plan ${plan.id} has no totals in the result`);
      continue;
    }
    if (differs(row.totalCost, cost))
      say(`plan ${plan.id} total cost is ${row.totalCost}, should be ${cost}`);
    if (differs(row.funded, got))
      say(`plan ${plan.id} funded is ${row.funded}, its allocations sum to ${got}`);
    // Read as possibly absent: a result from before issue 13 has no own revenue (0).
    const reportedOwn: unknown = row.ownRevenue;
    const ownRow = reportedOwn === undefined ? 0 : reportedOwn;
    if (typeof ownRow !== 'number' || differs(ownRow, own))
      say(`plan ${plan.id} own revenue is ${String(ownRow)}, its own revenue rows sum to ${own}`);
    if (differs(row.gap, cost - got - own))
      say(`plan ${plan.id} gap is ${row.gap}, should be ${cost - got - own}`);
    const share = cost === 0 ? 1 : (got + own) / cost;
    if (!(Math.abs(row.fundedShare - share) <= 1e-9)) {
      say(`plan ${plan.id} funded share is ${row.fundedShare}, should be ${share}`);
    }
  }
  const overall = (message: string) => out.push({ rule: 'totals', message });
  if (differs(result.totalCost, totalCost))
    overall(`total cost is ${result.totalCost}, should be ${totalCost}`);
  if (differs(result.funded, funded)) overall(`funded is ${result.funded}, the allocations sum to ${funded}`);
  if (differs(result.gap, totalCost - funded - ownTotal))
    overall(`gap is ${result.gap}, should be ${totalCost - funded - ownTotal}`);
  return out;
}

/**
 * Every way in which `result` is not a valid blend of `request` over `workspace`: its
 * shape, rules 1-8 of spec section 6 and the issue-13 rules (own revenue, debt service
 * on cash flow, de minimis as gross grant equivalent, revolving funds, guarantees),
 * accepting what locked amounts break where the result reports it, and its totals. An empty list means the result is valid; whether
 * it is optimal is for a reference solver to say.
 */
export function checkBlend(
  workspace: Workspace,
  request: BlendRequest,
  result: BlendResult,
  options: CheckOptions = {},
): Violation[] {
  const ctx = buildContext(workspace, request, options.tolerance ?? 1e-6, options.wholeCents ?? true);
  const { cells, violations } = gatherCells(ctx, result, ctx.wholeCents);
  const { extras, violations: rowViolations } = gatherExtras(ctx, result);
  return [
    ...requestShape(ctx, request),
    ...statusAndBindings(result),
    ...violations,
    ...rowViolations,
    ...lockViolations(cells, ctx.tolerance),
    ...judgeBreaches(ruleBreaches(ctx, cells, extras), result.binding),
    ...ownRevenueViolations(ctx, extras),
    ...fundsViolations(ctx, cells, result),
    ...awardViolations(ctx, cells, result),
    ...totals(ctx, result, cells, extras),
  ];
}
