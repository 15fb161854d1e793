import type { Lang } from '../../model/messages';
import { asCents } from '../../model/money';
import type { Workspace } from '../../model/workspace';
import { explain } from './explain';
import { pairKey, yearKey } from './keys';
import { toLines } from './flow';
import { formulate, type Formulation } from './formulation';
import { loadHighs, solveFormulation, type SolvedFormulation } from './highs-solver';
import { buildProblem, type BlendProblem } from './problem';
import { roundToCents, type CentAmount } from './rounding';
import type { Allocation, BlendRequest, BlendResult, PlanBlend } from './types';

function minimumAwardOf(problem: BlendProblem, f: Formulation) {
  return (b: number) => problem.streams[f.binaries[b]!.streamIndex]!.stream.minAward ?? 0;
}

/** Locked amounts and the solver's rounded amounts, one allocation per plan, stream, cost line and year. */
function allocations(problem: BlendProblem, cents: CentAmount[]): Allocation[] {
  interface Merged {
    planIndex: number;
    streamIndex: number;
    costId: string;
    /** The cost line's position in its plan, for the output order. */
    line: number;
    year: number;
    cents: number;
  }
  const merged = new Map<number, Merged>();
  const add = (planIndex: number, streamIndex: number, costId: string, year: number, amount: number) => {
    const plan = problem.plans[planIndex]!;
    const slot = plan.lineSlots.get(costId)!;
    const k = yearKey(pairKey(slot, streamIndex), year);
    const item = merged.get(k);
    if (item !== undefined) item.cents += amount;
    else merged.set(k, { planIndex, streamIndex, costId, line: slot, year, cents: amount });
  };
  for (const plan of problem.plans)
    for (const lock of plan.locks) add(plan.index, lock.streamIndex, lock.costId, lock.year, lock.amount);
  for (const c of cents) add(c.planIndex, c.streamIndex, c.costId, c.year, c.cents);
  return [...merged.values()]
    .filter((a) => a.cents > 0)
    .sort(
      (a, b) =>
        a.planIndex - b.planIndex || a.streamIndex - b.streamIndex || a.line - b.line || a.year - b.year,
    )
    .map((a) => ({
      planId: problem.plans[a.planIndex]!.plan.id,
      streamId: problem.streams[a.streamIndex]!.stream.id,
      costId: a.costId,
      year: a.year,
      amount: asCents(a.cents),
    }));
}

function summaries(problem: BlendProblem, result: Allocation[]): PlanBlend[] {
  const fundedByPlan = new Map<string, number>();
  for (const a of result) fundedByPlan.set(a.planId, (fundedByPlan.get(a.planId) ?? 0) + a.amount);
  return problem.plans.map((plan) => {
    const funded = fundedByPlan.get(plan.plan.id) ?? 0;
    return {
      planId: plan.plan.id,
      totalCost: asCents(plan.totalCost),
      funded: asCents(funded),
      gap: asCents(Math.max(0, plan.totalCost - funded)),
      fundedShare: plan.totalCost === 0 ? 1 : funded / plan.totalCost,
    };
  });
}

export interface BlendOptions {
  lang?: Lang;
}

/**
 * The optimal blend (spec section 6): the least total gap over the requested plans
 * under all eight rules, then the documented secondary preference, then explanations.
 */
export async function blend(
  workspace: Workspace,
  request: BlendRequest,
  options: BlendOptions = {},
): Promise<BlendResult> {
  const problem = buildProblem(workspace, request);
  const f = formulate(problem);
  let solved: SolvedFormulation | null = null;
  let cents: CentAmount[] = [];
  // Slack columns alone (locks that need checking) still need a solve.
  if (f.lp.columns.length > 0) {
    solved = solveFormulation(await loadHighs(), f, minimumAwardOf(problem, f));
    for (const slack of f.slacks) {
      const excess = solved.phase1[slack.col] ?? 0;
      // Slack is only used when locked amounts leave no other way (it costs more than any funding gains).
      if (excess > 1e-6)
        f.locked.breaks.push({
          rule: slack.rule,
          planIndex: slack.planIndex,
          streamIndex: slack.streamIndex,
          excess,
        });
    }
    const lockShort = new Set(
      f.locked.breaks.filter((b) => b.rule === 'minAward').map((b) => pairKey(b.planIndex!, b.streamIndex!)),
    );
    cents = roundToCents(problem, f, toLines(problem, f, solved.values), lockShort);
  }
  const result = allocations(problem, cents);
  const plans = summaries(problem, result);
  const totalCost = plans.reduce((sum, p) => sum + p.totalCost, 0);
  const funded = plans.reduce((sum, p) => sum + p.funded, 0);
  return {
    status: 'optimal',
    totalCost: asCents(totalCost),
    funded: asCents(funded),
    gap: asCents(plans.reduce((sum, p) => sum + p.gap, 0)),
    plans,
    allocations: result,
    binding: explain(problem, f, solved, options.lang ?? 'en'),
  };
}
