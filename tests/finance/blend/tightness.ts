// Issue 13 point 6: every rule the blend lists as holding funding back is tight in the
// reported allocation, exactly as its message says. `tightness` recomputes each listed
// rule from the result (allocations, own revenue, guarantees) with the checker's context
// helpers and says which bindings are not tight. Amounts are whole cents, so a rule is
// tight within 2 cents plus 2 cents per amount that goes into it.
import {
  buildContext,
  costIn,
  effectiveBudget,
  effectiveMaxPerPlan,
  euros,
  isEligible,
  planTotalCost,
  revenueAt,
  type CheckContext,
  type CheckPlan,
  type CheckStream,
} from '../../support/blend/check-context';
import { returnedPerEuro } from '../../support/blend/check-loans';
import type {
  Allocation,
  Binding,
  BlendRequest,
  BlendResult,
  GuaranteeUse,
  OwnRevenueUse,
} from '../../../src/finance/blend/types';
import { debtServicePerEuro } from '../../../src/finance/loans';
import { aidPerEuro, isSgeiAidFor } from '../../../src/finance/state-aid';
import type { CostCategory } from '../../../src/model/stream';
import type { Workspace } from '../../../src/model/workspace';

/** Cents a rule may miss its limit by: 2, plus 2 per amount (allocation, guarantee, own revenue) in it. */
export const slack = (amounts: number): number => 2 + 2 * amounts;

interface Sum {
  amount: number;
  count: number;
}

function sumOf<T extends { amount: number }>(rows: readonly T[]): Sum {
  return { amount: rows.reduce((s, r) => s + r.amount, 0), count: rows.length };
}

/** The English category names of the eligibility message (explain.ts), to read the message back. */
const CATEGORY_BY_NAME: Record<string, CostCategory> = {
  'capital costs': 'capex',
  'operating costs': 'opex',
  'personnel costs': 'personnel',
  'training costs': 'training',
  'housing costs': 'housing',
  'other costs': 'other',
};

const EUR = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'EUR' });
const eur = (cents: number) => EUR.format(cents / 100);

/** Cents from an English amount such as "€100,000.00". */
function readEuros(text: string): number {
  return Math.round(Number(text.replace(/[€,\s]/g, '')) * 100);
}

class Tightness {
  readonly ctx: CheckContext;
  private readonly blended: Set<string>;
  readonly allocations: Allocation[];
  readonly guarantees: GuaranteeUse[];
  readonly own: OwnRevenueUse[];

  constructor(
    workspace: Workspace,
    request: BlendRequest,
    readonly result: BlendResult,
  ) {
    this.ctx = buildContext(workspace, request, 1e-6);
    this.blended = new Set(this.ctx.plans.map((p) => p.id));
    this.allocations = result.allocations.filter((a) => this.blended.has(a.planId));
    this.guarantees = result.guarantees.filter((g) => this.blended.has(g.planId));
    this.own = result.ownRevenue.filter((u) => this.blended.has(u.planId));
  }

  plan(id: string | undefined): CheckPlan | undefined {
    return this.ctx.plans.find((p) => p.id === id);
  }

  stream(id: string | undefined): CheckStream | undefined {
    return id === undefined ? undefined : this.ctx.streams.get(id);
  }

  /** What a stream gives a plan: its allocations (locked ones included), or for a guarantee what it backs. */
  planStream(planId: string, stream: CheckStream): Sum {
    if (stream.kind === 'guarantee')
      return sumOf(this.guarantees.filter((g) => g.planId === planId && g.streamId === stream.id));
    return sumOf(this.allocations.filter((a) => a.planId === planId && a.streamId === stream.id));
  }

  /** What a stream pays out (or guarantees) in a year over the blended plans. */
  streamYear(stream: CheckStream, year: number): Sum {
    if (stream.kind === 'guarantee')
      return sumOf(this.guarantees.filter((g) => g.streamId === stream.id && g.year === year));
    return sumOf(this.allocations.filter((a) => a.streamId === stream.id && a.year === year));
  }

  /** Why a binding is not tight, or undefined when it is. */
  check(b: Binding): string | undefined {
    switch (b.rule) {
      case 'budget':
        return this.budget(b);
      case 'maxPerPlan':
      case 'maxShareOfPlan':
        return this.cap(b);
      case 'minAward':
        return this.minAward(b);
      case 'matching':
        return this.matching(b);
      case 'deMinimis':
      case 'sgeiDeMinimis':
        return this.deMinimis(b);
      case 'debtService':
        return this.debtService(b);
      case 'guarantee':
        return this.guarantee(b);
      case 'eligibility':
        return this.eligibility(b);
      case 'cover':
        return this.cover(b);
    }
  }

  private budget(b: Binding): string | undefined {
    const stream = this.stream(b.streamId);
    if (stream === undefined || b.year === undefined) return 'names no stream and year';
    const limit = effectiveBudget(this.ctx, stream, b.year);
    if (limit === undefined) return `stream ${stream.id} has no budget`;
    if (stream.revolving && stream.loan !== undefined) return this.revolving(stream, b.year);
    const paid = this.streamYear(stream, b.year);
    if (paid.amount >= limit - slack(paid.count)) return undefined;
    return `stream ${stream.id} pays out ${euros(paid.amount)} in ${b.year}, below its budget of ${euros(limit)}`;
  }

  /**
   * A revolving fund's budget is used up in year t when its own budget is spent that year
   * and the returned money is all lent again by then or by a later year (it was kept for
   * that year), or when the returned money that came back before t is all lent by t.
   * Relending is the least each year needs (draws beyond the year's budget), as the checker has it.
   */
  private revolving(stream: CheckStream, year: number): string | undefined {
    const rows = this.allocations.filter((a) => a.streamId === stream.id);
    const drawn = new Map<number, number>();
    for (const a of rows) drawn.set(a.year, (drawn.get(a.year) ?? 0) + a.amount);
    const budgetIn = (y: number) => effectiveBudget(this.ctx, stream, y) ?? Infinity;
    const tol = slack(rows.length);
    const last = Math.max(year, ...this.ctx.plans.map((p) => p.startYear + p.years - 1));
    const first = Math.min(year, ...drawn.keys());
    let need = 0;
    let back = 0;
    const exhausted = new Map<number, { exhausted: boolean; back: number }>();
    for (let y = first; y <= last; y++) {
      for (const [d, amount] of drawn) back += amount * returnedPerEuro(stream, y - 1 - d);
      need += Math.max(0, (drawn.get(y) ?? 0) - budgetIn(y));
      exhausted.set(y, { exhausted: need >= back - tol, back });
    }
    const here = exhausted.get(year)!;
    if (here.back > tol && here.exhausted) return undefined;
    const draw = drawn.get(year) ?? 0;
    const laterExhausted = [...exhausted].some(([y, e]) => y >= year && e.exhausted);
    if (draw >= budgetIn(year) - tol && laterExhausted) return undefined;
    return `revolving stream ${stream.id} lends ${euros(draw)} in ${year} against its budget of ${euros(budgetIn(year))}, and ${euros(here.back - Math.min(need, here.back))} of returned money is never lent again`;
  }

  private cap(b: Binding): string | undefined {
    const stream = this.stream(b.streamId);
    const plan = this.plan(b.planId);
    if (stream === undefined || plan === undefined) return 'names no plan and stream';
    const limit =
      b.rule === 'maxPerPlan'
        ? effectiveMaxPerPlan(this.ctx, stream)
        : stream.maxShareOfPlan === undefined
          ? undefined
          : stream.maxShareOfPlan * planTotalCost(plan);
    if (limit === undefined) return `stream ${stream.id} has no ${b.rule}`;
    const given = this.planStream(plan.id, stream);
    if (given.amount < limit - slack(given.count))
      return `stream ${stream.id} gives plan ${plan.id} ${euros(given.amount)}, below its ${b.rule} of ${euros(limit)}`;
    // "gives at most €30,000.00 per plan": the limit the message names is the one that holds.
    const said = /gives at most (€[\d,.]+) per plan/.exec(b.message);
    if (b.rule === 'maxPerPlan' && said !== null && Math.abs(readEuros(said[1]!) - limit) > 1)
      return `the message names a limit of ${said[1]!}, the rule's is ${eur(limit)}`;
    return undefined;
  }

  private minAward(b: Binding): string | undefined {
    const stream = this.stream(b.streamId);
    const plan = this.plan(b.planId);
    if (stream === undefined || plan === undefined) return 'names no plan and stream';
    if (stream.minAward === undefined) return `stream ${stream.id} has no minimum award`;
    const given = this.planStream(plan.id, stream);
    if (given.amount === 0) return undefined;
    return `stream ${stream.id} gives plan ${plan.id} ${euros(given.amount)}, not nothing`;
  }

  private matching(b: Binding): string | undefined {
    const stream = this.stream(b.streamId);
    const plan = this.plan(b.planId);
    if (stream === undefined || plan === undefined) return 'names no plan and stream';
    if (stream.matching === undefined) return `stream ${stream.id} asks no matching`;
    const given = this.planStream(plan.id, stream);
    const privateRows = this.allocations.filter(
      (a) => a.planId === plan.id && this.stream(a.streamId)?.public === false,
    );
    const priv = sumOf(privateRows);
    const limit = stream.matching * priv.amount;
    const tol = slack(given.count + priv.count * Math.max(1, stream.matching));
    if (given.amount >= limit - tol) return undefined;
    return `stream ${stream.id} gives plan ${plan.id} ${euros(given.amount)}, below ${stream.matching} x ${euros(priv.amount)} of non-public money`;
  }

  private deMinimis(b: Binding): string | undefined {
    const coop = b.cooperativeId === undefined ? undefined : this.ctx.cooperatives.get(b.cooperativeId);
    if (coop === undefined || b.year === undefined) return 'names no cooperative and year';
    const sgeiRule = b.rule === 'sgeiDeMinimis';
    if (sgeiRule && !coop.sgei) return `cooperative ${coop.id} has no SGEI`;
    const settings = this.ctx.workspace.settings.deMinimis;
    const from = b.year;
    const inWindow = (y: number) => y >= from && y < from + settings.periodYears;
    const counts = (stream: CheckStream) => sgeiRule || !isSgeiAidFor(stream, coop);
    const prior = coop.priorStateAid
      .filter((a) => inWindow(a.year) && (sgeiRule || !a.sgei))
      .reduce((s, a) => s + a.amount, 0);
    let aid = 0;
    let count = 0;
    const plans = new Set(this.ctx.plans.filter((p) => p.cooperativeId === coop.id).map((p) => p.id));
    for (const row of [...this.allocations, ...this.guarantees]) {
      const stream = this.stream(row.streamId);
      if (stream === undefined || !plans.has(row.planId) || !inWindow(row.year) || !counts(stream)) continue;
      const perEuro = aidPerEuro(stream, settings);
      if (perEuro <= 0) continue;
      aid += row.amount * perEuro;
      count++;
    }
    const ceiling = sgeiRule ? settings.sgeiCeiling : settings.ceiling;
    if (prior + aid >= ceiling - slack(count)) return undefined;
    return `${b.rule} of cooperative ${coop.id} in ${from}-${from + settings.periodYears - 1}: ${euros(prior)} received before plus ${euros(aid)} from the blend, below the ceiling of ${euros(ceiling)}`;
  }

  private debtService(b: Binding): string | undefined {
    const plan = this.plan(b.planId);
    if (plan === undefined || b.year === undefined) return 'names no plan and year';
    const year = b.year;
    let service = 0;
    let count = 0;
    for (const a of this.allocations) {
      const loan = this.stream(a.streamId)?.loan;
      if (a.planId !== plan.id || loan === undefined) continue;
      const factor = debtServicePerEuro(loan).find((f) => f.offset === year - a.year)?.factor ?? 0;
      if (factor === 0) continue;
      service += a.amount * factor;
      count++;
    }
    const ownRows = this.own.filter((u) => u.planId === plan.id && u.year === year);
    const own = sumOf(ownRows);
    const revenue = revenueAt(plan, year);
    const minDscr = this.ctx.workspace.settings.minDscr;
    const tol = slack(count + own.count) * Math.max(1, minDscr);
    if (minDscr * service >= revenue - own.amount - tol) return undefined;
    return `plan ${plan.id} pays ${euros(service)} of debt service in ${year}; at DSCR ${minDscr} its revenue of ${euros(revenue)} less ${euros(own.amount)} of own revenue spent carries ${euros((revenue - own.amount) / minDscr)}`;
  }

  private guarantee(b: Binding): string | undefined {
    const loan = this.stream(b.streamId);
    const plan = this.plan(b.planId);
    if (loan === undefined || plan === undefined || b.year === undefined)
      return 'names no plan, loan and year';
    const required = loan.loan?.guaranteeRequired;
    if (required === undefined || required <= 0) return `loan ${loan.id} requires no guarantee`;
    const draw = sumOf(
      this.allocations.filter((a) => a.planId === plan.id && a.streamId === loan.id && a.year === b.year),
    );
    const backed = sumOf(
      this.guarantees.filter((g) => g.planId === plan.id && g.loanStreamId === loan.id && g.year === b.year),
    );
    if (required * draw.amount >= backed.amount - slack(draw.count + backed.count)) return undefined;
    return `loan ${loan.id} lends plan ${plan.id} ${euros(draw.amount)} in ${b.year}; the ${euros(backed.amount)} guaranteed allows ${euros(backed.amount / required)}`;
  }

  /** Per category of the plan year that no paying stream may pay: what the result leaves unpaid. */
  uncoverable(plan: CheckPlan, year: number): Map<CostCategory, number> {
    const coop = this.ctx.cooperatives.get(plan.cooperativeId);
    const paying = [...this.ctx.streams.values()].filter((s) => s.kind !== 'guarantee');
    const out = new Map<CostCategory, number>();
    for (const line of plan.costs) {
      const cost = costIn(line, year);
      if (cost <= 0 || paying.some((s) => isEligible(s, coop, line, year))) continue;
      const paid = [...this.allocations, ...this.own]
        .filter((r) => r.planId === plan.id && r.costId === line.id && r.year === year)
        .reduce((s, r) => s + r.amount, 0);
      out.set(line.category, (out.get(line.category) ?? 0) + cost - paid);
    }
    return out;
  }

  private eligibility(b: Binding): string | undefined {
    const plan = this.plan(b.planId);
    if (plan === undefined || b.year === undefined) return 'names no plan and year';
    const open = this.uncoverable(plan, b.year);
    // "€60,000.00 of capital costs in 2026 of ...": the amount and category the message names.
    const said = /^(€[\d,.]+) of (.+?) in \d{4} of /.exec(b.message);
    if (said !== null) {
      const category = CATEGORY_BY_NAME[said[2]!];
      const left = category === undefined ? undefined : open.get(category);
      if (left === undefined)
        return `the message names ${said[2]!}, which are not costs no stream may pay in ${b.year}`;
      if (Math.abs(left - readEuros(said[1]!)) > slack(0))
        return `the message says ${said[1]!} of ${said[2]!} is unpaid, the result leaves ${eur(left)}`;
      return undefined;
    }
    if ([...open.values()].some((left) => left > 0)) return undefined;
    return `plan ${plan.id} has no unpaid cost in ${b.year} that no stream may pay`;
  }

  /** Cover is only ever broken by locks; listed as holding money back, some line of the plan year must be fully paid. */
  private cover(b: Binding): string | undefined {
    const plan = this.plan(b.planId);
    if (plan === undefined || b.year === undefined) return 'names no plan and year';
    const year = b.year;
    const full = plan.costs.some((line) => {
      const rows = [...this.allocations, ...this.own].filter(
        (r) => r.planId === plan.id && r.costId === line.id && r.year === year,
      );
      const cost = costIn(line, year);
      return cost > 0 && sumOf(rows).amount >= cost - slack(rows.length);
    });
    return full ? undefined : `no cost line of plan ${plan.id} is fully paid in ${year}`;
  }
}

function where(b: Binding): string {
  const ids = [b.planId, b.streamId, b.cooperativeId, b.year].filter((x) => x !== undefined);
  return `${b.rule} (${ids.join(', ')})`;
}

/**
 * A message for every rule the result lists as holding funding back (valuePerEuro > 0,
 * or an eligibility gap, and not broken by locks) that is not tight in the result.
 */
export function tightness(workspace: Workspace, request: BlendRequest, result: BlendResult): string[] {
  const t = new Tightness(workspace, request, result);
  const out: string[] = [];
  for (const b of result.binding) {
    if (b.brokenByLock === true) continue;
    if (b.rule !== 'eligibility' && !(b.valuePerEuro > 0)) continue;
    const why = t.check(b);
    if (why !== undefined) out.push(`${where(b)} is listed as binding but is not tight: ${why}`);
  }
  return out;
}
