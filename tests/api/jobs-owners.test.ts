// Jobs per user (src/api/jobs.ts): a job records who started it; a viewer sees and
// cancels only their own, an admin every one; local hosts (no viewer, no owner) see all.
// Finished jobs kept for polling are counted per owner. A failure a worker described
// is taken as it is.
import { describe, expect, it } from 'vitest';
import type { CallContext } from '../../src/api/context';
import { createJobRegistry, jobViewerOf, type JobViewer } from '../../src/api/jobs';
import { DescribedFailure } from '../../src/api/task-runner';

const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

function registry(keepFinished = 20) {
  return createJobRegistry<{ what: string }, string>({ keepFinished });
}

/** Work that never settles until cancelled. */
const pending = () => new Promise<string>(() => undefined);

const describeFailure = () => ({ code: 'internal', message: 'described here' });

const anouk: JobViewer = { user: 'anouk', anyJob: false };
const bram: JobViewer = { user: 'bram', anyJob: false };
const ada: JobViewer = { user: 'ada', anyJob: true };

describe('jobs per user', () => {
  it('takes the viewer from the call: none locally, the signed-in user on the team server, admins see all', () => {
    expect(jobViewerOf({ lang: 'nl' })).toBeUndefined();
    const context = (role: 'admin' | 'analyst'): CallContext => ({ lang: 'en', user: { name: 'x', role } });
    expect(jobViewerOf(context('analyst'))).toEqual({ user: 'x', anyJob: false });
    expect(jobViewerOf(context('admin'))).toEqual({ user: 'x', anyJob: true });
  });

  it("answers another user's job as unknown, for reading and cancelling, and leaves it running", async () => {
    const jobs = registry();
    const job = jobs.start({ meta: { what: 'a' }, total: 1, work: pending, describeFailure, owner: 'anouk' });
    await turn();
    expect(jobs.get(job.jobId, bram)).toBeUndefined();
    expect(jobs.cancel(job.jobId, bram)).toBeUndefined();
    expect(jobs.get(job.jobId, anouk)?.state).toBe('running');
    // A local host's caller and an admin see it.
    expect(jobs.get(job.jobId)?.state).toBe('running');
    expect(jobs.get(job.jobId, ada)?.state).toBe('running');
    expect(jobs.cancel(job.jobId, ada)?.state).toBe('cancelled');
    expect(jobs.get(job.jobId, anouk)?.state).toBe('cancelled');
  });

  it('lets everyone see a job without an owner (a local host has no accounts)', async () => {
    const jobs = registry();
    const job = jobs.start({ meta: { what: 'a' }, total: 1, work: pending, describeFailure });
    await turn();
    expect(jobs.get(job.jobId, bram)?.state).toBe('running');
    expect(jobs.cancel(job.jobId, bram)?.state).toBe('cancelled');
  });

  it("keeps each user's finished jobs: a busy colleague does not push yours out", async () => {
    const jobs = registry(2);
    const done = (owner: string) =>
      jobs.start({
        meta: { what: owner },
        total: 1,
        work: () => Promise.resolve(owner),
        describeFailure,
        owner,
      });
    const mine = done('anouk');
    const theirs = [done('bram'), done('bram'), done('bram')];
    await turn();
    await turn();
    expect(jobs.get(mine.jobId, anouk)).toMatchObject({ state: 'done', result: 'anouk' });
    // Bram's oldest is dropped beyond two of his own.
    expect(jobs.get(theirs[0]!.jobId, bram)).toBeUndefined();
    expect(jobs.get(theirs[2]!.jobId, bram)?.state).toBe('done');
  });

  it("takes a worker's described failure as it is, not through describeFailure", async () => {
    const jobs = registry();
    const failure = { code: 'solver-failed', message: 'De solver faalde.' };
    const job = jobs.start({
      meta: { what: 'a' },
      total: 1,
      work: () => Promise.reject(new DescribedFailure(failure)),
      describeFailure,
    });
    await turn();
    await turn();
    expect(jobs.get(job.jobId)).toMatchObject({ state: 'failed', error: failure });
  });
});
