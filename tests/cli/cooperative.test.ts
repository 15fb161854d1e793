import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CooperativeAnalysis } from '../../src/contract';
import { runIn } from '../helpers/cli';

const DEMO = join(import.meta.dirname, '..', '..', 'src', 'data', 'demo-workspace.json');

describe('coopfolio cooperative', () => {
  it('prints a cooperative under a demo scenario as JSON in euros', async () => {
    const args = ['cooperative', '--workspace', DEMO, '--id', 'meerhoek', '--scenario', 'basis', '--json'];
    const { code, stdout, stderr } = await runIn(process.cwd(), args);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const analysis = JSON.parse(stdout) as CooperativeAnalysis;
    expect(analysis.cooperativeId).toBe('meerhoek');
    expect(analysis.plans.map((p) => p.planId)).toEqual(['zorg-en-energie-meerhoek']);
    // The silos add up to the plan's funding; the cash position is the running sum of the net.
    const silos = analysis.siloFunding.reduce((sum, s) => sum + s.amount, 0);
    expect(silos).toBeCloseTo(analysis.plans[0]!.funded, 2);
    let running = 0;
    for (const year of analysis.years) {
      running += year.net;
      expect(year.cumulative).toBeCloseTo(running, 2);
    }
    // An SGEI-entrusted cooperative: both rooms, the SGEI one counting general aid too.
    expect(analysis.deMinimis).not.toBeNull();
    expect(analysis.sgeiDeMinimis).not.toBeNull();
    expect(analysis.sgeiDeMinimis!.used).toBeGreaterThanOrEqual(analysis.deMinimis!.used);
    expect(analysis.sgeiDeMinimis!.headroom).toBeCloseTo(
      analysis.sgeiDeMinimis!.ceiling - analysis.sgeiDeMinimis!.used,
      2,
    );
  });

  it('prints tables in Dutch and refuses a missing or unknown cooperative', async () => {
    const table = await runIn(
      process.cwd(),
      ['cooperative', '--workspace', DEMO, '--id', 'meerhoek', '--scenario', 'basis'],
      { COOPFOLIO_LANG: 'nl' },
    );
    expect(table.code).toBe(0);
    expect(table.stdout).toContain('Financiering per jaar, per silo');
    expect(table.stdout).toContain('DAEB');
    expect(table.stdout).toContain('Kaspositie per jaar');
    const missing = await runIn(process.cwd(), [
      'cooperative',
      '--workspace',
      DEMO,
      '--scenario',
      'basis',
      '--lang',
      'en',
    ]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('--id');
    const unknown = await runIn(process.cwd(), [
      'cooperative',
      '--workspace',
      DEMO,
      '--id',
      'x',
      '--scenario',
      'basis',
      '--lang',
      'en',
    ]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('Cooperative "x" does not exist.');
  });
});
