import { lineKey, planStreamCap, type Formulation } from './formulation';
import { pairKey, yearKey } from './keys';
import type { BlendProblem } from './problem';

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
  /** Keyed by the cooperative's number in `cooperativeIndex`. */
  private readonly coopYear = new Map<number, number>();
  private readonly planDebt = new Map<number, number>();
  private readonly cooperativeIndex = new Map<string, number>();
  /** Per plan and stream: min(maxPerPlan, maxShareOfPlan x cost), computed once. */
  private readonly caps = new Map<number, number>();

  constructor(
    private readonly problem: BlendProblem,
    private readonly f: Formulation,
  ) {
    for (const plan of problem.plans) {
      if (!this.cooperativeIndex.has(plan.cooperative.id))
        this.cooperativeIndex.set(plan.cooperative.id, this.cooperativeIndex.size);
    }
    for (const plan of problem.plans) {
      for (const lock of plan.locks) this.record(plan.index, lock.streamIndex, null, lock.year, lock.amount);
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
    if (s.stream.stateAid) this.bump(this.coopYear, this.coopYearKey(plan.cooperative.id, year), cents);
    for (const { offset, factor } of s.debtFactors)
      this.bump(this.planDebt, yearKey(planIndex, year + offset), cents * factor);
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
    room = Math.min(
      room,
      wholeCents(s.budgetIn(year) - (this.streamYear.get(yearKey(streamIndex, year)) ?? 0)),
    );
    room = Math.min(room, wholeCents(this.capOf(plan, s) - total));
    const m = s.stream.matching;
    if (m !== undefined && withMatching) {
      const privateTotal = this.planPrivate.get(planIndex) ?? 0;
      const slack = m * privateTotal - total;
      // A private stream with matching below 1 raises its own base by less than it adds.
      const perCent = s.isPrivate ? 1 - m : 1;
      if (perCent > 0) room = Math.min(room, wholeCents(slack / perCent));
    }
    if (s.stream.stateAid) room = Math.min(room, this.deMinimisRoom(plan.cooperative, year));
    for (const { offset, factor } of s.debtFactors) {
      if (factor <= 0) continue; // interest-only years of a 0 % loan pay nothing
      const limit = plan.revenueIn(year + offset) / this.problem.minDscr;
      room = Math.min(
        room,
        wholeCents((limit - (this.planDebt.get(yearKey(planIndex, year + offset)) ?? 0)) / factor),
      );
    }
    return room;
  }

  private deMinimisRoom(cooperative: BlendProblem['plans'][number]['cooperative'], year: number): number {
    const period = this.problem.deMinimisPeriod;
    let room = Infinity;
    for (let start = year - period + 1; start <= year; start++) {
      let used = 0;
      for (let y = start; y < start + period; y++)
        used += this.coopYear.get(this.coopYearKey(cooperative.id, y)) ?? 0;
      for (const a of cooperative.priorStateAid)
        if (a.year >= start && a.year < start + period) used += a.amount;
      room = Math.min(room, wholeCents(this.problem.deMinimisCeiling - used));
    }
    return room;
  }
}
