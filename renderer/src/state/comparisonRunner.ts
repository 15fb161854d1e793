import type { ScenarioRun } from '../domain/impact/types';
import {
  createJobRunner,
  isActive,
  POLL_INTERVAL_MS,
  type JobHost,
  type JobRunner,
  type JobState,
} from './scenarioJob';

/**
 * Runs of several scenarios for a comparison, each its own job. A new comparison
 * replaces the previous one whole: its runners are disposed (their jobs cancelled,
 * their late answers dropped), so figures of an earlier choice never mix with the new.
 */
export interface ComparisonState {
  seq: number;
  /** What the newest comparison is for: the caller's description of the chosen scenarios and the workspace state. */
  key: string | null;
  runs: { scenarioId: string; state: JobState }[];
}

export interface ComparisonRunner {
  start: (scenarioIds: readonly string[], key: string) => void;
  cancel: () => void;
  dispose: () => void;
  getState: () => ComparisonState;
  subscribe: (listener: () => void) => () => void;
}

export function createComparisonRunner(host: JobHost, interval = POLL_INTERVAL_MS): ComparisonRunner {
  let state: ComparisonState = { seq: 0, key: null, runs: [] };
  let runners: { scenarioId: string; runner: JobRunner; unsubscribe: () => void }[] = [];
  const listeners = new Set<() => void>();
  const refresh = () => {
    state = {
      ...state,
      runs: runners.map((r) => ({ scenarioId: r.scenarioId, state: r.runner.getState() })),
    };
    for (const listener of listeners) listener();
  };
  const stopAll = () => {
    for (const r of runners) {
      r.unsubscribe();
      r.runner.dispose();
    }
  };

  return {
    start(scenarioIds, key) {
      stopAll();
      runners = scenarioIds.map((scenarioId) => {
        const runner = createJobRunner(host, interval);
        return { scenarioId, runner, unsubscribe: runner.subscribe(refresh) };
      });
      state = { seq: state.seq + 1, key, runs: [] };
      for (const { scenarioId, runner } of runners) runner.start({ scenarioId }, `${key}|${scenarioId}`);
      refresh();
    },
    cancel() {
      for (const r of runners) r.runner.cancel();
    },
    dispose() {
      stopAll();
      runners = [];
      state = { ...state, seq: state.seq + 1, runs: [] };
    },
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export interface ComparisonView {
  /** The newest comparison was asked for this key (these scenarios, this workspace state). */
  asked: boolean;
  running: boolean;
  /** Every run of the newest comparison finished with a result, in the order chosen. */
  results: ScenarioRun[] | null;
  /** `results` answer `key`; otherwise they are for an earlier choice or state (show them as such). */
  current: boolean;
  progress: {
    scenarioId: string;
    phase: JobState['phase'];
    done: number;
    total: number;
    error: string | null;
  }[];
}

/** What the comparison panel may show for the choice described by `key`. */
export function comparisonView(state: ComparisonState, key: string): ComparisonView {
  const asked = state.key === key && state.runs.length > 0;
  const running = state.runs.some((run) => isActive(run.state.phase));
  const finished = state.runs.map((run) => (run.state.phase === 'done' ? run.state.result : null));
  const complete = state.runs.length > 0 && finished.every((run): run is ScenarioRun => run !== null);
  return {
    asked,
    running,
    results: complete ? finished.filter((run): run is ScenarioRun => run !== null) : null,
    current: asked && complete && !running,
    progress: state.runs.map((run) => ({
      scenarioId: run.scenarioId,
      phase: run.state.phase,
      done: run.state.done,
      total: run.state.total,
      error: run.state.error?.message ?? null,
    })),
  };
}
