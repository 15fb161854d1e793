// Guarantees (blend-semantics section 5): a guarantee backs at most its share of a loan
// draw it may back, a loan that requires a guarantee is lent only as far as guarantees
// back it, and a guarantee's budget and per-plan caps hold like any stream's.
import { upper, type Breach } from './check-breach';
import {
  effectiveBudget,
  effectiveMaxPerPlan,
  euros,
  isAvailable,
  planTotalCost,
  type Cell,
  type CheckContext,
  type Extras,
  type GuaranteeCell,
} from './check-context';

function add<K>(map: Map<K, number>, key: K, amount: number): void {
  map.set(key, (map.get(key) ?? 0) + amount);
}

function eligibility(ctx: CheckContext, g: GuaranteeCell): Breach | undefined {
  const terms = g.guarantee.guarantee;
  const years = g.guarantee.years;
  let why: string | undefined;
  if (terms === undefined || !terms.backs.includes(g.loan.id)) why = `does not back loan ${g.loan.id}`;
  else if (!isAvailable(g.guarantee, g.cooperative))
    why = `is not open to cooperative ${g.plan.cooperativeId}`;
  else if (years !== undefined && (g.year < years[0] || g.year > years[1])) why = `does not run in ${g.year}`;
  if (why === undefined) return undefined;
  return {
    rule: 'eligibility',
    place: { planId: g.plan.id, streamId: g.guarantee.id, year: g.year },
    message: `guarantee ${g.guarantee.id} ${why} (plan ${g.plan.id})`,
    excess: g.amount,
    beyondLocks: g.amount > ctx.tolerance,
  };
}

/** Share and required cover per plan, loan and draw year (rule guarantee). */
function cover(ctx: CheckContext, cells: readonly Cell[], extras: Extras): Breach[] {
  const out: Breach[] = [];
  const tol = ctx.tolerance;
  const draws = new Map<string, { amount: number; locked: number; cell: Cell }>();
  for (const c of cells) {
    if (c.stream.loan === undefined) continue;
    const key = `${c.plan.id}\u0000${c.stream.id}\u0000${c.year}`;
    const d = draws.get(key) ?? { amount: 0, locked: 0, cell: c };
    d.amount += c.amount;
    d.locked += c.locked;
    draws.set(key, d);
  }
  const backed = new Map<string, number>();
  const byGuarantee = new Map<string, { amount: number; g: GuaranteeCell }>();
  for (const g of extras.guarantees) {
    const key = `${g.plan.id}\u0000${g.loan.id}\u0000${g.year}`;
    add(backed, key, g.amount);
    const one = byGuarantee.get(`${key}\u0000${g.guarantee.id}`) ?? { amount: 0, g };
    one.amount += g.amount;
    byGuarantee.set(`${key}\u0000${g.guarantee.id}`, one);
  }
  for (const { amount, g } of byGuarantee.values()) {
    const draw = draws.get(`${g.plan.id}\u0000${g.loan.id}\u0000${g.year}`)?.amount ?? 0;
    const share = g.guarantee.guarantee?.share ?? 0;
    const place = { planId: g.plan.id, streamId: g.loan.id, year: g.year };
    const describe = `guarantee ${g.guarantee.id} backs plan ${g.plan.id}'s ${g.year} draw of ${euros(draw)} from loan ${g.loan.id} (at most ${share} of it)`;
    // A guarantee is never locked: any excess is the blend's. In whole cents it may be its
    // share rounded up to the cent (docs/blend.md): a 50 % guarantee of an odd draw cannot
    // be exactly half of it.
    const most = ctx.wholeCents ? Math.ceil(share * draw - 1e-6) : share * draw;
    const breach = upper('guarantee', place, amount, 0, most, tol, describe);
    if (breach !== undefined) out.push(breach);
  }
  for (const [key, d] of draws) {
    const required = d.cell.stream.loan?.guaranteeRequired ?? 0;
    const have = backed.get(key) ?? 0;
    if (required * d.amount <= have + tol) continue;
    const c = d.cell;
    out.push({
      rule: 'guarantee',
      place: { planId: c.plan.id, streamId: c.stream.id, year: c.year },
      message: `loan ${c.stream.id} lends plan ${c.plan.id} ${euros(d.amount)} in ${c.year} with ${euros(have)} guaranteed; it requires ${required} of the draw (${euros(required * d.amount)})`,
      excess: required * d.amount - have,
      beyondLocks: d.amount > d.locked + tol,
    });
  }
  return out;
}

/** A guarantee's budget per year, and its cap and share per plan, on what it backs. */
function limits(ctx: CheckContext, extras: Extras): Breach[] {
  const out: Breach[] = [];
  const perYear = new Map<string, { amount: number; g: GuaranteeCell }>();
  const perPlan = new Map<string, { amount: number; g: GuaranteeCell }>();
  for (const g of extras.guarantees) {
    for (const [map, key] of [
      [perYear, `${g.guarantee.id}\u0000${g.year}`],
      [perPlan, `${g.guarantee.id}\u0000${g.plan.id}`],
    ] as const) {
      const sum = map.get(key) ?? { amount: 0, g };
      sum.amount += g.amount;
      map.set(key, sum);
    }
  }
  const tol = ctx.tolerance;
  for (const { amount, g } of perYear.values()) {
    const limit = effectiveBudget(ctx, g.guarantee, g.year);
    if (limit === undefined) continue;
    const describe = `guarantee ${g.guarantee.id} backs loans in ${g.year}`;
    const breach = upper(
      'budget',
      { streamId: g.guarantee.id, year: g.year },
      amount,
      0,
      limit,
      tol,
      describe,
    );
    if (breach !== undefined) out.push(breach);
  }
  for (const { amount, g } of perPlan.values()) {
    const place = { planId: g.plan.id, streamId: g.guarantee.id };
    const what = `guarantee ${g.guarantee.id} backs plan ${g.plan.id}`;
    const cap = effectiveMaxPerPlan(ctx, g.guarantee);
    const share = g.guarantee.maxShareOfPlan;
    const breaches = [
      cap === undefined ? undefined : upper('maxPerPlan', place, amount, 0, cap, tol, what),
      share === undefined
        ? undefined
        : upper('maxShareOfPlan', place, amount, 0, share * planTotalCost(g.plan), tol, what),
    ];
    for (const b of breaches) if (b !== undefined) out.push(b);
  }
  return out;
}

export function guaranteeBreaches(ctx: CheckContext, cells: readonly Cell[], extras: Extras): Breach[] {
  const out: Breach[] = [];
  for (const g of extras.guarantees) {
    const breach = eligibility(ctx, g);
    if (breach !== undefined) out.push(breach);
  }
  return [...out, ...cover(ctx, cells, extras), ...limits(ctx, extras)];
}
