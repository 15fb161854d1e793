/** Long work stopped by its AbortSignal: `done` of `total` steps had finished. */
export class CancelledError extends Error {
  readonly code = 'cancelled';

  constructor(
    message: string,
    readonly done: number,
    readonly total: number,
  ) {
    super(message);
    this.name = 'CancelledError';
  }
}

/** A Monte Carlo run stopped by its AbortSignal; its workers have been terminated. */
export class MonteCarloCancelledError extends CancelledError {
  constructor(done: number, total: number) {
    super(`Monte Carlo run cancelled after ${done} of ${total} draws.`, done, total);
    this.name = 'MonteCarloCancelledError';
  }
}

/** More draws x varying indicators x years than the run keeps in memory at once. */
export class MonteCarloTooLargeError extends Error {
  readonly code = 'too-large';

  constructor(
    readonly cells: number,
    readonly limit: number,
  ) {
    super(
      `Monte Carlo run too large: draws x varying indicators x years = ${cells}, at most ${limit}. Use fewer draws.`,
    );
    this.name = 'MonteCarloTooLargeError';
  }
}
