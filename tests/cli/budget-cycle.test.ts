import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BudgetCycleJson } from '../../src/contract';
import { runIn } from '../helpers/cli';

const DEMO = join(import.meta.dirname, '..', '..', 'src', 'data', 'demo-workspace.json');

describe('coopfolio budget-cycle', () => {
  it('prints the budget cycle of a demo scenario as JSON in euros', async () => {
    const { code, stdout, stderr } = await runIn(process.cwd(), [
      'budget-cycle',
      '--workspace',
      DEMO,
      '--scenario',
      'basis',
      '--json',
    ]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const cycle = JSON.parse(stdout) as BudgetCycleJson;
    expect(cycle.scenarioId).toBe('basis');
    expect(cycle.plans).toHaveLength(15);
    for (const year of cycle.years) {
      const cells = cycle.cells.filter((c) => c.year === year.year);
      const sum = (pick: (c: (typeof cells)[number]) => number) =>
        Math.round(cells.reduce((s, c) => s + pick(c), 0) * 100) / 100;
      expect(sum((c) => c.structural)).toBe(year.structural);
      expect(sum((c) => c.oneOff)).toBe(year.oneOff);
    }
    for (const p of cycle.plans) {
      expect(p.need).toBe(Math.max(0, Math.round((p.continuingCost - p.revenue) * 100) / 100));
    }
  });

  it('prints tables in Dutch and refuses a missing or unknown scenario', async () => {
    const table = await runIn(process.cwd(), ['budget-cycle', '--workspace', DEMO, '--scenario', 'basis'], {
      COOPFOLIO_LANG: 'nl',
    });
    expect(table.code).toBe(0);
    expect(table.stdout).toContain('Begrotingscyclus per begrotingsjaar');
    expect(table.stdout).toContain('Nu incidenteel');
    const missing = await runIn(process.cwd(), ['budget-cycle', '--workspace', DEMO, '--lang', 'en']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('--scenario');
    const unknown = await runIn(process.cwd(), [
      'budget-cycle',
      '--workspace',
      DEMO,
      '--scenario',
      'x',
      '--lang',
      'en',
    ]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('Scenario "x" does not exist.');
  });
});
