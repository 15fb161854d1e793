import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { demoWorkspaceJson } from '../../src/data';
import { runIn } from '../helpers/cli';
import { makeTempDir } from '../helpers/temp-dir';

let temp: ReturnType<typeof makeTempDir>;
beforeEach(() => {
  temp = makeTempDir();
  writeFileSync(join(temp.dir, 'demo.json'), JSON.stringify(demoWorkspaceJson()));
});
afterEach(() => temp.cleanup());

function cli(...args: string[]) {
  return runIn(temp.dir, args);
}

describe('coopfolio blend', () => {
  it('prints exactly the spec JSON for one plan, in euros, with totals that add up', async () => {
    const result = await cli(
      'blend',
      '--workspace',
      'demo.json',
      '--plan',
      'warmtenet-oost',
      '--json',
      '--lang',
      'en',
    );
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout);
    expect(Object.keys(json)).toEqual([
      'status',
      'totalCost',
      'funded',
      'ownRevenueTotal',
      'gap',
      'bound',
      'plans',
      'allocations',
      'ownRevenue',
      'guarantees',
      'funds',
      'binding',
      'awards',
    ]);
    expect(json.status).toBe('optimal');
    expect(json.totalCost).toBe(9383000);
    expect(json.funded + json.ownRevenueTotal + json.gap).toBeCloseTo(json.totalCost, 2);
    const own = json.ownRevenue.reduce((s: number, a: { amount: number }) => s + a.amount, 0);
    expect(own).toBeCloseTo(json.ownRevenueTotal, 2);
    // The heat network earns from its connections: its own revenue pays part of its costs.
    expect(json.ownRevenueTotal).toBeGreaterThan(0);
    const sum = json.allocations.reduce((s: number, a: { amount: number }) => s + a.amount, 0);
    expect(sum).toBeCloseTo(json.funded, 2);
    expect(Object.keys(json.binding[0])).toEqual(['rule', 'streamId', 'planId', 'valuePerEuro', 'message']);
  });

  it('blends a scenario and explains the gap in a Dutch table', async () => {
    const result = await cli('blend', '--workspace', 'demo.json', '--scenario', 'basis', '--lang', 'nl');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Totaal');
    expect(result.stdout).toContain('Waarom er een tekort blijft:');
  });

  it('refuses an unknown plan and a missing source with exit code 2', async () => {
    expect((await cli('blend', '--workspace', 'demo.json', '--plan', 'nope', '--lang', 'en')).code).toBe(2);
    expect((await cli('blend', '--plan', 'x', '--lang', 'en')).code).toBe(2);
  });
});

describe('coopfolio bench', () => {
  it('refuses an unknown workload with exit code 2 and the known names', async () => {
    const result = await cli('bench', '--only', 'nope');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('blend-plan, blend-plan-peer, blend-portfolio');
  });
});
