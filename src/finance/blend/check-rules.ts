// Rules 1-7 of spec section 6, measured on the result's allocations. Each breach also
// says whether it goes beyond what the locked amounts alone force, so that a breach
// reported as "broken by lock" can be told apart from one the optimiser made worse.
import { debtServicePerEuro } from '../loans';
import {
  costIn,
  effectiveBudget,
  effectiveMaxPerPlan,
  euros,
  isEligible,
  planTotalCost,
  revenueAt,
  sumBy,
  type Cell,
  type CheckContext,
  type Place,
} from './check-context';
import type { BlendRule } from './types';

export interface Breach {
  rule: BlendRule;
  place: Place;
  message: string;
  /** Cents over the limit. */
  excess: number;
  /** True when the breach is larger than the locked amounts alone would make it. */
  beyondLocks: boolean;
  /** A breach the blend did not cause (prior aid alone): acceptable reported or not. */
  quiet?: boolean;
}

/** An upper limit: broken above `limit`; beyond the locks when above max(limit, locked value). */
function upper(
  rule: BlendRule,
  place: Place,
  value: number,
  lockedValue: number,
  limit: number,
  tolerance: number,
  describe: string,
): Breach | undefined {
  if (value <= limit + tolerance) return undefined;
  return {
    rule,
    place,
    message: `${describe}: ${euros(value)} exceeds the limit of ${euros(limit)}`,
    excess: value - limit,
    beyondLocks: value > Math.max(limit, lockedValue) + tolerance,
  };
}

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

function cover(cells: readonly Cell[], tol: number): Breach[] {
  const out: Breach[] = [];
  const groups = sumBy(cells, (c) => `${c.plan.id}\u0000${c.cost.id}\u0000${c.year}`);
  for (const { amount, locked, first: c } of groups.values()) {
    const place = { planId: c.plan.id, costId: c.cost.id, year: c.year };
    const limit = costIn(c.cost, c.year);
    const breach = upper(
      'cover',
      place,
      amount,
      locked,
      limit,
      tol,
      `cost line ${c.cost.id} of plan ${c.plan.id} in ${c.year} is paid`,
    );
    if (breach !== undefined) out.push(breach);
  }
  return out;
}

function budget(ctx: CheckContext, cells: readonly Cell[]): Breach[] {
  const out: Breach[] = [];
  for (const { amount, locked, first: c } of sumBy(cells, (c) => `${c.stream.id}\u0000${c.year}`).values()) {
    const limit = effectiveBudget(ctx, c.stream, c.year);
    if (limit === undefined) continue;
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
    if (minAward !== undefined && amount > tol && amount < minAward - tol) {
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

/**
 * Rule 6, literally: prior aid in the window plus the blend's state aid there stays
 * within the ceiling, for every window holding a prior-aid or allocation year. Where
 * prior aid alone exceeds it and the blend adds nothing, the breach is history the
 * blend cannot change: it may be reported (as broken by fixed amounts) but need not be.
 */
function deMinimis(ctx: CheckContext, cells: readonly Cell[]): Breach[] {
  const out: Breach[] = [];
  const tol = ctx.tolerance;
  const { ceiling, periodYears } = ctx.workspace.settings.deMinimis;
  for (const coopId of new Set(ctx.plans.map((p) => p.cooperativeId))) {
    const prior = ctx.cooperatives.get(coopId)?.priorStateAid ?? [];
    const aid = cells.filter((c) => c.stream.stateAid && c.plan.cooperativeId === coopId);
    const years = new Set([...prior.map((p) => p.year), ...aid.map((c) => c.year)]);
    const starts = new Set<number>();
    for (const y of years) for (let w = y - periodYears + 1; w <= y; w++) starts.add(w);
    for (const w of [...starts].sort((a, b) => a - b)) {
      const inWindow = (year: number) => year >= w && year < w + periodYears;
      const priorSum = prior.filter((p) => inWindow(p.year)).reduce((s, p) => s + p.amount, 0);
      const within = aid.filter((c) => inWindow(c.year));
      const amount = within.reduce((s, c) => s + c.amount, 0);
      const locked = within.reduce((s, c) => s + c.locked, 0);
      if (priorSum + amount <= ceiling + tol) continue;
      out.push({
        rule: 'deMinimis',
        place: { cooperativeId: coopId, year: w },
        message: `state aid to cooperative ${coopId} in ${w}-${w + periodYears - 1}: ${euros(priorSum)} received before plus ${euros(amount)} from the blend exceeds the ceiling of ${euros(ceiling)}`,
        excess: priorSum + amount - ceiling,
        beyondLocks: amount > Math.max(ceiling - priorSum, locked) + tol,
        quiet: amount <= tol,
      });
    }
  }
  return out;
}

/** Rule 7: loan payments per plan and year against revenue / minDscr (real arithmetic). */
function debtService(ctx: CheckContext, cells: readonly Cell[]): Breach[] {
  const out: Breach[] = [];
  const byPlan = new Map<string, Map<number, { amount: number; locked: number }>>();
  for (const c of cells) {
    if (c.stream.loan === undefined) continue;
    const years = byPlan.get(c.plan.id) ?? new Map<number, { amount: number; locked: number }>();
    for (const { offset, factor } of debtServicePerEuro(c.stream.loan)) {
      const due = years.get(c.year + offset) ?? { amount: 0, locked: 0 };
      due.amount += c.amount * factor;
      due.locked += c.locked * factor;
      years.set(c.year + offset, due);
    }
    byPlan.set(c.plan.id, years);
  }
  const minDscr = ctx.workspace.settings.minDscr;
  for (const plan of ctx.plans) {
    for (const [year, due] of [...(byPlan.get(plan.id) ?? [])].sort(([a], [b]) => a - b)) {
      const revenue = revenueAt(plan, year);
      const limit = revenue / minDscr;
      const tol = ctx.tolerance * Math.max(1, limit);
      const describe = `loan payments of plan ${plan.id} in ${year} (revenue ${euros(revenue)}, minimum DSCR ${minDscr})`;
      const breach = upper(
        'debtService',
        { planId: plan.id, year },
        due.amount,
        due.locked,
        limit,
        tol,
        describe,
      );
      if (breach !== undefined) out.push(breach);
    }
  }
  return out;
}

/** Every breach of rules 1-7 (and eligibility) by the cells' allocations. */
export function ruleBreaches(ctx: CheckContext, cells: readonly Cell[]): Breach[] {
  return [
    ...eligibility(cells, ctx.tolerance),
    ...cover(cells, ctx.tolerance),
    ...budget(ctx, cells),
    ...perPlan(ctx, cells),
    ...deMinimis(ctx, cells),
    ...debtService(ctx, cells),
  ];
}
