import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { demoWorkspaceJson, loadDemoWorkspace } from '../../src/data';
import { coachingHoursByMonth, stagePipeline } from '../../src/model/pipeline';
import { createWorkspaceStore } from '../../src/storage';
import { runIn } from '../helpers/cli';
import { makeTempDir } from '../helpers/temp-dir';

let temp: ReturnType<typeof makeTempDir>;
beforeEach(() => {
  temp = makeTempDir();
  writeFileSync(join(temp.dir, 'demo.json'), JSON.stringify(demoWorkspaceJson()));
  createWorkspaceStore(join(temp.dir, 'demo.coopfolio'), loadDemoWorkspace()).close();
});
afterEach(() => temp.cleanup());

describe('coopfolio pipeline', () => {
  it('prints the overview’s pipeline and coaching hours as JSON, from a JSON file or a workspace file', async () => {
    const demo = loadDemoWorkspace();
    const expected = {
      asOf: '2026-03-01',
      ...stagePipeline(demo.cooperatives, '2026-03-01'),
      coachingHours: coachingHoursByMonth(demo.cooperatives),
    };
    for (const source of [
      ['--workspace', 'demo.json'],
      ['--db', 'demo.coopfolio'],
    ]) {
      const result = await runIn(temp.dir, ['pipeline', ...source, '--as-of', '2026-03-01', '--json']);
      expect(result.code).toBe(0);
      expect(JSON.parse(result.stdout)).toEqual(expected);
    }
    // The demo records a path for all but one cooperative, in every stage.
    expect(expected.withoutHistory).toBe(1);
    expect(expected.stages.map((s) => s.current)).toEqual([2, 4, 5, 2]);
    expect(expected.coachingHours.length).toBeGreaterThan(0);
  });

  it('writes a table in Dutch, stays in months', async () => {
    const result = await runIn(temp.dir, ['pipeline', '--workspace', 'demo.json', '--as-of', '2026-03-01'], {
      COOPFOLIO_LANG: 'nl',
    });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Pijplijn van de incubator op 2026-03-01 (duur in maanden)');
    expect(result.stdout).toMatch(/Idee\s+2\s+8\s+7,7\s+7,6/);
  });

  it('refuses a reference day that is not a date, naming the option', async () => {
    const result = await runIn(temp.dir, ['pipeline', '--workspace', 'demo.json', '--as-of', '2026-02-30'], {
      COOPFOLIO_LANG: 'en',
    });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--as-of must be a date as YYYY-MM-DD, not "2026-02-30".');
  });
});
