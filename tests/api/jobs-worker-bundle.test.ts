// The job worker as a built bundle ships it (scripts/build-electron.mjs, `job-worker.cjs`
// beside the HiGHS WebAssembly and the Monte Carlo worker): plain JavaScript started
// without a TypeScript loader, giving the same scenario run as the host's own thread.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { inThreadRunner, type TaskRunOptions } from '../../src/api/task-runner';
import { createWorkerPool } from '../../src/api/worker-pool';
import { loadDemoWorkspace } from '../../src/data';
import { makeTempDir } from '../helpers/temp-dir';

interface BuildScript {
  buildElectron(options: { outDir: string; only: string[] }): Promise<unknown>;
}

// A computed specifier: the build script is plain JavaScript without type declarations.
const scriptUrl = pathToFileURL(join(import.meta.dirname, '../../scripts/build-electron.mjs')).href;
const { buildElectron } = (await import(scriptUrl)) as BuildScript;

const temp = makeTempDir();
afterAll(() => temp.cleanup());

const options = (): TaskRunOptions => ({
  signal: new AbortController().signal,
  onProgress: () => undefined,
  failure: { lang: 'en', internalKey: 'runFailed' },
});

describe('job worker bundle', () => {
  it('runs a scenario from the bundle exactly as this thread does', async () => {
    await buildElectron({ outDir: temp.dir, only: ['job-worker'] });
    const pool = createWorkerPool({ size: 1, script: pathToFileURL(join(temp.dir, 'job-worker.cjs')) });
    try {
      const workspace = loadDemoWorkspace();
      const scenario = workspace.scenarios[0]!;
      const input = { workspace, scenarioId: scenario.id, draws: 300, seed: 11, lang: 'en' as const };
      const [inWorker, inThread] = await Promise.all([
        pool.run('scenarioRun', input, options()),
        inThreadRunner.run('scenarioRun', input, options()),
      ]);
      expect(JSON.stringify(inWorker)).toBe(JSON.stringify(inThread));
    } finally {
      await pool.close();
    }
  }, 180_000);
});
