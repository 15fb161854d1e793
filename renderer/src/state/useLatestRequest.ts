import { useEffect, useEffectEvent, useState, useSyncExternalStore } from 'react';
import type { Result } from '../../../src/contract/result';
import { createLatestRequest, viewFor, type LatestView } from './latestRequest';

/**
 * Asks the host again whenever `key` changes (a saved edit, another choice of
 * streams) and returns the newest answer, marked as updating until the answer for
 * `key` is in. `key` must describe `input` completely.
 */
export function useLatestRequest<I, T>(
  run: (input: I) => Promise<Result<T>>,
  input: I,
  key: string,
): LatestView<T> & { retry: () => void } {
  // One store for the component's life (a screen for another plan or scenario mounts afresh).
  const [store] = useState(() => createLatestRequest(run));
  const state = useSyncExternalStore(store.subscribe, store.getState);
  const send = useEffectEvent(() => store.request(input, key));

  useEffect(() => {
    send();
  }, [key]);

  return { ...viewFor(state, key), retry: () => store.request(input, key) };
}
