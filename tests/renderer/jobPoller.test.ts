import { describe, expect, it } from 'vitest';
import type { Result } from '../../src/contract/result';
import { pollJob } from '../../renderer/src/state/jobPoller';

type Job = { jobId: string; state: 'running' | 'done'; done: number };
const ok = (job: Job): Result<Job> => ({ ok: true, value: job });

/** An owner that follows one job: it stops once the host says the job ended. */
function owner(answers: Job[]) {
  const asked: string[] = [];
  const waits: number[] = [];
  const seen: Job[] = [];
  let current: Job = { jobId: 'j1', state: 'running', done: 0 };
  let dropped = false;
  return {
    asked,
    waits,
    seen,
    drop: () => (dropped = true),
    polling: {
      interval: 250,
      wait: async (ms: number) => void waits.push(ms),
      poll: async (jobId: string) => {
        asked.push(jobId);
        return ok(answers.shift() ?? current);
      },
      goOn: () => !dropped && current.state === 'running',
      jobId: () => (dropped ? null : current.jobId),
      wanted: () => !dropped,
      onAnswer: (answer: Result<Job>) => {
        if (!answer.ok) return;
        current = answer.value;
        seen.push(answer.value);
      },
    },
  };
}

describe('the job poller', () => {
  it('pauses, asks about the job and hands each answer over until the job has ended', async () => {
    const o = owner([
      { jobId: 'j1', state: 'running', done: 40 },
      { jobId: 'j1', state: 'done', done: 100 },
    ]);
    await pollJob(o.polling);
    expect(o.asked).toEqual(['j1', 'j1']);
    expect(o.waits).toEqual([250, 250]);
    expect(o.seen.map((job) => job.done)).toEqual([40, 100]);
  });

  it('stops asking once the owner drops the run during the pause', async () => {
    const o = owner([{ jobId: 'j1', state: 'running', done: 40 }]);
    o.polling.wait = async () => void o.drop();
    await pollJob(o.polling);
    expect(o.asked).toEqual([]);
    expect(o.seen).toEqual([]);
  });

  it('drops an answer that arrives after the owner moved on', async () => {
    const o = owner([{ jobId: 'j1', state: 'running', done: 40 }]);
    const poll = o.polling.poll;
    o.polling.poll = async (jobId) => {
      const answer = await poll(jobId);
      o.drop();
      return answer;
    };
    await pollJob(o.polling);
    expect(o.asked).toEqual(['j1']);
    expect(o.seen).toEqual([]);
  });
});
