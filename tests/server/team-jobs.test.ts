// Long work on the team server (issue 17, point 7), against a real PostgreSQL: several
// users' scenario runs and report exports run at once in the job pool's worker threads
// while a colleague's edits are served; each job is its starter's. No timing asserts:
// every test asserts order (an edit acknowledged and read while the runs are still
// running) and outcomes.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { addUser } from '../../src/accounts/users';
import { inThreadRunner } from '../../src/api/task-runner';
import type { WorkerPool } from '../../src/api/worker-pool';
import { scenarioRunSchema } from '../../src/impact/scenario-run-schema';
import type { Workspace } from '../../src/model/workspace';
import { PASSWORD, ROLE_USERS, startTeamServer, type TeamFixture } from './team-support';

/** Draws enough that a run takes seconds on any machine, far longer than an edit. */
const LONG_DRAWS = 25_000;
const POOL_SIZE = 2;
const poll = { timeout: 120_000, interval: 50 };
/** Per test: seconds of runs on a machine shared with the other test files. */
const TEST_TIMEOUT = 300_000;

let team: TeamFixture;
let pool: WorkerPool;
/** Cookies by user. */
const as: Record<'anouk' | 'bram' | 'ada' | 'eddy', string> = { anouk: '', bram: '', ada: '', eddy: '' };

beforeAll(async () => {
  team = await startTeamServer({ jobWorkers: POOL_SIZE });
  pool = team.services.taskRunner!() as WorkerPool;
  // A second analyst, to have two users of the same role.
  await addUser(team.accounts.pool, { name: 'bram', role: 'analyst', password: PASSWORD }, new Date());
  as.anouk = await team.login(ROLE_USERS.analyst);
  as.bram = await team.login('bram');
  as.ada = await team.login(ROLE_USERS.admin);
  as.eddy = await team.login(ROLE_USERS.editor);
});
afterAll(async () => {
  await team?.close();
});

async function ok(name: string, input: unknown, cookie: string) {
  const answer = await team.call(name, input, { cookie });
  if (answer.status !== 200) throw new Error(`${name}: ${answer.status} ${answer.text}`);
  return answer.body.value;
}

async function untilSettled(kind: 'scenarios' | 'reports', jobId: string, cookie: string) {
  let job = await ok(`${kind}.job`, { jobId }, cookie);
  while (job.state === 'running') {
    await new Promise((resolve) => setTimeout(resolve, 100));
    job = await ok(`${kind}.job`, { jobId }, cookie);
  }
  return job;
}

/** An editor renames the first plan: acknowledged, and the new name is what a read returns. */
async function editPlan(name: string) {
  const [listed] = await ok('plans.list', {}, as.eddy);
  const { version, ...plan } = listed;
  await ok('plans.update', { plan: { ...plan, name }, expectedVersion: version }, as.eddy);
  const [read] = await ok('plans.list', {}, as.eddy);
  expect(read.name).toBe(name);
}

describe('jobs on the team server', () => {
  it(
    "runs two users' scenario runs at once while a third user's edit is served, with the results of a run alone",
    async () => {
      expect(pool.threaded).toBe(true);
      expect(pool.size).toBe(POOL_SIZE);
      const snapshot: Workspace = await team.backend.load();
      const scenario = snapshot.scenarios[0]!;
      const input = { scenarioId: scenario.id, draws: LONG_DRAWS, seed: 7 };
      const a = await ok('scenarios.start', input, as.anouk);
      const b = await ok('scenarios.start', input, as.bram);
      // Each has a thread of its own.
      await vi.waitFor(() => expect(pool.stats()).toMatchObject({ running: 2, queued: 0 }), poll);

      await editPlan('Hernoemd terwijl de runs lopen');
      // The edit was acknowledged and read back while both runs were still going.
      expect((await ok('scenarios.job', { jobId: a.jobId }, as.anouk)).state).toBe('running');
      expect((await ok('scenarios.job', { jobId: b.jobId }, as.bram)).state).toBe('running');

      const [doneA, doneB] = await Promise.all([
        untilSettled('scenarios', a.jobId, as.anouk),
        untilSettled('scenarios', b.jobId, as.bram),
      ]);
      expect(doneA).toMatchObject({ state: 'done', done: LONG_DRAWS, total: LONG_DRAWS, error: null });
      expect(doneB).toMatchObject({ state: 'done', done: LONG_DRAWS, error: null });
      // Run alone, in this thread, on the workspace as it was when the runs started.
      const alone = await inThreadRunner.run(
        'scenarioRun',
        { workspace: snapshot, scenarioId: scenario.id, draws: LONG_DRAWS, seed: 7, lang: 'en' },
        {
          signal: new AbortController().signal,
          onProgress: () => undefined,
          failure: { lang: 'en', internalKey: 'runFailed' },
        },
      );
      const wire = JSON.parse(JSON.stringify(z.encode(scenarioRunSchema, alone)));
      expect(JSON.stringify(doneA.result)).toBe(JSON.stringify(wire));
      expect(JSON.stringify(doneB.result)).toBe(JSON.stringify(wire));
    },
    TEST_TIMEOUT,
  );

  it(
    'queues jobs beyond the pool size as running with nothing done, and starts them as threads come free',
    async () => {
      const scenarioId = (await team.backend.load()).scenarios[0]!.id;
      const long = { scenarioId, draws: LONG_DRAWS };
      const first = await ok('scenarios.start', long, as.anouk);
      const second = await ok('scenarios.start', long, as.bram);
      const third = await ok('scenarios.start', { scenarioId, draws: 50 }, as.anouk);
      await vi.waitFor(() => expect(pool.stats()).toMatchObject({ running: 2, queued: 1 }), poll);
      expect(await ok('scenarios.job', { jobId: third.jobId }, as.anouk)).toMatchObject({
        state: 'running',
        done: 0,
      });
      await ok('scenarios.cancel', { jobId: first.jobId }, as.anouk);
      expect(await untilSettled('scenarios', third.jobId, as.anouk)).toMatchObject({
        state: 'done',
        done: 50,
      });
      await ok('scenarios.cancel', { jobId: second.jobId }, as.bram);
    },
    TEST_TIMEOUT,
  );

  it(
    "hides a job from other users, lets its starter (or an admin) cancel it, and the cancelled run's thread stops",
    async () => {
      await vi.waitFor(() => expect(pool.stats()).toMatchObject({ running: 0, queued: 0 }), poll);
      const scenarioId = (await team.backend.load()).scenarios[0]!.id;
      const job = await ok('scenarios.start', { scenarioId, draws: LONG_DRAWS }, as.anouk);
      await vi.waitFor(() => expect(pool.stats().running).toBe(1), poll);

      // Another analyst: the id answers exactly as one never issued, for reading and cancelling.
      const neverIssued = '00000000-0000-4000-8000-000000000000';
      for (const name of ['scenarios.job', 'scenarios.cancel']) {
        const refused = await team.call(name, { jobId: job.jobId }, { cookie: as.bram });
        const unknown = await team.call(name, { jobId: neverIssued }, { cookie: as.bram });
        expect(refused.body.ok).toBe(false);
        expect(refused.body.error.code).toBe('invalid-input');
        expect(refused.status).toBe(unknown.status);
        expect(refused.text.replaceAll(job.jobId, neverIssued)).toBe(unknown.text);
      }
      // An admin sees it.
      expect((await ok('scenarios.job', { jobId: job.jobId }, as.ada)).state).toBe('running');

      const threadsBefore = pool.stats().threads;
      expect(await ok('scenarios.cancel', { jobId: job.jobId }, as.anouk)).toMatchObject({
        state: 'cancelled',
      });
      // Its thread is terminated, the slot free.
      await vi.waitFor(
        () => expect(pool.stats()).toEqual({ running: 0, queued: 0, threads: threadsBefore - 1 }),
        poll,
      );
      expect((await ok('scenarios.job', { jobId: job.jobId }, as.anouk)).state).toBe('cancelled');

      // The next job runs; an admin may cancel another user's job.
      const next = await ok('scenarios.start', { scenarioId, draws: 50 }, as.bram);
      expect(await untilSettled('scenarios', next.jobId, as.bram)).toMatchObject({ state: 'done', done: 50 });
      const bramsLong = await ok('scenarios.start', { scenarioId, draws: LONG_DRAWS }, as.bram);
      expect(await ok('scenarios.cancel', { jobId: bramsLong.jobId }, as.ada)).toMatchObject({
        state: 'cancelled',
      });
      expect((await ok('scenarios.job', { jobId: bramsLong.jobId }, as.bram)).state).toBe('cancelled');
    },
    TEST_TIMEOUT,
  );

  it(
    'exports a report while edits go on; its files are its starter’s',
    async () => {
      // A report runs each scenario with its own draws: many, so the export takes seconds.
      const [scenario] = await ok('scenarios.list', {}, as.eddy);
      const { version, ...fields } = scenario;
      await ok(
        'scenarios.update',
        {
          scenario: { ...fields, monteCarlo: { ...fields.monteCarlo, draws: LONG_DRAWS } },
          expectedVersion: version,
        },
        as.eddy,
      );
      const scenarioId: string = scenario.id;
      const job = await ok(
        'reports.start',
        {
          scenarioIds: [scenarioId],
          sections: ['portfolio', 'doughnut'],
          formats: ['csv', 'html'],
          lang: 'nl',
        },
        as.anouk,
      );
      await vi.waitFor(() => expect(pool.stats().running).toBe(1), poll);
      await editPlan('Hernoemd tijdens het rapport');
      expect((await ok('reports.job', { jobId: job.jobId }, as.anouk)).state).toBe('running');

      const done = await untilSettled('reports', job.jobId, as.anouk);
      expect(done).toMatchObject({ state: 'done', done: 1000, error: null });
      const html = done.result.files.find((f: { format: string }) => f.format === 'html');
      const file = await ok('reports.download', { jobId: job.jobId, name: html.name }, as.anouk);
      expect(Buffer.from(file.base64, 'base64').toString('utf8')).toBe(done.result.html);
      const refused = await team.call(
        'reports.download',
        { jobId: job.jobId, name: html.name },
        { cookie: as.bram },
      );
      expect(refused.body).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
      expect(refused.body.error.message).toContain(`"${job.jobId}" does not exist`);
    },
    TEST_TIMEOUT,
  );
});
