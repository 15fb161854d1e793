import { LOCK_PENALTY, ruleCapOf, type Formulation, type FundVar } from './formulation-model';
import type { BlendProblem, PlanData } from './problem';

/**
 * Per cent a granted award falls short of its amount: above any euro of funding (so the
 * blend never moves a granted euro elsewhere), above the explanations' penalty-leak
 * threshold (rows it prices are not listed as rules), and below the locks' penalties
 * (LOCK_PENALTY / 100: a lock that breaks a rule is reported as such before a grant gives
 * way).
 */
export const AWARD_PENALTY = LOCK_PENALTY / 100;

/**
 * A granted (or settled) award fixes the stream's total for the plan (docs/blend.md,
 * "Awards"): what the blend adds to the locked amounts plus a shortfall equals the
 * granted amount less those locks. The shortfall is used only when the stream's rules
 * (eligibility, caps, budget, de minimis, debt service) leave no way to pay the grant;
 * the blend then reports it (award-outcomes.ts). The minimum award does not apply: the
 * funder has decided the amount. A per-plan cap below the grant keeps its own row, so
 * its dual is still told as that rule.
 */
export function addGrantRows(
  problem: BlendProblem,
  plan: PlanData,
  f: Formulation,
  streamIndex: number,
  vars: readonly FundVar[],
  locked: number,
): void {
  const granted = plan.awards.granted.get(streamIndex)!;
  const need = granted - locked;
  if (vars.length === 0 || need <= 0) return;
  const cols = vars.map((v) => v.col);
  const { cap, source } = ruleCapOf(plan, problem.streams[streamIndex]!);
  const ruleRoom = Math.max(0, cap - locked);
  if (vars.length > 1 && ruleRoom < need && source !== null) {
    f.lp.addSumRow([...cols], -Infinity, ruleRoom, { rule: source.rule, planIndex: plan.index, streamIndex });
  }
  const slack = f.lp.addColumn({
    lower: 0,
    upper: need,
    cost: -AWARD_PENALTY,
    secondary: 0,
    integer: false,
    boundSource: null,
  });
  f.grants.push({ col: slack, planIndex: plan.index, streamIndex });
  const values = new Array<number>(cols.length + 1).fill(1);
  f.lp.addRow([...cols, slack], values, need, need, { rule: 'award', planIndex: plan.index, streamIndex });
}
