// Guarantees in the direct model (blend-semantics section 5): a column g[p,G,L,t] per
// plan, guarantee, backed loan and draw year. A guarantee pays no cost line, so its
// columns sit in no cover row and add nothing to the objective; they only let loans
// that require a guarantee lend, and they count as state aid.
import type { Workspace } from '../../src/model/workspace';
import {
  CENTS_PER_UNIT,
  availableTo,
  budgetCents,
  groupBy,
  inYears,
  planCost,
  roundHalfAway,
  sumTerms,
  type Builder,
  type Factors,
  type Plan,
  type Var,
} from './direct-builder';
import { guaranteeGge } from './direct-loans';
import { refusedFor } from './direct-awards';
import type { AidItem } from './direct-rules';

/** The guarantee `streamId` gives on plan `planId`'s draw of `loanStreamId` in `year`. */
export interface GuaranteeRef {
  planId: string;
  streamId: string;
  loanStreamId: string;
  year: number;
  column: number;
}

export function addGuarantees(
  b: Builder,
  workspace: Workspace,
  plans: readonly Plan[],
  vars: readonly Var[],
  factors: Factors,
): { refs: GuaranteeRef[]; aid: AidItem[] } {
  const U = CENTS_PER_UNIT;
  const refs: GuaranteeRef[] = [];
  const aid: AidItem[] = [];
  const draws = groupBy(vars, (v) =>
    v.stream.loan === undefined ? undefined : `${v.plan.id}|${v.stream.id}|${v.year}`,
  );
  /** Guarantee columns per plan|loan|year, for the guaranteeRequired rows. */
  const backing = new Map<string, number[]>();
  const guarantees = workspace.fundingStreams.filter((s) => s.kind === 'guarantee');
  const planIds = new Set(plans.map((p) => p.id));
  for (const G of guarantees) {
    const terms = G.guarantee;
    if (terms === undefined) continue;
    const perYear = new Map<number, number[]>();
    const perPlan = new Map<string, number[]>();
    for (const [key, list] of draws) {
      const first = list[0];
      if (first === undefined || !planIds.has(first.plan.id)) continue;
      const { plan, coop, stream: loan, year } = first;
      if (!terms.backs.includes(loan.id) || !availableTo(G, coop) || !inYears(G, year)) continue;
      if (refusedFor(plan, G)) continue;
      const drawUpper = list.reduce((s, v) => s + b.upperOf(v), 0);
      const upper = Math.min(terms.share * drawUpper, budgetCents(G, year, factors.of(G)) / U);
      if (!(upper > 0)) continue;
      const column = b.addColumn(`g${b.columns.length}`, 0, upper, false, 0);
      refs.push({ planId: plan.id, streamId: G.id, loanStreamId: loan.id, year, column });
      // g <= share x draw (locked draws included: their columns are fixed).
      b.addRow([{ column, coefficient: 1 }, ...sumTerms(list, -terms.share)], '<=', 0);
      backing.set(key, [...(backing.get(key) ?? []), column]);
      perYear.set(year, [...(perYear.get(year) ?? []), column]);
      perPlan.set(plan.id, [...(perPlan.get(plan.id) ?? []), column]);
      if (G.stateAid)
        aid.push({
          coop,
          year,
          column,
          coefficient: guaranteeGge(terms.termYears),
          sgei: coop.sgei && G.sgei,
        });
    }
    for (const [year, columns] of perYear) {
      b.addRow(
        sumTerms(columns.map((column) => ({ column }))),
        '<=',
        budgetCents(G, year, factors.of(G)) / U,
      );
    }
    for (const [planId, columns] of perPlan) {
      const plan = plans.find((p) => p.id === planId);
      if (plan === undefined) continue;
      const maxPerPlan = G.maxPerPlan === undefined ? Infinity : roundHalfAway(G.maxPerPlan * factors.of(G));
      const share = G.maxShareOfPlan === undefined ? Infinity : G.maxShareOfPlan * planCost(plan);
      b.addRow(sumTerms(columns.map((column) => ({ column }))), '<=', Math.min(maxPerPlan, share) / U);
    }
  }
  // Rule guarantee: q x draw <= what guarantees back, or the loan is not lent.
  for (const [key, list] of draws) {
    const q = list[0]?.stream.loan?.guaranteeRequired ?? 0;
    if (q <= 0) continue;
    const backed = (backing.get(key) ?? []).map((column) => ({ column, coefficient: -1 }));
    b.addRow([...sumTerms(list, q), ...backed], '<=', 0);
  }
  return { refs, aid };
}
