import type { Result } from '../../../src/contract/result';

/**
 * The one loop that follows a background job in the host (a scenario's Monte Carlo run,
 * a report export): pause, ask the host how the job stands, hand the answer to its
 * owner, until the job has ended or nobody waits for it any more. The owner keeps the
 * state; this loop only asks it, so a run that was cancelled, replaced or left behind
 * stops being polled, and a late answer about it is dropped.
 */
export interface JobPolling<J> {
  /** Milliseconds between two questions to the host. */
  interval: number;
  /** Resolves after `ms` milliseconds (a test passes its own clock). */
  wait: (ms: number) => Promise<void>;
  poll: (jobId: string) => Promise<Result<J>>;
  /** Before each pause: the job still runs and its owner still wants to hear about it. */
  goOn: () => boolean;
  /** After the pause: the job to ask about, or null when its run was dropped meanwhile. */
  jobId: () => string | null;
  /** After the answer: the owner still waits for it (its run was not replaced meanwhile). */
  wanted: () => boolean;
  /** The host's answer; the owner updates its state, which `goOn` then reads. */
  onAnswer: (answer: Result<J>) => void;
}

export async function pollJob<J>(polling: JobPolling<J>): Promise<void> {
  while (polling.goOn()) {
    await polling.wait(polling.interval);
    const jobId = polling.jobId();
    if (jobId === null) return;
    const answer = await polling.poll(jobId);
    if (!polling.wanted()) return;
    polling.onAnswer(answer);
  }
}

/** A pause on the real clock. */
export function waitMs(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
