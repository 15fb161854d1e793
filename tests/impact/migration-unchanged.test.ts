import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoWorkspaceJson } from '../../src/data';
import { divisorOf, plansWithConvertedOutputs, runScenario, type ScenarioRun } from '../../src/impact';
import { parseWorkspace, type Workspace } from '../../src/model';
import { openWorkspaceStore } from '../../src/storage';
import { tempFolders } from '../storage/builders';

/*
 * Format version 2 stores what a cooperative delivers (192 households) where version 1
 * stored a share of the city (0.0004). Existing workspaces must project exactly what they
 * did: this file runs every scenario of the demo, blend, projection and a seeded Monte
 * Carlo, on the demo as it was before issue 14 and on each way it reaches version 2.
 *
 * - before: the version-1 demo (tests/fixtures/impact/demo-workspace-v1.json, the shipped
 *   file before issue 14), also checked against the version-1 formula worked out here from
 *   its raw `annual` figures;
 * - SQLite: that demo as a schema-30 workspace file made by the build before issue 14
 *   (demo-v30.coopfolio), opened and so migrated through 0050;
 * - shipped: the version-2 demo's indicators (with their city totals) and impact lines
 *   (absolute outputs) put in place of the version-1 ones;
 * - converted: the version-1 demo given those city totals through the app's conversion.
 */

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'impact');
const RELATIVE = 1e-9;
const DRAWS = 400;
const SEED = 20_260_514;

const folders = tempFolders();
afterAll(() => folders.cleanup());

type Json = Record<string, unknown>;
interface LineJson extends Json {
  indicatorId: string;
  output: number;
}
interface PlanJson extends Json {
  id: string;
  impacts: LineJson[];
}
interface IndicatorJson extends Json {
  id: string;
  denominator?: { value: number };
}

function parsed(json: unknown): Workspace {
  const result = parseWorkspace(json, 'en');
  if (!result.ok) throw new Error(result.issues.map((i) => `${i.pathText}: ${i.message}`).join('\n'));
  return result.value;
}

function v1Json(): {
  version: number;
  plans: { id: string; impacts: (Json & { indicatorId: string; annual: number })[] }[];
  indicators: Json[];
} {
  return JSON.parse(readFileSync(join(FIXTURES, 'demo-workspace-v1.json'), 'utf8'));
}

/** The shipped version-2 demo's impact data, on the version-1 demo (everything else as it was). */
function shippedImpactOnV1(): Workspace {
  const shipped = demoWorkspaceJson() as { plans: PlanJson[]; indicators: IndicatorJson[] };
  const old = v1Json();
  const shippedPlans = new Map(shipped.plans.map((p) => [p.id, p]));
  return parsed({
    ...old,
    version: 3,
    indicators: shipped.indicators,
    plans: old.plans.map((plan) => ({ ...plan, impacts: shippedPlans.get(plan.id)!.impacts })),
  });
}

/** The version-1 demo upgraded, then given the shipped city totals as the Indicators screen gives them. */
function convertedV1(): Workspace {
  let workspace = parsed(v1Json());
  const shipped = demoWorkspaceJson() as { indicators: IndicatorJson[] };
  for (const indicator of shipped.indicators) {
    if (indicator.denominator === undefined) continue;
    const to = indicator.denominator.value;
    const changed = new Map(
      plansWithConvertedOutputs(workspace.plans, indicator.id, 1, to).map((p) => [p.id, p]),
    );
    workspace = { ...workspace, plans: workspace.plans.map((p) => changed.get(p.id) ?? p) };
  }
  return workspace;
}

function migratedSqliteDemo(): Workspace {
  const file = join(folders.make(), 'demo-v30.coopfolio');
  copyFileSync(join(FIXTURES, 'demo-v30.coopfolio'), file);
  const store = openWorkspaceStore(file);
  try {
    expect(store.meta().schemaVersion).toBeGreaterThanOrEqual(50);
    return store.load();
  } finally {
    store.close();
  }
}

async function runAll(workspace: Workspace): Promise<Map<string, ScenarioRun>> {
  const runs = new Map<string, ScenarioRun>();
  for (const scenario of workspace.scenarios) {
    runs.set(scenario.id, await runScenario(workspace, scenario.id, { draws: DRAWS, seed: SEED }));
  }
  return runs;
}

function expectClose(actual: number, expected: number, where: string): void {
  const scale = Math.max(Math.abs(actual), Math.abs(expected));
  expect(Math.abs(actual - expected), `${where}: ${actual} vs ${expected}`).toBeLessThanOrEqual(
    RELATIVE * scale,
  );
}

/** Every indicator's value, its effect (value minus the path without the portfolio) and band, per year. */
function expectSameProjection(after: Map<string, ScenarioRun>, before: Map<string, ScenarioRun>): void {
  expect([...after.keys()]).toEqual([...before.keys()]);
  let compared = 0;
  for (const [scenarioId, run] of before) {
    const other = after.get(scenarioId)!;
    expect(other.indicators.map((i) => i.indicator.id)).toEqual(run.indicators.map((i) => i.indicator.id));
    run.indicators.forEach((indicator, i) => {
      indicator.years.forEach((year, k) => {
        const moved = other.indicators[i]!.years[k]!;
        const where = `${scenarioId} ${indicator.indicator.id} ${year.year}`;
        expectClose(moved.value, year.value, `${where} value`);
        expectClose(moved.value - moved.noAction, year.value - year.noAction, `${where} effect`);
        for (const band of ['p10', 'p50', 'p90'] as const)
          expectClose(moved[band], year[band], `${where} ${band}`);
        compared += 1;
      });
    });
  }
  expect(compared).toBeGreaterThan(900);
}

let before: Map<string, ScenarioRun>;

beforeAll(async () => {
  before = await runAll(parsed(v1Json()));
}, 120_000);

describe('the demo projects the same before and after the move to absolute outputs', () => {
  it('runs the version-1 demo as the version-1 formula says, from its raw annual figures', () => {
    const json = v1Json();
    expect(json.version).toBe(1);
    const lines = new Map(json.plans.map((p) => [p.id, p.impacts]));
    for (const [scenarioId, run] of before) {
      const shares = new Map(run.blend.plans.map((p) => [p.planId, p.fundedShare]));
      for (const indicator of run.indicators) {
        for (const year of indicator.years) {
          // annual x fundedShare x (1-deadweight) x (1-attribution) x (1-displacement) x (1-dropOff)^(t-start)
          let effect = 0;
          for (const [planId, share] of shares) {
            for (const line of lines.get(planId) ?? []) {
              const start = line['start'] as number;
              if (line.indicatorId !== indicator.indicator.id) continue;
              if (year.year < start || year.year >= start + (line['duration'] as number)) continue;
              const keep = (key: string) => 1 - ((line[key] as number | undefined) ?? 0);
              effect +=
                line.annual *
                share *
                keep('deadweight') *
                keep('attribution') *
                keep('displacement') *
                keep('dropOff') ** (year.year - start);
            }
          }
          const where = `${scenarioId} ${indicator.indicator.id} ${year.year}`;
          expectClose(year.value, year.noAction + effect, where);
        }
      }
    }
  });

  it('projects the same from a schema-30 SQLite demo migrated through 0050', async () => {
    expectSameProjection(await runAll(migratedSqliteDemo()), before);
  }, 120_000);

  it('projects the same from the shipped version-2 demo’s city totals and absolute outputs', async () => {
    const shipped = shippedImpactOnV1();
    // The shipped lines really are absolute: 192 households, not 0.0004 of the city.
    const zon = shipped.plans.find((p) => p.id === 'zon-op-oost')!;
    const households = zon.impacts.find((l) => l.indicatorId === 'geen-energiearmoede')!;
    expect(households.output).toBe(192);
    const energy = shipped.indicators.find((i) => i.id === 'geen-energiearmoede')!;
    expect(divisorOf(energy)).toBe(480_000);
    expectSameProjection(await runAll(shipped), before);
  }, 120_000);

  it('ships exactly the outputs the app’s conversion gives the version-1 demo', () => {
    const shipped = shippedImpactOnV1();
    const converted = convertedV1();
    expect(converted.plans.map((p) => p.impacts.map((l) => [l.indicatorId, l.output]))).toEqual(
      shipped.plans.map((p) => p.impacts.map((l) => [l.indicatorId, l.output])),
    );
  });
});
