import { useEffect, useState, useSyncExternalStore } from 'react';
import { api } from '../api';
import {
  createJobRunner,
  POLL_INTERVAL_MS,
  type JobHost,
  type JobRunner,
  type JobState,
} from './scenarioJob';
import { waitMs } from './jobPoller';
import { keepRun, keptRun } from './scenarioRunCache';

export const apiJobHost: JobHost = {
  start: (input) => api.scenarios.start(input),
  poll: (jobId) => api.scenarios.job({ jobId }),
  cancel: (jobId) => api.scenarios.cancel({ jobId }),
  wait: waitMs,
};

/**
 * A job runner for the component's life: its state re-renders the component, and
 * leaving the screen cancels a run still going (nobody would see its result). With
 * `keepAs`, the last finished result is kept for the session and shown again when the
 * component comes back (see scenarioRunCache).
 */
export function useJobRunner(
  host: JobHost = apiJobHost,
  keepAs?: string,
): { runner: JobRunner; state: JobState } {
  const [runner] = useState(() =>
    createJobRunner(host, POLL_INTERVAL_MS, keepAs === undefined ? undefined : keptRun(keepAs)),
  );
  const state = useSyncExternalStore(runner.subscribe, runner.getState);
  useEffect(() => () => runner.dispose(), [runner]);
  const { result, resultKey } = state;
  useEffect(() => {
    if (keepAs !== undefined && result !== null && resultKey !== null) keepRun(keepAs, { result, resultKey });
  }, [keepAs, result, resultKey]);
  return { runner, state };
}
