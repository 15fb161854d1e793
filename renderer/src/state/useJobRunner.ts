import { useEffect, useState, useSyncExternalStore } from 'react';
import { api } from '../api';
import { createJobRunner, type JobHost, type JobRunner, type JobState } from './scenarioJob';

export const apiJobHost: JobHost = {
  start: (input) => api.scenario.start(input),
  poll: (jobId) => api.scenario.job({ jobId }),
  cancel: (jobId) => api.scenario.cancel({ jobId }),
  wait: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

/**
 * A job runner for the component's life: its state re-renders the component, and
 * leaving the screen cancels a run still going (nobody would see its result).
 */
export function useJobRunner(host: JobHost = apiJobHost): { runner: JobRunner; state: JobState } {
  const [runner] = useState(() => createJobRunner(host));
  const state = useSyncExternalStore(runner.subscribe, runner.getState);
  useEffect(() => () => runner.dispose(), [runner]);
  return { runner, state };
}
