import { pairKey, yearKey } from './keys';
import type { BlendProblem, PlanData } from './problem';
import { streamFits } from './problem';
import type { BlendRule } from './types';

/** A rule that locked amounts (or prior aid) break on their own; the blend keeps them and reports it. */
export interface LockBreak {
  rule: BlendRule;
  planIndex?: number;
  streamIndex?: number;
  cooperativeId?: string;
  year?: number;
  /** Cents over the limit (or short of a minimum award). */
  excess: number;
  /** De minimis only: aid already received exceeds the ceiling without any locked amount. */
  byPriorAid?: boolean;
}

/** Locked cents, summed the ways the rules need them. */
export class LockedAmounts {
  private readonly byLine = new Map<number, number>();
  private readonly byPlanStream = new Map<number, number>();
  private readonly byPlanStreamYear = new Map<number, number>();
  private readonly byStreamYear = new Map<number, number>();
  readonly breaks: LockBreak[] = [];

  constructor(problem: BlendProblem) {
    for (const plan of problem.plans) {
      for (const lock of plan.locks) {
        const stream = problem.streams[lock.streamIndex]!;
        const fits = plan.streams.includes(lock.streamIndex) && streamFits(stream, plan, lock, lock.year);
        if (!fits) {
          this.breaks.push({
            rule: 'eligibility',
            planIndex: plan.index,
            streamIndex: lock.streamIndex,
            year: lock.year,
            excess: lock.amount,
          });
        }
        this.add(this.byLine, yearKey(plan.lineSlots.get(lock.costId)!, lock.year), lock.amount);
        this.add(this.byPlanStream, pairKey(plan.index, lock.streamIndex), lock.amount);
        this.add(
          this.byPlanStreamYear,
          yearKey(pairKey(plan.index, lock.streamIndex), lock.year),
          lock.amount,
        );
        this.add(this.byStreamYear, yearKey(lock.streamIndex, lock.year), lock.amount);
      }
    }
  }

  private add(map: Map<number, number>, k: number, amount: number) {
    map.set(k, (map.get(k) ?? 0) + amount);
  }

  /** Locked on the cost line with this `slot` (see LineData) in `year`. */
  onLine(lineSlot: number, year: number): number {
    return this.byLine.get(yearKey(lineSlot, year)) ?? 0;
  }

  ofPlanStream(planIndex: number, streamIndex: number): number {
    return this.byPlanStream.get(pairKey(planIndex, streamIndex)) ?? 0;
  }

  ofPlanStreamYear(planIndex: number, streamIndex: number, year: number): number {
    return this.byPlanStreamYear.get(yearKey(pairKey(planIndex, streamIndex), year)) ?? 0;
  }

  ofStreamYear(streamIndex: number, year: number): number {
    return this.byStreamYear.get(yearKey(streamIndex, year)) ?? 0;
  }

  /** Locked cents of a plan from the given streams, by draw year. */
  planYears(plan: PlanData, accept: (streamIndex: number) => boolean): Map<number, number>[] {
    const out: Map<number, number>[] = [];
    for (const lock of plan.locks) {
      if (!accept(lock.streamIndex)) continue;
      const byYear = (out[lock.streamIndex] ??= new Map());
      byYear.set(lock.year, (byYear.get(lock.year) ?? 0) + lock.amount);
    }
    return out;
  }

  /** Records a monotone rule whose limit the locks alone exceed; returns the usable remainder (>= 0). */
  remainder(limit: number, locked: number, breakInfo: Omit<LockBreak, 'excess'>): number {
    // Callers pass only what is fixed: locks, and for de minimis aid already received.
    const rest = limit - locked;
    if (rest < -1e-6) {
      this.breaks.push({ ...breakInfo, excess: -rest });
      return 0;
    }
    return Math.max(0, rest);
  }
}
