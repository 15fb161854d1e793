// Own revenue and debt service (blend-semantics sections 1 and 2): a plan spends at
// most the revenue of a year on its costs, and what it does not spend services its
// loans at the minimum DSCR.
import type { Breach } from './check-breach';
import { upper } from './check-breach';
import { euros, revenueAt, type Cell, type CheckContext, type Extras, type Violation } from './check-context';
import { repaymentsPerEuro } from './check-loans';

function ownByYear(extras: Extras): Map<string, number> {
  const out = new Map<string, number>();
  for (const u of extras.own) {
    const key = `${u.plan.id}\u0000${u.year}`;
    out.set(key, (out.get(key) ?? 0) + u.amount);
  }
  return out;
}

/** Own revenue used in a plan year never exceeds that year's revenue. */
export function ownRevenueViolations(ctx: CheckContext, extras: Extras): Violation[] {
  const out: Violation[] = [];
  const used = ownByYear(extras);
  for (const plan of ctx.plans) {
    for (let year = plan.startYear; year < plan.startYear + plan.years; year++) {
      const amount = used.get(`${plan.id}\u0000${year}`) ?? 0;
      const revenue = plan.revenues[String(year)] ?? 0;
      if (amount <= revenue + ctx.tolerance) continue;
      out.push({
        rule: 'ownRevenue',
        planId: plan.id,
        year,
        message: `plan ${plan.id} pays ${euros(amount)} of its costs in ${year} from own revenue, but earns ${euros(revenue)}`,
        excess: amount - revenue,
      });
    }
  }
  return out;
}

/**
 * Rule debtService: minDscr x debt service <= revenue - own revenue used that year
 * (none after the plan), in real arithmetic. Own revenue spent in a year whose debt
 * service the locks alone already push over the limit makes it worse: beyond the locks.
 */
export function debtService(ctx: CheckContext, cells: readonly Cell[], extras: Extras): Breach[] {
  const out: Breach[] = [];
  const byPlan = new Map<string, Map<number, { amount: number; locked: number }>>();
  for (const c of cells) {
    if (c.stream.loan === undefined) continue;
    const years = byPlan.get(c.plan.id) ?? new Map<number, { amount: number; locked: number }>();
    // Interest plus principal of each year: interest only in grace years, then the annuity.
    for (const { offset, interest, principal } of repaymentsPerEuro(c.stream.loan)) {
      const factor = interest + principal;
      const due = years.get(c.year + offset) ?? { amount: 0, locked: 0 };
      due.amount += c.amount * factor;
      due.locked += c.locked * factor;
      years.set(c.year + offset, due);
    }
    byPlan.set(c.plan.id, years);
  }
  const used = ownByYear(extras);
  const minDscr = ctx.workspace.settings.minDscr;
  for (const plan of ctx.plans) {
    for (const [year, due] of [...(byPlan.get(plan.id) ?? [])].sort(([a], [b]) => a - b)) {
      const revenue = revenueAt(plan, year);
      const own = used.get(`${plan.id}\u0000${year}`) ?? 0;
      const limit = (revenue - own) / minDscr;
      const tol = ctx.tolerance * Math.max(1, revenue / minDscr);
      const describe = `loan payments of plan ${plan.id} in ${year} (revenue ${euros(revenue)}, of which ${euros(own)} pays costs; minimum DSCR ${minDscr})`;
      const breach = upper(
        'debtService',
        { planId: plan.id, year },
        due.amount,
        due.locked,
        limit,
        tol,
        describe,
      );
      if (breach === undefined) continue;
      out.push({ ...breach, beyondLocks: breach.beyondLocks || own > ctx.tolerance });
    }
  }
  return out;
}
