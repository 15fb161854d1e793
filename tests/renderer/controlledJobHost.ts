// A job host for the renderer's job runners (scenario runs, portfolio blends) whose every
// answer, and every pause between polls, the test releases itself: the runner's steps
// can then be checked one at a time, with no real clock.
import type { Result } from '../../src/contract/result';

export interface HostCall<J> {
  kind: 'start' | 'poll' | 'cancel';
  arg: string;
  answer: (result: Result<J>) => void;
}

export function controlledHost<J>() {
  const calls: HostCall<J>[] = [];
  const waits: (() => void)[] = [];
  const call = (kind: HostCall<J>['kind'], arg: string) =>
    new Promise<Result<J>>((resolve) => calls.push({ kind, arg, answer: resolve }));
  const host = {
    start: (input: { scenarioId: string }) => call('start', input.scenarioId),
    poll: (jobId: string) => call('poll', jobId),
    cancel: (jobId: string) => call('cancel', jobId),
    wait: () => new Promise<void>((resolve) => waits.push(resolve)),
  };
  const pending = (kind: HostCall<J>['kind']) => calls.filter((c) => c.kind === kind);
  return { host, calls, waits, pending };
}

export type ControlledHost<J> = ReturnType<typeof controlledHost<J>>;

export const ok = <J>(value: J): Result<J> => ({ ok: true, value });

/** Lets a few rounds of promise callbacks and timers run. */
export const flush = async () => {
  for (let i = 0; i < 5; i++) await new Promise((resolve) => setTimeout(resolve, 0));
};
