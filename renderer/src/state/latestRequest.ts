import type { ApiError, Result } from '../../../src/contract/result';

/**
 * What a screen shows of a computation it asks the host for again and again (a blend
 * after every edit). Requests are numbered; only the answer to the newest one counts.
 */
export interface LatestState<T> {
  /** The newest good answer so far, or null before the first one. */
  value: T | null;
  /** The number of the request `value` answers (0: none yet). */
  valueFor: number;
  /** What `value` was computed for (the caller's description of the input). */
  valueKey: string | null;
  /** The number of the newest request sent. */
  latest: number;
  latestKey: string | null;
  /** The newest request failed. */
  error: ApiError | null;
  /** The answer to the newest request is still outstanding. */
  pending: boolean;
}

export interface LatestRequest<I, T> {
  /** Sends a new request; from now on every earlier one that is still outstanding is ignored. */
  request(input: I, key: string): number;
  getState(): LatestState<T>;
  subscribe(listener: () => void): () => void;
}

export function initialLatestState<T>(): LatestState<T> {
  return {
    value: null,
    valueFor: 0,
    valueKey: null,
    latest: 0,
    latestKey: null,
    error: null,
    pending: false,
  };
}

/** What a screen may show for the input described by `key`. */
export interface LatestView<T> {
  /** The newest good answer, possibly for an earlier input (then `updating` or `error` says so). */
  value: T | null;
  /** `value` is not (yet) the answer for `key`: show it dimmed, marked as being updated. */
  updating: boolean;
  /** The request for `key` failed; `value`, if any, is from an earlier input. */
  error: ApiError | null;
}

/**
 * Judges the state against the input the screen shows now. Until a request for that
 * input has been sent (the moment between a render and its effect) and answered, the
 * value is not current, so results of an earlier edit never pass for those of a later one.
 */
export function viewFor<T>(state: LatestState<T>, key: string): LatestView<T> {
  const asked = state.latestKey === key;
  const error = asked && !state.pending ? state.error : null;
  const current = asked && !state.pending && state.valueFor === state.latest;
  return { value: state.value, updating: !current && error === null, error };
}

/**
 * Runs `run` for each request and keeps the newest answer. An older answer that
 * arrives after a newer request was sent is dropped; a failed newest request keeps
 * the last good value (the view marks it as not current).
 */
export function createLatestRequest<I, T>(run: (input: I) => Promise<Result<T>>): LatestRequest<I, T> {
  let state = initialLatestState<T>();
  const listeners = new Set<() => void>();
  const set = (next: LatestState<T>) => {
    state = next;
    for (const listener of listeners) listener();
  };

  const settle = (seq: number, key: string, result: Result<T>) => {
    if (seq !== state.latest) return;
    set(
      result.ok
        ? { ...state, value: result.value, valueFor: seq, valueKey: key, error: null, pending: false }
        : { ...state, error: result.error, pending: false },
    );
  };

  return {
    request(input, key) {
      const seq = state.latest + 1;
      set({ ...state, latest: seq, latestKey: key, error: null, pending: true });
      run(input).then(
        (result) => settle(seq, key, result),
        // The transports never reject; should one, the screen must still leave "updating".
        (error: unknown) =>
          settle(seq, key, { ok: false, error: { code: 'internal', message: String(error) } }),
      );
      return seq;
    },
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
