// Progress and cancel for a blend (issue 18). HiGHS solves synchronously in this thread,
// so the search yields to the event loop between solves (at most every REPORT_EVERY_MS):
// that is when an abort can arrive and when progress is reported. The control also
// carries how exact the award search must be (issue 18).
import { FUNDING_TOLERANCE } from './highs-certificate';
import { INTERIOR_POINT_COLUMNS } from './highs-model';

/** Where a blend is and how good it is so far; amounts in cents like `BlendResult`. */
export interface BlendProgress {
  phase: 'relaxation' | 'search' | 'rounding' | 'done';
  /** Subproblems solved so far (LP relaxations of the award search). */
  nodes: number;
  /** Covered (outside money plus own revenue used) by the best blend found so far; null before the first. */
  covered: number | null;
  /** Proven upper bound on what any blend can cover, so far. */
  bound: number;
}

/** The blend was cancelled through `BlendOptions.signal`; nothing was returned or saved. */
export class BlendCancelledError extends Error {
  constructor() {
    super('the blend was cancelled');
    this.name = 'BlendCancelledError';
  }
}

/**
 * How minimum awards are searched: `auto` dives for large portfolios (models beyond
 * INTERIOR_POINT_COLUMNS, highs-model.ts) and searches exactly otherwise; `dive` and
 * `exact` force one path (tests and benchmarks). On blend-portfolio (12,800 columns) the
 * exact search took 1.9 s of CPU and the dive 2.6 s; on blend-portfolio-hard with 50
 * plans (12,800 columns) 10.1 s and 8.3 s, with 100 plans (25,600) the dive 11.6 s.
 */
export type AwardSearchMode = 'auto' | 'dive' | 'exact';

/** The distance a dived blend may keep from the proven bound: 0.01 % of the total cost (issue 18). */
export const ALLOWED_SHARE = 1e-4;

/** Progress is reported (and the event loop let in) at most this often during a search. */
export const REPORT_EVERY_MS = 200;

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * The caller's signal and progress callback, throttled. `checkpoint` is called between
 * solves: every REPORT_EVERY_MS it reports, yields one event-loop turn (so an abort can
 * be delivered) and throws BlendCancelledError when the signal has fired.
 */
export class BlendControl {
  private last = performance.now();
  /** Added to the solver's funding objective to get cents covered (locked amounts). */
  offset = 0;
  /** The blended plans' total cost, cents: the base of the allowed distance. */
  totalCost = 0;
  mode: AwardSearchMode = 'auto';

  constructor(
    private readonly signal?: AbortSignal,
    private readonly onProgress?: (p: BlendProgress) => void,
  ) {}

  /** True when a caller listens or may cancel: the search then yields now and then. */
  get interactive(): boolean {
    return this.signal !== undefined || this.onProgress !== undefined;
  }

  throwIfCancelled(): void {
    if (this.signal?.aborted === true) throw new BlendCancelledError();
  }

  /** Reports now (phase changes, the end). */
  report(p: BlendProgress): void {
    this.throwIfCancelled();
    this.last = performance.now();
    this.onProgress?.(p);
  }

  /** Between solves: reports and yields when REPORT_EVERY_MS have passed since the last report. */
  async checkpoint(progress: () => BlendProgress): Promise<void> {
    if (!this.interactive || performance.now() - this.last < REPORT_EVERY_MS) return;
    this.report(progress());
    await nextTurn();
    this.throwIfCancelled();
  }

  /** Whether the award search dives first (award-dive.ts) for a model of this many columns. */
  dives(columns: number): boolean {
    return this.mode === 'dive' || (this.mode === 'auto' && columns > INTERIOR_POINT_COLUMNS);
  }

  /**
   * How far (funding objective, cents) the search may stop from its proven bound: half a
   * cent where it is exact, else 0.01 % of the total cost less a cent (the bound is
   * reported rounded up to the cent).
   */
  allowedDistance(columns: number): number {
    if (!this.dives(columns)) return FUNDING_TOLERANCE;
    return Math.max(FUNDING_TOLERANCE, ALLOWED_SHARE * this.totalCost - 1);
  }

  /** Solver funding (objective units, cents) as cents covered. */
  covered(objective: number | null): number | null {
    return objective === null ? null : Math.round(this.offset + objective);
  }
}

/** A control that neither reports nor cancels (tests, internal re-solves). */
export const quietControl = () => new BlendControl();
