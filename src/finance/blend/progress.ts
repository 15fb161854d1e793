// Progress and cancel for a blend (issue 18). HiGHS solves synchronously in this thread,
// so the search yields to the event loop between solves (at most every REPORT_EVERY_MS):
// that is when an abort can arrive and when progress is reported.

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

  /** Solver funding (objective units, cents) as cents covered. */
  covered(objective: number | null): number | null {
    return objective === null ? null : Math.round(this.offset + objective);
  }
}

/** A control that neither reports nor cancels (tests, internal re-solves). */
export const quietControl = () => new BlendControl();
