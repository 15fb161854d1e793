import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { demoWorkspaceJson } from '../../src/data';
import { tinyWorkspaceJson } from '../impact/builders';
import { runIn } from '../helpers/cli';
import { makeTempDir } from '../helpers/temp-dir';
import { scenarioContributionSchema } from '../../src/contract';

let temp: ReturnType<typeof makeTempDir>;
beforeEach(() => {
  temp = makeTempDir();
  writeFileSync(join(temp.dir, 'demo.json'), JSON.stringify(demoWorkspaceJson()));
});
afterEach(() => temp.cleanup());

function cli(...args: string[]) {
  return runIn(temp.dir, args);
}

interface YearJson {
  value: number;
  status: number;
  p10: number;
  p50: number;
  p90: number;
}

describe('coopfolio scenario', () => {
  it('prints exactly the spec JSON: the blend plus indicators by year, progress only on stderr', async () => {
    const args = ['scenario', '--workspace', 'demo.json', '--scenario', 'basis', '--draws', '300', '--json'];
    const result = await cli(...args, '--lang', 'en');
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
      'indicators',
      'guaranteeCalls',
      'contribution',
      'desiloing',
    ]);
    // The contribution as the wire schema describes it, for the whole portfolio and its parts.
    const contribution = scenarioContributionSchema.parse(json.contribution);
    expect(contribution.byCooperative.length).toBeGreaterThan(1);
    expect(contribution.portfolio.dimensions).toHaveLength(21);
    expect(Object.keys(json.guaranteeCalls)).toEqual([
      'expected',
      'p50',
      'p90',
      'maxPossible',
      'byGuarantee',
    ]);
    for (const g of json.guaranteeCalls.byGuarantee as object[]) {
      expect(Object.keys(g)).toEqual(['streamId', 'expected', 'p90']);
    }
    expect(json.guaranteeCalls.p90).toBeLessThanOrEqual(json.guaranteeCalls.maxPossible);
    expect(Object.keys(json.plans[0])).toEqual([
      'planId',
      'totalCost',
      'funded',
      'ownRevenue',
      'gap',
      'fundedShare',
    ]);
    expect(json.indicators).toHaveLength(25);
    for (const indicator of json.indicators as { indicatorId: string; years: Record<string, YearJson> }[]) {
      expect(Object.keys(indicator)).toEqual(['indicatorId', 'years']);
      expect(Object.keys(indicator.years)).toEqual([
        '2026',
        '2027',
        '2028',
        '2029',
        '2030',
        '2031',
        '2032',
        '2033',
        '2034',
        '2035',
      ]);
      for (const y of Object.values(indicator.years)) {
        expect(Object.keys(y)).toEqual(['value', 'status', 'p10', 'p50', 'p90']);
        expect(y.p10).toBeLessThanOrEqual(y.p50);
        expect(y.p50).toBeLessThanOrEqual(y.p90);
      }
    }
    expect(result.stderr).toContain('Monte Carlo: 300/300');

    // The same seed and draws print the same bytes; another seed moves the bands.
    expect((await cli(...args, '--lang', 'en')).stdout).toBe(result.stdout);
    const other = await cli(...args, '--seed', '43', '--lang', 'en');
    expect(other.stdout).not.toBe(result.stdout);
  });

  it('prints a readable Dutch table with funding, bands and what the gap costs', async () => {
    const result = await cli(
      'scenario',
      '--workspace',
      'demo.json',
      '--scenario',
      'sociaal-eerst',
      '--lang',
      'nl',
    );
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Projectie 2026-2035; P10-P90 uit 2000 trekkingen, seed 11.');
    expect(result.stdout).toContain('Totaal');
    expect(result.stdout).toContain('CO2-uitstoot op het grondgebied (Klimaatverandering)');
    expect(result.stdout).toContain('Wat het tekort kost');
  });

  it('ranks where the next euro helps most in the table, the incubator budget included', async () => {
    writeFileSync(join(temp.dir, 'tiny.json'), JSON.stringify(tinyWorkspaceJson()));
    const result = await cli(
      'scenario',
      '--workspace',
      'tiny.json',
      '--scenario',
      'all',
      '--next-euro',
      '--lang',
      'en',
    );
    expect(result.code).toBe(0);
    const ranking = result.stdout.slice(result.stdout.indexOf('Where the next euro helps most'));
    // +EUR 10,000 lowers the health shortfall from 0.44 to 0.43: -1 point per 10,000, -100 per million.
    expect(ranking).toMatch(/^Grant\s+budget\s+€10,000\s+€10,000\s+-100$/m);
    expect(ranking).toMatch(/^New incubator budget\s+budget\s+€10,000\s+€10,000\s+-100$/m);
    expect(ranking.indexOf('Grant')).toBeLessThan(ranking.indexOf('New incubator budget'));
    expect(result.stderr).toContain('Next euro: 4/4');
  });

  it('refuses bad draws and seeds naming the option, unknown scenarios and missing sources with exit code 2', async () => {
    const base = ['scenario', '--workspace', 'demo.json', '--scenario', 'basis', '--lang', 'en'];
    const draws = await cli(...base, '--draws', '0');
    expect(draws.code).toBe(2);
    expect(draws.stderr).toContain('--draws must be a whole number from 1 to 1000000, not "0".');
    const seed = await cli(...base, '--seed', '-1');
    expect(seed.code).toBe(2);
    expect(seed.stderr).toContain('--seed');
    const unknown = await cli('scenario', '--workspace', 'demo.json', '--scenario', 'nope', '--lang', 'en');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('Scenario "nope" does not exist.');
    expect((await cli('scenario', '--scenario', 'basis', '--lang', 'en')).code).toBe(2);
    expect((await cli('scenario', '--workspace', 'demo.json', '--lang', 'en')).code).toBe(2);
    const both = await cli(...base, '--json', '--next-euro');
    expect(both.code).toBe(2);
    expect(both.stdout).toBe('');
  });
});
