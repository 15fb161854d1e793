import { useState, useSyncExternalStore } from 'react';
import type { Result } from '../../../src/contract/result';
import { createLatestRequest, viewFor, type LatestView } from './latestRequest';

/**
 * Like useLatestRequest, but the host is asked only when the user says so (a slow
 * computation such as the "next euro" ranking). `idle` until the first request; an
 * answer for an earlier `key` stays visible, marked as not current.
 */
export function useOnDemandRequest<I, T>(
  run: (input: I) => Promise<Result<T>>,
  key: string,
): LatestView<T> & { idle: boolean; pending: boolean; stale: boolean; request: (input: I) => void } {
  const [store] = useState(() => createLatestRequest(run));
  const state = useSyncExternalStore(store.subscribe, store.getState);
  const view = viewFor(state, key);
  return {
    ...view,
    idle: state.latest === 0,
    pending: state.pending,
    stale: view.value !== null && state.valueKey !== key,
    request: (input) => store.request(input, key),
  };
}
