import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ProcurementAnalysisJson } from '../../src/contract';
import { runIn } from '../helpers/cli';
import { makeTempDir } from '../helpers/temp-dir';

const DEMO = join(import.meta.dirname, '..', '..', 'src', 'data', 'demo-workspace.json');

describe('coopfolio procurement', () => {
  it('prints the demo’s procurement per year as JSON in euros', async () => {
    const { code, stdout, stderr } = await runIn(process.cwd(), [
      'procurement',
      '--workspace',
      DEMO,
      '--json',
    ]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const analysis = JSON.parse(stdout) as ProcurementAnalysisJson;
    const y2026 = analysis.years.find((y) => y.year === 2026)!;
    expect(y2026).toMatchObject({
      awarded: 755000,
      reserved: 570000,
      reservedContracts: 2,
      socialReturn: 28500,
    });
    expect(y2026.share).toBeCloseTo(755000 / 280500000, 12);
    expect(analysis.contributionMargin).toBe(0.15);
  });

  it('prints a table in Dutch', async () => {
    const table = await runIn(process.cwd(), ['procurement', '--workspace', DEMO], { COOPFOLIO_LANG: 'nl' });
    expect(table.code).toBe(0);
    expect(table.stdout).toContain('Gegund aan coöperaties');
    expect(table.stdout).toMatch(/2026\s+€\s280\.500\.000\s+€\s755\.000\s+0,27%/);
  });

  it('carries the section and the scenario target through import and export of a workspace file', async () => {
    const temp = makeTempDir();
    try {
      const db = join(temp.dir, 'inkoop.coopfolio');
      const out = join(temp.dir, 'terug.json');
      expect((await runIn(temp.dir, ['import', DEMO, '--db', db])).code).toBe(0);
      expect((await runIn(temp.dir, ['export', '--db', db, '--out', out])).code).toBe(0);
      const demo = JSON.parse(readFileSync(DEMO, 'utf8')) as { procurement: unknown };
      const back = JSON.parse(readFileSync(out, 'utf8')) as {
        procurement: unknown;
        scenarios: { id: string; procurementShare?: number }[];
      };
      expect(back.procurement).toEqual(demo.procurement);
      expect(back.scenarios.find((s) => s.id === 'inkoop-vliegwiel')?.procurementShare).toBe(0.01);
      const fromDb = await runIn(temp.dir, ['procurement', '--db', db, '--json']);
      expect(JSON.parse(fromDb.stdout)).toEqual(
        JSON.parse((await runIn(process.cwd(), ['procurement', '--workspace', DEMO, '--json'])).stdout),
      );
    } finally {
      temp.cleanup();
    }
  });
});
