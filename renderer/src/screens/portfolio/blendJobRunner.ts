import type { BlendProgressJson } from '../../../../src/contract/blend-jobs';
import type { OperationOutput } from '../../../../src/contract/operations';
import { isApiErrorCode } from '../../../../src/contract/errors';
import type { ApiError, Result } from '../../../../src/contract/result';
import { pollJob } from '../../state/jobPoller';

/**
 * One scenario's portfolio blend as a job in the host (`blends.start`, issue 18): start
 * it, follow the search's progress, cancel it. Like the scenario runs' runner
 * (state/scenarioJob.ts), blends are numbered: a new start cancels the one before, and
 * any late answer about an earlier blend is dropped. The last finished result stays
 * (with the input it answers) while a newer blend runs, so the screen does not go blank.
 */

/** A blend job as the host sends it (euros). */
export type BlendJob = OperationOutput<'blends.job'>;
export type BlendJobResult = NonNullable<BlendJob['result']>;

export interface BlendJobHost {
  start: (input: { scenarioId: string }) => Promise<Result<BlendJob>>;
  poll: (jobId: string) => Promise<Result<BlendJob>>;
  cancel: (jobId: string) => Promise<Result<BlendJob>>;
  /** Resolves after `ms` milliseconds (a test passes its own clock). */
  wait: (ms: number) => Promise<void>;
}

export type BlendJobPhase = 'idle' | 'starting' | 'running' | 'cancelling' | 'done' | 'failed' | 'cancelled';

export interface BlendJobState {
  phase: BlendJobPhase;
  /** The number of the newest blend asked for (0: none yet). */
  seq: number;
  /** What the newest blend is for (scenario, workspace state, language). */
  key: string | null;
  jobId: string | null;
  /** The newest blend's search as last reported; null before its first report. */
  progress: BlendProgressJson | null;
  /** The newest finished result and what it was for. */
  result: BlendJobResult | null;
  resultKey: string | null;
  error: ApiError | null;
}

export interface BlendJobRunner {
  start: (scenarioId: string, key: string) => void;
  cancel: () => void;
  /** Stops following (and cancels) the newest blend: the screen that showed it is gone. */
  dispose: () => void;
  getState: () => BlendJobState;
  subscribe: (listener: () => void) => () => void;
}

/** Progress is asked for this often; the host's search reports about every 200 ms. */
export const BLEND_POLL_MS = 200;

const ACTIVE: readonly BlendJobPhase[] = ['starting', 'running', 'cancelling'];

export function isBlendActive(phase: BlendJobPhase): boolean {
  return ACTIVE.includes(phase);
}

/** A failed job's code and words as the contract's error (an unknown code reads as internal). */
function jobError(error: BlendJob['error']): ApiError {
  if (error === null) return { code: 'internal', message: '' };
  return { code: isApiErrorCode(error.code) ? error.code : 'internal', message: error.message };
}

/** The host's answer about the newest blend, folded into the state. */
export function applyBlendSnapshot(state: BlendJobState, job: BlendJob): BlendJobState {
  const known = { jobId: job.jobId, progress: job.progress };
  switch (job.state) {
    case 'running':
      return { ...state, ...known, phase: state.phase === 'cancelling' ? 'cancelling' : 'running' };
    case 'done':
      return job.result === null
        ? { ...state, ...known, phase: 'failed', error: { code: 'internal', message: 'no result' } }
        : { ...state, ...known, phase: 'done', result: job.result, resultKey: state.key, error: null };
    case 'failed':
      return { ...state, ...known, phase: 'failed', error: jobError(job.error) };
    case 'cancelled':
      return { ...state, ...known, phase: 'cancelled' };
    default: {
      const never: never = job.state;
      return never;
    }
  }
}

export function createBlendJobRunner(host: BlendJobHost, interval = BLEND_POLL_MS): BlendJobRunner {
  let state: BlendJobState = {
    phase: 'idle',
    seq: 0,
    key: null,
    jobId: null,
    progress: null,
    result: null,
    resultKey: null,
    error: null,
  };
  /** The blend whose cancel was asked before the host told its job id. */
  let cancelOnStart = 0;
  const listeners = new Set<() => void>();
  const set = (next: BlendJobState) => {
    state = next;
    for (const listener of listeners) listener();
  };
  const forget = (jobId: string | null) => {
    if (jobId !== null) void host.cancel(jobId);
  };

  const sendCancel = async (seq: number) => {
    const jobId = state.jobId;
    if (jobId === null) return;
    const answer = await host.cancel(jobId);
    // A refused cancel leaves the job running; polling goes on and reports how it ends.
    if (seq === state.seq && answer.ok) set(applyBlendSnapshot(state, answer.value));
  };

  const run = async (seq: number, scenarioId: string) => {
    const answer = await host.start({ scenarioId });
    if (seq !== state.seq) {
      // Nobody waits for this blend any more: let the host stop computing it.
      if (answer.ok && answer.value.state === 'running') forget(answer.value.jobId);
      return;
    }
    if (!answer.ok) return set({ ...state, phase: 'failed', error: answer.error });
    set(applyBlendSnapshot(state, answer.value));
    if (cancelOnStart === seq && answer.value.state === 'running') await sendCancel(seq);
    await pollJob({
      interval,
      wait: host.wait,
      poll: host.poll,
      goOn: () => seq === state.seq && isBlendActive(state.phase),
      jobId: () => (seq === state.seq ? state.jobId : null),
      wanted: () => seq === state.seq,
      onAnswer: (polled) =>
        set(
          polled.ok
            ? applyBlendSnapshot(state, polled.value)
            : { ...state, phase: 'failed', error: polled.error },
        ),
    });
  };

  return {
    start(scenarioId, key) {
      if (isBlendActive(state.phase)) forget(state.jobId);
      const seq = state.seq + 1;
      set({ ...state, seq, key, phase: 'starting', jobId: null, progress: null, error: null });
      void run(seq, scenarioId);
    },
    cancel() {
      if (state.phase === 'starting') {
        cancelOnStart = state.seq;
        set({ ...state, phase: 'cancelling' });
      } else if (state.phase === 'running') {
        set({ ...state, phase: 'cancelling' });
        void sendCancel(state.seq);
      }
    },
    dispose() {
      if (isBlendActive(state.phase)) forget(state.jobId);
      set({ ...state, seq: state.seq + 1, phase: isBlendActive(state.phase) ? 'cancelled' : state.phase });
    },
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
