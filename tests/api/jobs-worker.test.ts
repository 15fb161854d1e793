// The real job worker (src/api/job-worker.mjs under tsx) gives what the host's own
// thread gives, byte for byte: a demo scenario run, and a report export with its files
// (the PDF through the host's renderer, here a stand-in that hashes the HTML it gets).
// Failures are worded as in the host's thread.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TaskKind, TaskInput } from '../../src/api/job-tasks';
import { describeRunFailure } from '../../src/api/scenario-run-handlers';
import { DescribedFailure, inThreadRunner, type TaskRunOptions } from '../../src/api/task-runner';
import { createWorkerPool, type WorkerPool } from '../../src/api/worker-pool';
import { loadDemoWorkspace } from '../../src/data';
import type { Workspace } from '../../src/model/workspace';
import { makeTempDir } from '../helpers/temp-dir';

let pool: WorkerPool;
let temp: ReturnType<typeof makeTempDir>;
let workspace: Workspace;

beforeAll(() => {
  pool = createWorkerPool({ size: 1 });
  temp = makeTempDir();
  workspace = loadDemoWorkspace();
});
afterAll(async () => {
  await pool.close();
  temp.cleanup();
});

/** A PDF renderer whose bytes depend on every byte of the HTML it is given. */
const fakePdf = (html: string) => Promise.resolve(new Uint8Array(createHash('sha256').update(html).digest()));

function options(progress: number[] = []): TaskRunOptions {
  return {
    signal: new AbortController().signal,
    onProgress: (done) => progress.push(done),
    pdf: fakePdf,
    failure: { lang: 'nl', internalKey: 'runFailed' },
  };
}

function both<K extends TaskKind>(kind: K, input: (where: string) => TaskInput<K>) {
  const progress: number[] = [];
  return Promise.all([
    inThreadRunner.run(kind, input('thread'), options()),
    pool.run(kind, input('worker'), options(progress)),
  ]).then(([inThread, inWorker]) => ({ inThread, inWorker, progress }));
}

describe('job worker thread', () => {
  it('finds its script in the checkout and runs the demo scenario exactly as this thread does', async () => {
    expect(pool.threaded).toBe(true);
    const scenario = workspace.scenarios[0]!;
    const { inThread, inWorker, progress } = await both('scenarioRun', () => ({
      workspace,
      scenarioId: scenario.id,
      draws: 400,
      seed: scenario.monteCarlo.seed,
      lang: 'nl',
    }));
    expect(JSON.stringify(inWorker)).toBe(JSON.stringify(inThread));
    // Progress came through the message port, counting up to the draws.
    expect(progress.length).toBeGreaterThan(0);
    expect(progress.at(-1)).toBe(400);
    expect([...progress].sort((a, b) => a - b)).toEqual(progress);
  });

  it('writes the same report files as this thread, the PDF by the host renderer', async () => {
    const generatedAt = '2026-12-08T04:00:00.000Z';
    // Fewer draws and sections than the demo's: the same code paths, a lighter test on a busy machine.
    const light = structuredClone(workspace);
    light.scenarios[0]!.monteCarlo.draws = 200;
    const { inThread, inWorker } = await both('reportExport', (where) => ({
      workspace: light,
      scenarioIds: [light.scenarios[0]!.id],
      lang: 'en',
      sections: ['portfolio'],
      formats: ['pdf', 'html', 'csv'],
      provenance: { appVersion: 'test', workspaceFile: 'demo.coopfolio', generatedAt },
      folder: join(temp.dir, where),
    }));
    expect(inWorker.pdf).toBe('written');
    expect(inWorker.html).toBe(inThread.html);
    expect(inWorker.files).toEqual(inThread.files);
    expect(inWorker.files.map((f) => f.format)).toContain('pdf');
    for (const file of inThread.files)
      expect(readFileSync(join(inWorker.folder, file.name))).toEqual(
        readFileSync(join(inThread.folder, file.name)),
      );
  });

  it('describes a failure in the words the host thread would use', async () => {
    const input = { workspace, scenarioId: 'no-such-scenario', draws: 10, seed: 1, lang: 'nl' as const };
    const inThread = await inThreadRunner.run('scenarioRun', input, options()).catch((e: unknown) => e);
    const inWorker = await pool.run('scenarioRun', input, options()).catch((e: unknown) => e);
    expect(inWorker).toBeInstanceOf(DescribedFailure);
    expect((inWorker as DescribedFailure).failure).toEqual(describeRunFailure(inThread, 'nl'));
    expect((inWorker as DescribedFailure).failure.code).toBe('not-found');
  });
});
