import type { Result } from '../../../src/contract/result';
import type { ScenarioJob, ScenarioRun } from '../domain/impact/types';
import { pollJob } from './jobPoller';

/**
 * One scenario run at a time, as the screen sees it: start a job in the host, poll its
 * progress, cancel it. Like `latestRequest`, runs are numbered: starting a new run
 * cancels the one before, and every answer about an earlier run (a late progress
 * report, a result that arrives after the user moved on) is dropped, so an old job is
 * never shown as the current one.
 */

export interface JobHost {
  start: (input: { scenarioId: string; draws?: number; seed?: number }) => Promise<Result<ScenarioJob>>;
  poll: (jobId: string) => Promise<Result<ScenarioJob>>;
  cancel: (jobId: string) => Promise<Result<ScenarioJob>>;
  /** Resolves after `ms` milliseconds (a test passes its own clock). */
  wait: (ms: number) => Promise<void>;
}

export type JobPhase = 'idle' | 'starting' | 'running' | 'cancelling' | 'done' | 'failed' | 'cancelled';

export interface JobError {
  code: string;
  message: string;
}

export interface JobState {
  phase: JobPhase;
  /** The number of the newest run asked for (0: none yet). */
  seq: number;
  /** What the newest run is for: the caller's description of scenario, draws, seed and workspace state. */
  key: string | null;
  jobId: string | null;
  /** Monte Carlo draws done and in total for the newest run. */
  done: number;
  total: number;
  /** The newest finished result, kept while another run goes, and what it was for. */
  result: ScenarioRun | null;
  resultKey: string | null;
  error: JobError | null;
}

export interface JobRunner {
  start: (input: { scenarioId: string; draws?: number; seed?: number }, key: string) => number;
  cancel: () => void;
  /** Stops following (and cancels) the newest run; the screen that showed it is gone. */
  dispose: () => void;
  getState: () => JobState;
  subscribe: (listener: () => void) => () => void;
}

export const POLL_INTERVAL_MS = 250;

export function initialJobState(): JobState {
  return {
    phase: 'idle',
    seq: 0,
    key: null,
    jobId: null,
    done: 0,
    total: 0,
    result: null,
    resultKey: null,
    error: null,
  };
}

const ACTIVE: readonly JobPhase[] = ['starting', 'running', 'cancelling'];

export function isActive(phase: JobPhase): boolean {
  return ACTIVE.includes(phase);
}

/** The host's answer about a job, folded into the state of the run that started it. */
export function applySnapshot(state: JobState, job: ScenarioJob): JobState {
  const progress = { jobId: job.jobId, done: job.done, total: job.total };
  switch (job.state) {
    case 'running':
      return { ...state, ...progress, phase: state.phase === 'cancelling' ? 'cancelling' : 'running' };
    case 'done':
      return job.result === null
        ? { ...state, ...progress, phase: 'failed', error: { code: 'internal', message: 'no result' } }
        : { ...state, ...progress, phase: 'done', result: job.result, resultKey: state.key, error: null };
    case 'failed':
      return {
        ...state,
        ...progress,
        phase: 'failed',
        error: job.error ?? { code: 'internal', message: 'failed' },
      };
    case 'cancelled':
      return { ...state, ...progress, phase: 'cancelled' };
    default: {
      const never: never = job.state;
      return never;
    }
  }
}

/** `kept`: a result from earlier in the session to start with (shown as current or stale by its key). */
export function createJobRunner(
  host: JobHost,
  interval = POLL_INTERVAL_MS,
  kept?: { result: ScenarioRun; resultKey: string },
): JobRunner {
  let state: JobState = { ...initialJobState(), ...(kept ?? {}) };
  /** Runs whose cancel was asked before the host told their job id. */
  let cancelOnStart = 0;
  const listeners = new Set<() => void>();
  const set = (next: JobState) => {
    state = next;
    for (const listener of listeners) listener();
  };
  const fail = (error: JobError) => set({ ...state, phase: 'failed', error });
  const forget = (jobId: string | null) => {
    if (jobId !== null) void host.cancel(jobId);
  };

  const follow = (seq: number) =>
    pollJob({
      interval,
      wait: host.wait,
      poll: host.poll,
      goOn: () => seq === state.seq && isActive(state.phase) && state.jobId !== null,
      jobId: () => (seq === state.seq ? state.jobId : null),
      wanted: () => seq === state.seq,
      onAnswer: (answer) => (answer.ok ? set(applySnapshot(state, answer.value)) : fail(answer.error)),
    });

  const run = async (seq: number, input: { scenarioId: string; draws?: number; seed?: number }) => {
    const answer = await host.start(input);
    if (seq !== state.seq) {
      // Nobody waits for this job any more: let the host stop computing it.
      if (answer.ok && answer.value.state === 'running') forget(answer.value.jobId);
      return;
    }
    if (!answer.ok) return fail(answer.error);
    set(applySnapshot(state, answer.value));
    // Cancel was pressed before the host told the job's id: send it now.
    if (cancelOnStart === seq && answer.value.state === 'running') await sendCancel(seq);
    await follow(seq);
  };

  const sendCancel = async (seq: number) => {
    const jobId = state.jobId;
    if (jobId === null) return;
    const answer = await host.cancel(jobId);
    if (seq !== state.seq) return;
    if (answer.ok) set(applySnapshot(state, answer.value));
    // A refused cancel leaves the job running; polling goes on and reports how it ends.
  };

  return {
    start(input, key) {
      if (isActive(state.phase)) forget(state.jobId);
      const seq = state.seq + 1;
      set({ ...state, seq, key, phase: 'starting', jobId: null, done: 0, total: 0, error: null });
      void run(seq, input);
      return seq;
    },
    cancel() {
      if (state.phase === 'starting') {
        cancelOnStart = state.seq;
        set({ ...state, phase: 'cancelling' });
        return;
      }
      if (state.phase !== 'running') return;
      set({ ...state, phase: 'cancelling' });
      void sendCancel(state.seq);
    },
    dispose() {
      if (isActive(state.phase)) forget(state.jobId);
      set({ ...state, seq: state.seq + 1, phase: isActive(state.phase) ? 'cancelled' : state.phase });
    },
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** What a screen may show for the input described by `key` (compare `viewFor`). */
export interface JobView {
  phase: JobPhase;
  running: boolean;
  /** The run going on was started for an earlier input (the scenario changed since). */
  runningForEarlier: boolean;
  done: number;
  total: number;
  /** The newest result, possibly for an earlier input (then `current` is false). */
  result: ScenarioRun | null;
  /** `result` answers `key` and no newer run is going on. */
  current: boolean;
  error: JobError | null;
}

/**
 * Judges the runner's state against the input the screen shows now. A run that is still
 * going is shown whatever it was for (it can be cancelled); a finished run's outcome
 * (cancelled, failed) only for the input it was started for.
 */
export function jobView(state: JobState, key: string): JobView {
  const asked = state.key === key;
  const running = isActive(state.phase);
  return {
    phase: asked || running ? state.phase : 'idle',
    running,
    runningForEarlier: running && !asked,
    done: asked || running ? state.done : 0,
    total: asked || running ? state.total : 0,
    result: state.result,
    current: state.result !== null && state.resultKey === key && !running,
    error: asked && state.phase === 'failed' ? state.error : null,
  };
}
