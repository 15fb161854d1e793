// Rules 1-5 of spec section 6, measured on the result's allocations (and own revenue
// for cover), and the list of every rule's breaches. Each breach also says whether it
// goes beyond what the locked amounts alone force, so that a breach reported as
// "broken by lock" can be told apart from one the optimiser made worse.
import { grantedTotal } from '../../../src/model/award';
import { deMinimis } from './check-aid';
import { upper, type Breach } from './check-breach';
import { debtService } from './check-cashflow';
import {
  costIn,
  effectiveBudget,
  effectiveMaxPerPlan,
  euros,
  isEligible,
  planTotalCost,
  sumBy,
  type Cell,
  type CheckContext,
  type Extras,
} from './check-context';
import { revolvingBudgets } from './check-funds';
import { guaranteeBreaches } from './check-guarantees';

export type { Breach } from './check-breach';

function eligibility(cells: readonly Cell[], tol: number): Breach[] {
  const out: Breach[] = [];
  for (const c of cells) {
    if (c.amount <= tol || isEligible(c.stream, c.cooperative, c.cost, c.year)) continue;
    out.push({
      rule: 'eligibility',
      place: { planId: c.plan.id, streamId: c.stream.id, costId: c.cost.id, year: c.year },
      message: `stream ${c.stream.id} may not pay cost line ${c.cost.id} (${c.cost.category}) of plan ${c.plan.id} in ${c.year}`,
      excess: c.amount,
      beyondLocks: c.amount > c.locked + tol,
    });
  }
  return out;
}

/** Rule 1: streams and own revenue together pay at most the cost line (blend-semantics section 1). */
function cover(cells: readonly Cell[], extras: Extras, tol: number): Breach[] {
  const out: Breach[] = [];
  const key = (planId: string, costId: string, year: number) => `${planId}\u0000${costId}\u0000${year}`;
  const lines = new Map<
    string,
    { planId: string; cost: Cell['cost']; year: number; amount: number; locked: number }
  >();
  const lineAt = (planId: string, cost: Cell['cost'], year: number) => {
    const k = key(planId, cost.id, year);
    const line = lines.get(k) ?? { planId, cost, year, amount: 0, locked: 0 };
    lines.set(k, line);
    return line;
  };
  for (const c of cells) {
    const line = lineAt(c.plan.id, c.cost, c.year);
    line.amount += c.amount;
    line.locked += c.locked;
  }
  for (const u of extras.own) lineAt(u.plan.id, u.cost, u.year).amount += u.amount;
  for (const { planId, cost, year, amount, locked } of lines.values()) {
    const place = { planId, costId: cost.id, year };
    const describe = `cost line ${cost.id} of plan ${planId} in ${year} is paid`;
    // Own revenue on top of locks that already fill the line adds to the breach: it counts as beyond them.
    const breach = upper('cover', place, amount, locked, costIn(cost, year), tol, describe);
    if (breach !== undefined) out.push(breach);
  }
  return out;
}

function budget(ctx: CheckContext, cells: readonly Cell[]): Breach[] {
  const out: Breach[] = [];
  for (const { amount, locked, first: c } of sumBy(cells, (c) => `${c.stream.id}\u0000${c.year}`).values()) {
    const limit = effectiveBudget(ctx, c.stream, c.year);
    // A revolving fund may lend returned money on top of its budget: check-funds.ts judges it.
    if (limit === undefined || c.stream.revolving) continue;
    const place = { streamId: c.stream.id, year: c.year };
    const breach = upper(
      'budget',
      place,
      amount,
      locked,
      limit,
      ctx.tolerance,
      `stream ${c.stream.id} pays out in ${c.year}`,
    );
    if (breach !== undefined) out.push(breach);
  }
  return out;
}

/** Rules 3, 4 and 5: per plan and stream. */
function perPlan(ctx: CheckContext, cells: readonly Cell[]): Breach[] {
  const tol = ctx.tolerance;
  const out: Breach[] = [];
  const totals = sumBy(cells, (c) => `${c.plan.id}\u0000${c.stream.id}`);
  const privateTotals = sumBy(cells, (c) => (c.stream.public ? undefined : c.plan.id));
  for (const { amount, locked, first: c } of totals.values()) {
    const place = { planId: c.plan.id, streamId: c.stream.id };
    const what = `stream ${c.stream.id} pays plan ${c.plan.id}`;
    const breaches: (Breach | undefined)[] = [];
    const maxPerPlan = effectiveMaxPerPlan(ctx, c.stream);
    if (maxPerPlan !== undefined)
      breaches.push(upper('maxPerPlan', place, amount, locked, maxPerPlan, tol, what));
    if (c.stream.maxShareOfPlan !== undefined) {
      const limit = c.stream.maxShareOfPlan * planTotalCost(c.plan);
      breaches.push(
        upper(
          'maxShareOfPlan',
          place,
          amount,
          locked,
          limit,
          tol,
          `${what} (at most ${c.stream.maxShareOfPlan} of the plan)`,
        ),
      );
    }
    if (c.stream.matching !== undefined) {
      const privateTotal = privateTotals.get(c.plan.id)?.amount ?? 0;
      const limit = c.stream.matching * privateTotal;
      const describe = `${what}, matched ${c.stream.matching}:1 by ${euros(privateTotal)} of private funding`;
      breaches.push(upper('matching', place, amount, locked, limit, tol, describe));
    }
    const minAward = c.stream.minAward;
    // A granted award has no minimum: the funder decided the amount (check-awards.ts).
    const decided = grantedTotal(c.plan.awards.find((a) => a.streamId === c.stream.id)) !== undefined;
    if (minAward !== undefined && !decided && amount > tol && amount < minAward - tol) {
      breaches.push({
        rule: 'minAward',
        place,
        message: `${what} ${euros(amount)}, below its minimum award of ${euros(minAward)}`,
        excess: minAward - amount,
        // Only a locked amount can force a small award; without one it is the optimiser's doing.
        beyondLocks: locked <= tol,
      });
    }
    for (const breach of breaches) if (breach !== undefined) out.push(breach);
  }
  return out;
}

/** Every breach of the blend rules (and eligibility) by the result's allocations, own revenue and guarantees. */
export function ruleBreaches(ctx: CheckContext, cells: readonly Cell[], extras: Extras): Breach[] {
  return [
    ...eligibility(cells, ctx.tolerance),
    ...cover(cells, extras, ctx.tolerance),
    ...budget(ctx, cells),
    ...revolvingBudgets(ctx, cells),
    ...perPlan(ctx, cells),
    ...deMinimis(ctx, cells, extras),
    ...debtService(ctx, cells, extras),
    ...guaranteeBreaches(ctx, cells, extras),
  ];
}
