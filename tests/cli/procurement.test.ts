import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ProcurementAnalysisJson } from '../../src/api/procurement-operations';
import { runIn } from '../helpers/cli';

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
});
