import { asCents } from '../../model/money';
import { planStreamCap } from './formulation-model';
import { pairKey, yearKey } from './keys';
import type { BlendProblem } from './problem';
import type { GuaranteeUse } from './types';

const EPS = 1e-6;

/** Key of one guarantee behind one plan's draw from one loan in one year. */
export const entryKey = (planIndex: number, streamIndex: number, loanIndex: number, year: number) =>
  yearKey(pairKey(pairKey(planIndex, streamIndex), loanIndex), year);

/** What the ledger lends the book: de minimis room and aid bookkeeping, in cents. */
export interface AidAccounts {
  /** Whole cents of stream `streamIndex` the plan's cooperative may still receive in `year`. */
  aidRoom(planIndex: number, streamIndex: number, year: number): number;
  /** Records (or with a negative amount releases) aid of stream `streamIndex`. */
  recordAid(planIndex: number, streamIndex: number, year: number, cents: number): void;
}

interface Entry {
  planIndex: number;
  streamIndex: number;
  loanIndex: number;
  year: number;
  cents: number;
}

/**
 * The guarantees of a blend in whole cents, kept while the loans are rounded: a loan
 * that requires a guarantee for a share `q` of each draw is lent a cent only when
 * guarantees can back ceil(q x draw), each guarantee at most its share of the draw
 * (rounded up to the cent), within its yearly budget, its caps per plan and the
 * cooperative's de minimis room. Guarantees are taken just as needed, in stream order,
 * as the optimiser does (each euro of guarantee carries a call risk).
 */
export class GuaranteeBook {
  private readonly entries = new Map<number, Entry>();
  private readonly perDraw = new Map<number, Entry[]>();
  private readonly streamYear = new Map<number, number>();
  private readonly planStream = new Map<number, number>();
  /** While locks are booked: guarantees only up to the optimiser's amounts (`settle`). */
  targetsOnly = false;

  /**
   * @param targets The optimiser's guarantee per plan, guarantee, loan and year (key
   * `entryKey`): taken first, so the cents follow the optimal split over guarantees and
   * years (a guarantee's cap per plan spans all years).
   */
  constructor(
    private readonly problem: BlendProblem,
    private readonly aid: AidAccounts,
    private readonly targets: ReadonlyMap<number, number> = new Map(),
  ) {}

  /** The share of every draw the loan requires to be guaranteed (0: none). */
  required(loanIndex: number): number {
    return this.problem.streams[loanIndex]!.stream.loan?.guaranteeRequired ?? 0;
  }

  private backers(planIndex: number, loanIndex: number, year: number): Entry[] {
    const k = yearKey(pairKey(planIndex, loanIndex), year);
    let list = this.perDraw.get(k);
    if (list !== undefined) return list;
    const loanId = this.problem.streams[loanIndex]!.stream.id;
    list = this.problem.plans[planIndex]!.guarantees.filter((g) => {
      const s = this.problem.streams[g]!.stream;
      const window = s.years;
      return (
        s.guarantee!.backs.includes(loanId) &&
        s.guarantee!.share > 0 &&
        (window === undefined || (year >= window[0] && year <= window[1]))
      );
    }).map((streamIndex) => {
      const entry = { planIndex, streamIndex, loanIndex, year, cents: 0 };
      this.entries.set(yearKey(pairKey(pairKey(planIndex, streamIndex), loanIndex), year), entry);
      return entry;
    });
    this.perDraw.set(k, list);
    return list;
  }

  private targetOf(e: Entry): number {
    return this.targets.get(entryKey(e.planIndex, e.streamIndex, e.loanIndex, e.year)) ?? 0;
  }

  /** Whole cents guarantee `e` may still grow by, for a draw of `draw` cents. */
  private roomOf(e: Entry, draw: number): number {
    const s = this.problem.streams[e.streamIndex]!;
    const share = Math.ceil(s.stream.guarantee!.share * draw - EPS) - e.cents;
    const budget = s.budgetIn(e.year) - (this.streamYear.get(yearKey(e.streamIndex, e.year)) ?? 0);
    const cap =
      planStreamCap(this.problem.plans[e.planIndex]!, s).cap -
      (this.planStream.get(pairKey(e.planIndex, e.streamIndex)) ?? 0);
    const aid = s.gge > 0 ? this.aid.aidRoom(e.planIndex, e.streamIndex, e.year) : Infinity;
    return Math.max(0, Math.floor(Math.min(share, budget + EPS, cap + EPS, aid)));
  }

  private covered(list: readonly Entry[]): number {
    return list.reduce((sum, e) => sum + e.cents, 0);
  }

  /** Whether guarantees can back a draw of `draw` cents. */
  private canBack(list: readonly Entry[], loanIndex: number, draw: number): boolean {
    const need = Math.ceil(this.required(loanIndex) * draw - EPS) - this.covered(list);
    if (need <= 0) return true;
    let available = 0;
    for (const e of list) available += this.roomOf(e, draw);
    return available >= need;
  }

  /** Cents by which guarantees fall short of backing a draw of `draw` cents as required (0: backed). */
  shortOf(planIndex: number, loanIndex: number, year: number, draw: number): number {
    const need = Math.ceil(this.required(loanIndex) * draw - EPS);
    return Math.max(0, need - this.covered(this.backers(planIndex, loanIndex, year)));
  }

  /** The most cents (up to `limit`) a draw of `draw` cents may grow by with guarantees behind it. */
  loanRoom(planIndex: number, loanIndex: number, year: number, draw: number, limit: number): number {
    if (limit <= 0) return 0;
    const list = this.backers(planIndex, loanIndex, year);
    if (this.canBack(list, loanIndex, draw + limit)) return limit;
    // Guarantees grow with the draw by at most their shares: the draws they can back form
    // a range from the current one up, so the largest is found by halving.
    let low = 0;
    let high = limit;
    while (high - low > 1) {
      const mid = Math.floor((low + high) / 2);
      if (this.canBack(list, loanIndex, draw + mid)) low = mid;
      else high = mid;
    }
    return low;
  }

  private change(e: Entry, cents: number) {
    e.cents += cents;
    const bump = (map: Map<number, number>, k: number) => map.set(k, (map.get(k) ?? 0) + cents);
    bump(this.streamYear, yearKey(e.streamIndex, e.year));
    bump(this.planStream, pairKey(e.planIndex, e.streamIndex));
    if (this.problem.streams[e.streamIndex]!.gge > 0)
      this.aid.recordAid(e.planIndex, e.streamIndex, e.year, cents);
  }

  /** Takes or releases guarantees so that a draw, now `draw` cents, is backed just as far as required. */
  settle(planIndex: number, loanIndex: number, year: number, draw: number): void {
    const list = this.backers(planIndex, loanIndex, year);
    for (const e of list) {
      const most = Math.ceil(this.problem.streams[e.streamIndex]!.stream.guarantee!.share * draw - EPS);
      if (e.cents > most) this.change(e, most - e.cents);
    }
    let need = Math.ceil(this.required(loanIndex) * draw - EPS) - this.covered(list);
    const toTarget = (e: Entry) => Math.ceil(this.targetOf(e) - EPS) - e.cents;
    // Up to the optimiser's amounts first, then wherever there is room (not yet while the
    // locks are booked: another plan's lock may need what the optimiser gave it).
    const passes = this.targetsOnly ? [toTarget] : [toTarget, () => Infinity];
    for (const upTo of passes) {
      for (const e of list) {
        if (need <= 0) break;
        const take = Math.min(need, this.roomOf(e, draw), upTo(e));
        if (take > 0) {
          this.change(e, take);
          need -= take;
        }
      }
    }
    for (let i = list.length - 1; i >= 0 && need < 0; i--) {
      const e = list[i]!;
      const give = Math.min(e.cents, -need);
      if (give > 0) {
        this.change(e, -give);
        need += give;
      }
    }
  }

  uses(): GuaranteeUse[] {
    return [...this.entries.values()]
      .filter((e) => e.cents > 0)
      .sort(
        (a, b) =>
          a.planIndex - b.planIndex ||
          a.streamIndex - b.streamIndex ||
          a.loanIndex - b.loanIndex ||
          a.year - b.year,
      )
      .map((e) => ({
        planId: this.problem.plans[e.planIndex]!.plan.id,
        streamId: this.problem.streams[e.streamIndex]!.stream.id,
        loanStreamId: this.problem.streams[e.loanIndex]!.stream.id,
        year: e.year,
        amount: asCents(e.cents),
      }));
  }
}
