import { useEffect, useEffectEvent, useState, useSyncExternalStore } from 'react';
import { api } from '../../api';
import { useLang } from '../../i18n/useLang';
import { waitMs } from '../../state/jobPoller';
import { useWorkspaceData } from '../../state/workspaceContext';
import { createBlendJobRunner, isBlendActive, type BlendJobHost, type BlendJobState } from './blendJobRunner';

export const apiBlendHost: BlendJobHost = {
  start: (input) => api.blends.start(input),
  poll: (jobId) => api.blends.job({ jobId }),
  cancel: (jobId) => api.blends.cancel({ jobId }),
  wait: waitMs,
};

export interface BlendJobView {
  state: BlendJobState;
  /** A blend for what is on screen now is under way. */
  running: boolean;
  /** The result answers what is on screen now (the scenario, the saved workspace, the language). */
  fresh: boolean;
  /** `fresh` and no newer blend runs. */
  current: boolean;
  cancel: () => void;
  /** Starts the blend again (after a cancel or a failure). */
  restart: () => void;
}

/**
 * A scenario's portfolio blend as a job in the host, started again whenever the
 * workspace is saved or the language changes (explanations come worded in it), and
 * cancelled when the screen goes away.
 */
export function useBlendJob(scenarioId: string, host: BlendJobHost = apiBlendHost): BlendJobView {
  const data = useWorkspaceData();
  const { lang } = useLang();
  const [runner] = useState(() => createBlendJobRunner(host));
  const state = useSyncExternalStore(runner.subscribe, runner.getState);
  const key = JSON.stringify([scenarioId, data.info.lastSavedAt, lang]);
  const start = useEffectEvent(() => runner.start(scenarioId, key));
  useEffect(() => {
    start();
  }, [key]);
  useEffect(() => () => runner.dispose(), [runner]);
  const running = isBlendActive(state.phase);
  const fresh = state.result !== null && state.resultKey === key;
  return {
    state,
    running,
    fresh,
    current: fresh && !running,
    cancel: runner.cancel,
    restart: () => runner.start(scenarioId, key),
  };
}

/**
 * True once the blend numbered `running` (null: none runs) has run for `delayMs`: a
 * blend that ends sooner shows no bar. A new blend (another number) waits afresh.
 */
export function useShownAfter(running: number | null, delayMs: number): boolean {
  const [waited, setWaited] = useState<number | null>(null);
  useEffect(() => {
    if (running === null) return;
    const timer = setTimeout(() => setWaited(running), delayMs);
    return () => clearTimeout(timer);
  }, [running, delayMs]);
  return running !== null && waited === running;
}
