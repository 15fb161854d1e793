// De minimis as gross grant equivalent (blend-semantics section 3): state aid counts in
// the year of the draw, loans and guarantees by their grant equivalent, and an SGEI
// cooperative has a second, higher ceiling for general and SGEI aid together.
import type { Breach } from './check-breach';
import { euros, type Cell, type CheckContext, type Extras } from './check-context';
import { grantEquivalentPerEuro, guaranteeGrantEquivalent } from './check-loans';
import type { BlendRule } from '../../../src/finance/blend/types';

/**
 * Relative slack on aid measured with a real-valued grant equivalent: a loan's GGE is a
 * sum of discounted terms, and implementations that add them in another order differ in
 * the last digits (about 1e-9 of the amount); grants count exactly and get none.
 */
const GGE_RELATIVE_SLACK = 1e-7;

interface Aid {
  year: number;
  /** Gross grant equivalent in cents. */
  amount: number;
  /** Gross grant equivalent of the locked part. */
  locked: number;
  sgei: boolean;
  /** Cents the window may exceed its ceiling by for rounding in the grant equivalent. */
  slack: number;
}

function aidOf(ctx: CheckContext, cells: readonly Cell[], extras: Extras, coopId: string): Aid[] {
  const { referenceRate, discountRate } = ctx.workspace.settings.deMinimis;
  const sgeiCoop = ctx.cooperatives.get(coopId)?.sgei === true;
  const out: Aid[] = [];
  for (const c of cells) {
    if (!c.stream.stateAid || c.plan.cooperativeId !== coopId) continue;
    const perEuro = grantEquivalentPerEuro(c.stream, referenceRate, discountRate);
    const sgei = sgeiCoop && c.stream.sgei;
    const slack = perEuro === 1 ? 0 : c.amount * perEuro * GGE_RELATIVE_SLACK;
    out.push({ year: c.year, amount: c.amount * perEuro, locked: c.locked * perEuro, sgei, slack });
  }
  for (const g of extras.guarantees) {
    const terms = g.guarantee.guarantee;
    if (!g.guarantee.stateAid || terms === undefined || g.plan.cooperativeId !== coopId) continue;
    const amount = g.amount * guaranteeGrantEquivalent(terms.termYears);
    out.push({
      year: g.year,
      amount,
      locked: 0,
      sgei: sgeiCoop && g.guarantee.sgei,
      slack: amount * GGE_RELATIVE_SLACK,
    });
  }
  return out;
}

/**
 * One ceiling over every window of `periodYears` holding prior aid or aid from the
 * blend. Where prior aid alone exceeds it and the blend adds nothing, the breach is
 * history the blend cannot change: it may be reported (as broken by fixed amounts) but
 * need not be.
 */
function windows(
  ctx: CheckContext,
  rule: BlendRule,
  coopId: string,
  aid: readonly Aid[],
  prior: readonly { year: number; amount: number }[],
  ceiling: number,
): Breach[] {
  const out: Breach[] = [];
  const { periodYears } = ctx.workspace.settings.deMinimis;
  const starts = new Set<number>();
  for (const y of [...prior.map((p) => p.year), ...aid.map((a) => a.year)])
    for (let w = y - periodYears + 1; w <= y; w++) starts.add(w);
  for (const w of [...starts].sort((a, b) => a - b)) {
    const inWindow = (year: number) => year >= w && year < w + periodYears;
    const priorSum = prior.filter((p) => inWindow(p.year)).reduce((s, p) => s + p.amount, 0);
    const within = aid.filter((a) => inWindow(a.year));
    const amount = within.reduce((s, a) => s + a.amount, 0);
    const locked = within.reduce((s, a) => s + a.locked, 0);
    const tol = ctx.tolerance + within.reduce((s, a) => s + a.slack, 0);
    if (priorSum + amount <= ceiling + tol) continue;
    const what = rule === 'sgeiDeMinimis' ? 'general and SGEI de minimis aid' : 'de minimis aid';
    out.push({
      rule,
      place: { cooperativeId: coopId, year: w },
      message: `${what} to cooperative ${coopId} in ${w}-${w + periodYears - 1} (gross grant equivalent): ${euros(priorSum)} received before plus ${euros(amount)} from the blend exceeds the ceiling of ${euros(ceiling)}`,
      excess: priorSum + amount - ceiling,
      beyondLocks: amount > Math.max(ceiling - priorSum, locked) + tol,
      quiet: amount <= tol,
    });
  }
  return out;
}

/** Rules deMinimis (general aid) and sgeiDeMinimis (general plus SGEI aid, SGEI cooperatives only). */
export function deMinimis(ctx: CheckContext, cells: readonly Cell[], extras: Extras): Breach[] {
  const { ceiling, sgeiCeiling } = ctx.workspace.settings.deMinimis;
  const out: Breach[] = [];
  for (const coopId of new Set(ctx.plans.map((p) => p.cooperativeId))) {
    const cooperative = ctx.cooperatives.get(coopId);
    const prior = cooperative?.priorStateAid ?? [];
    const aid = aidOf(ctx, cells, extras, coopId);
    out.push(
      ...windows(
        ctx,
        'deMinimis',
        coopId,
        aid.filter((a) => !a.sgei),
        prior.filter((p) => !p.sgei),
        ceiling,
      ),
    );
    if (cooperative?.sgei === true)
      out.push(...windows(ctx, 'sgeiDeMinimis', coopId, aid, prior, sgeiCeiling));
  }
  return out;
}
