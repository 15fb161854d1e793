import { lineKey, planStreamCap, type Formulation } from './formulation-model';
import { pairKey, yearKey } from './keys';
import type { Cooperative } from '../../model/cooperative';
import { returnedBefore } from './formulation-revolving';
import { GuaranteeBook } from './guarantee-book';
import { isSgeiAid, type BlendProblem, type StreamData } from './problem';

const EPS = 1e-6;

/** Whole cents that fit under a real-valued limit (a tiny tolerance absorbs solver noise). */
function wholeCents(room: number): number {
  return room === Infinity ? Infinity : Math.max(0, Math.floor(room + EPS));
}

/**
 * Running totals of an allocation in integer cents, with the room every rule leaves
 * for one more amount of a stream on a cost line. Rounding the solver's real-valued
 * blend to cents goes through here, so every rule keeps holding to the cent.
 */
export class Ledger {
  private readonly line = new Map<number, number>();
  private readonly streamYear = new Map<number, number>();
  private readonly planStream = new Map<number, number>();
  private readonly planPrivate = new Map<number, number>();
  /** General de minimis aid (gross grant equivalent), keyed by the cooperative's number in `cooperativeIndex`. */
  private readonly coopYear = new Map<number, number>();
  /** General and SGEI aid together, the same keys. */
  private readonly coopYearAll = new Map<number, number>();
  /** Debt service per plan and payment year, plus own revenue used that year / minDscr (see formulation-plan.ts). */
  private readonly planDebt = new Map<number, number>();
  /** Draws per revolving stream and year. */
  private readonly revolving = new Map<number, Map<number, number>>();
  /** Draws per plan, stream and year (for loans that need a guarantee). */
  private readonly planStreamYear = new Map<number, number>();
  private readonly cooperativeIndex = new Map<string, number>();
  /** Per plan and stream: min(maxPerPlan, maxShareOfPlan x cost), computed once. */
  private readonly caps = new Map<number, number>();

  /** The guarantees behind loans that require one, kept to the cent with the loans. */
  readonly guarantees: GuaranteeBook;

  /** @param guaranteeTargets The optimiser's guarantees (see `GuaranteeBook`). */
  constructor(
    private readonly problem: BlendProblem,
    private readonly f: Formulation,
    guaranteeTargets: ReadonlyMap<number, number> = new Map(),
  ) {
    this.guarantees = new GuaranteeBook(
      problem,
      {
        aidRoom: (planIndex, streamIndex, year) =>
          this.deMinimisRoom(problem.plans[planIndex]!.cooperative, problem.streams[streamIndex]!, year),
        recordAid: (planIndex, streamIndex, year, cents) =>
          this.recordAid(problem.plans[planIndex]!.cooperative, problem.streams[streamIndex]!, year, cents),
      },
      guaranteeTargets,
    );
    for (const plan of problem.plans) {
      if (!this.cooperativeIndex.has(plan.cooperative.id))
        this.cooperativeIndex.set(plan.cooperative.id, this.cooperativeIndex.size);
    }
    // Locks first take the guarantees the optimiser gave them, then any room left, so that
    // a budget too small for every plan's locks falls short where the optimiser said.
    this.guarantees.targetsOnly = true;
    for (const plan of problem.plans) {
      for (const lock of plan.locks) this.record(plan.index, lock.streamIndex, null, lock.year, lock.amount);
    }
    this.guarantees.targetsOnly = false;
    for (const plan of problem.plans) {
      for (const lock of plan.locks) {
        if (this.guarantees.required(lock.streamIndex) <= 0) continue;
        const k = yearKey(pairKey(plan.index, lock.streamIndex), lock.year);
        this.guarantees.settle(plan.index, lock.streamIndex, lock.year, this.planStreamYear.get(k)!);
      }
    }
  }

  private bump<K>(map: Map<K, number>, key: K, delta: number) {
    map.set(key, (map.get(key) ?? 0) + delta);
  }

  /** Adds (or with a negative amount removes) cents; `costId` null for locked amounts, which use no open cost. */
  record(planIndex: number, streamIndex: number, costId: string | null, year: number, cents: number): void {
    const plan = this.problem.plans[planIndex]!;
    const s = this.problem.streams[streamIndex]!;
    if (costId !== null) this.bump(this.line, lineKey(plan, costId, year), cents);
    this.bump(this.streamYear, yearKey(streamIndex, year), cents);
    this.bump(this.planStream, pairKey(planIndex, streamIndex), cents);
    if (s.isPrivate) this.bump(this.planPrivate, planIndex, cents);
    // The loan's own aid before its guarantees settle: they share the de minimis room.
    if (s.gge > 0) this.recordAid(plan.cooperative, s, year, cents);
    if (this.guarantees.required(streamIndex) > 0) {
      const k = yearKey(pairKey(planIndex, streamIndex), year);
      this.bump(this.planStreamYear, k, cents);
      this.guarantees.settle(planIndex, streamIndex, year, this.planStreamYear.get(k)!);
    }
    if (s.ownRevenue) this.bump(this.planDebt, yearKey(planIndex, year), cents / this.problem.minDscr);
    if (s.returns.length > 0) {
      let draws = this.revolving.get(streamIndex);
      if (draws === undefined) this.revolving.set(streamIndex, (draws = new Map()));
      this.bump(draws, year, cents);
    }
    for (const { offset, factor } of s.debtFactors)
      this.bump(this.planDebt, yearKey(planIndex, year + offset), cents * factor);
  }

  /** Cents by which the guarantees behind a plan's draw from a loan fall short of what it requires (0: backed). */
  unbacked(planIndex: number, streamIndex: number, year: number): number {
    if (this.guarantees.required(streamIndex) <= 0) return 0;
    const draw = this.planStreamYear.get(yearKey(pairKey(planIndex, streamIndex), year)) ?? 0;
    return this.guarantees.shortOf(planIndex, streamIndex, year, draw);
  }

  /**
   * The most of `wanted` cents that may be recorded on this cost line and year: `room`,
   * and for a loan that requires a guarantee, a trial. Guarantees are whole cents each
   * at most its share of the draw rounded up, so the draws they can back are not one
   * range (a draw a cent smaller can lack a cent of cover), and a loan's own aid and its
   * guarantees' aid share the de minimis room, which `room` judges one at a time.
   */
  fit(
    planIndex: number,
    streamIndex: number,
    costId: string,
    year: number,
    wanted: number,
    withMatching = true,
  ): number {
    const most = Math.min(wanted, this.room(planIndex, streamIndex, costId, year, withMatching));
    if (most <= 0) return 0;
    if (this.guarantees.required(streamIndex) <= 0) return most;
    const aidBefore = this.aidOver(planIndex, year);
    const fits = (cents: number) => {
      this.record(planIndex, streamIndex, costId, year, cents);
      const ok =
        this.unbacked(planIndex, streamIndex, year) === 0 && this.aidOver(planIndex, year) <= aidBefore;
      this.record(planIndex, streamIndex, costId, year, -cents);
      return ok;
    };
    // The gaps are a cent or two wide where a share's rounding up lags the requirement's;
    // the de minimis room shared with the guarantees is a range below its edge.
    for (let cents = most; cents > 0 && cents >= most - 3; cents--) if (fits(cents)) return cents;
    let low = 0;
    let high = most - 3;
    while (high - low > 1) {
      const mid = Math.floor((low + high) / 2);
      if (fits(mid)) low = mid;
      else high = mid;
    }
    return low;
  }

  /** Whole cents by which a stream's matching rule is exceeded for a plan (0 when it holds). */
  matchingExcess(planIndex: number, streamIndex: number): number {
    const m = this.problem.streams[streamIndex]!.stream.matching;
    if (m === undefined) return 0;
    const over = this.totalOf(planIndex, streamIndex) - m * (this.planPrivate.get(planIndex) ?? 0);
    return over > EPS ? Math.ceil(over - EPS) : 0;
  }

  totalOf(planIndex: number, streamIndex: number): number {
    return this.planStream.get(pairKey(planIndex, streamIndex)) ?? 0;
  }

  private coopYearKey(cooperativeId: string, year: number): number {
    return yearKey(this.cooperativeIndex.get(cooperativeId)!, year);
  }

  private capOf(plan: BlendProblem['plans'][number], s: BlendProblem['streams'][number]): number {
    const k = pairKey(plan.index, s.index);
    let cap = this.caps.get(k);
    if (cap === undefined) this.caps.set(k, (cap = planStreamCap(plan, s).cap));
    return cap;
  }

  /** The most whole cents of stream `streamIndex` that may still go to this cost line and year. */
  room(planIndex: number, streamIndex: number, costId: string, year: number, withMatching = true): number {
    const plan = this.problem.plans[planIndex]!;
    const s = this.problem.streams[streamIndex]!;
    const total = this.totalOf(planIndex, streamIndex);
    const line = lineKey(plan, costId, year);
    let room = wholeCents((this.f.freeLine.get(line) ?? 0) - (this.line.get(line) ?? 0));
    if (s.ownRevenue) {
      // Own revenue pays costs out of the cash flow that debt service needs: what is left of
      // revenue after minDscr x debt service (and without debt, simply what is left).
      const used = this.planDebt.get(yearKey(planIndex, year)) ?? 0;
      return Math.min(room, wholeCents(plan.revenueIn(year) - this.problem.minDscr * used));
    }
    room = Math.min(room, this.budgetRoom(s, year));
    room = Math.min(room, wholeCents(this.capOf(plan, s) - total));
    const m = s.stream.matching;
    if (m !== undefined && withMatching) {
      const privateTotal = this.planPrivate.get(planIndex) ?? 0;
      const slack = m * privateTotal - total;
      // A private stream with matching below 1 raises its own base by less than it adds.
      const perCent = s.isPrivate ? 1 - m : 1;
      if (perCent > 0) room = Math.min(room, wholeCents(slack / perCent));
    }
    if (s.gge > 0) room = Math.min(room, this.deMinimisRoom(plan.cooperative, s, year));
    for (const { offset, factor } of s.debtFactors) {
      if (factor <= 0) continue; // interest-only years of a 0 % loan pay nothing
      const limit = plan.revenueIn(year + offset) / this.problem.minDscr;
      room = Math.min(
        room,
        wholeCents((limit - (this.planDebt.get(yearKey(planIndex, year + offset)) ?? 0)) / factor),
      );
    }
    if (this.guarantees.required(streamIndex) > 0) {
      const draw = this.planStreamYear.get(yearKey(pairKey(planIndex, streamIndex), year)) ?? 0;
      room = this.guarantees.loanRoom(planIndex, streamIndex, year, draw, room);
    }
    return room;
  }

  private recordAid(cooperative: Cooperative, s: StreamData, year: number, cents: number): void {
    const k = this.coopYearKey(cooperative.id, year);
    this.bump(this.coopYearAll, k, cents * s.gge);
    if (!isSgeiAid(s, cooperative)) this.bump(this.coopYear, k, cents * s.gge);
  }

  /** Whole cents a stream may still pay out in `year`: its budget, and for a revolving fund what came back. */
  private budgetRoom(s: StreamData, year: number): number {
    const budget = s.budgetIn(year);
    const draws = this.revolving.get(s.index);
    if (s.returns.length === 0 || !Number.isFinite(budget))
      return wholeCents(budget - (this.streamYear.get(yearKey(s.index, year)) ?? 0));
    // Draws beyond a year's budget come from returned money, which must have come back
    // before (formulation-revolving.ts). What came back only grows with time, so the
    // years to check are this one and the later ones that already draw on returned money.
    const excessIn = (y: number) => Math.max(0, (draws?.get(y) ?? 0) - s.budgetIn(y));
    const years = [...(draws?.keys() ?? [])].sort((a, b) => a - b);
    let slack = Infinity;
    for (const t of [year, ...years.filter((y) => y > year && excessIn(y) > 0)]) {
      let back = 0;
      let excess = 0;
      for (const d of years) {
        if (d < t) back += (draws?.get(d) ?? 0) * returnedBefore(s, d, t);
        if (d <= t) excess += excessIn(d);
      }
      slack = Math.min(slack, back - excess);
    }
    const own = Math.max(0, budget - (draws?.get(year) ?? 0));
    return wholeCents(own + Math.max(0, slack));
  }

  /**
   * The year in which a revolving fund lends most beyond its budgets and the money that
   * came back before, with the cents it is over (null when every year holds). Locked draws
   * can leave a fund a fraction of a cent over once every other draw is whole.
   */
  revolvingOverdraw(streamIndex: number): { year: number; excess: number } | null {
    const s = this.problem.streams[streamIndex]!;
    const draws = this.revolving.get(streamIndex);
    if (s.returns.length === 0 || draws === undefined) return null;
    const years = [...draws.keys()].sort((a, b) => a - b);
    let worst: { year: number; excess: number } | null = null;
    for (const t of years) {
      let back = 0;
      let excess = 0;
      for (const d of years) {
        if (d < t) back += (draws.get(d) ?? 0) * returnedBefore(s, d, t);
        if (d <= t) excess += Math.max(0, (draws.get(d) ?? 0) - s.budgetIn(d));
      }
      const over = excess - back;
      if (over > EPS && (worst === null || over > worst.excess)) worst = { year: t, excess: over };
    }
    return worst;
  }

  /**
   * Cents of aid by which the plan's cooperative is over a de minimis ceiling in some
   * window containing `year` (0 when within). `room` judges a loan and the guarantee it
   * needs one at a time, so an amount that fills the room with both (a grant completed
   * to the cent, rounding-grants.ts) is checked here as a whole.
   */
  aidOver(planIndex: number, year: number): number {
    const cooperative = this.problem.plans[planIndex]!.cooperative;
    let over = 0;
    this.aidWindows(cooperative, year, (general, all) => {
      over = Math.max(over, general - this.problem.deMinimisCeiling);
      if (cooperative.sgei) over = Math.max(over, all - this.problem.sgeiCeiling);
    });
    return over > EPS ? over : 0;
  }

  /**
   * Every de minimis window containing `year`: the cooperative's general aid and all its
   * aid (SGEI included) in it, the blend's so far plus the aid received before.
   */
  private aidWindows(
    cooperative: BlendProblem['plans'][number]['cooperative'],
    year: number,
    visit: (general: number, all: number) => void,
  ): void {
    const period = this.problem.deMinimisPeriod;
    for (let start = year - period + 1; start <= year; start++) {
      let general = 0;
      let all = 0;
      for (let y = start; y < start + period; y++) {
        const k = this.coopYearKey(cooperative.id, y);
        general += this.coopYear.get(k) ?? 0;
        all += this.coopYearAll.get(k) ?? 0;
      }
      for (const a of cooperative.priorStateAid) {
        if (a.year < start || a.year >= start + period) continue;
        all += a.amount;
        if (!a.sgei) general += a.amount;
      }
      visit(general, all);
    }
  }

  private deMinimisRoom(
    cooperative: BlendProblem['plans'][number]['cooperative'],
    s: StreamData,
    year: number,
  ): number {
    const sgei = isSgeiAid(s, cooperative);
    let room = Infinity;
    this.aidWindows(cooperative, year, (general, all) => {
      if (!sgei) room = Math.min(room, wholeCents((this.problem.deMinimisCeiling - general) / s.gge));
      if (cooperative.sgei) room = Math.min(room, wholeCents((this.problem.sgeiCeiling - all) / s.gge));
    });
    return room;
  }
}
