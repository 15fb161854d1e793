import type { Scenario } from '../../model';
import type { ReadDb, WriteDb } from '../sql';
import type { Removed } from '../types';
import { childrenOf } from './checked';
import { childRowsBy, itemRows } from './select';

type Override = Scenario['indicatorOverrides'][string];

export interface ScenarioRow {
  id: string;
  position: number;
  name: string;
  monte_carlo_draws: number;
  monte_carlo_seed: number;
  /** Schema 100: the procurement lever's target share, NULL without a lever. */
  procurement_share: number | null;
}

export interface ScenarioPlanRow {
  scenario_id: string;
  position: number;
  plan_id: string;
}

/** Maps keep a position too: JSON export must list keys in the order the user gave them. */
export interface StreamFactorRow {
  scenario_id: string;
  position: number;
  stream_id: string;
  factor: number;
}

export interface IndicatorOverrideRow {
  scenario_id: string;
  position: number;
  indicator_id: string;
  trend: number | null;
  threshold: number | null;
}

/** Schema 80: one silo a de-siloing scenario pools, in the user's order. */
export interface DesiloingSiloRow {
  scenario_id: string;
  position: number;
  silo: string;
}

export function scenarioToRow(scenario: Scenario, position: number): ScenarioRow {
  return {
    id: scenario.id,
    position,
    name: scenario.name,
    monte_carlo_draws: scenario.monteCarlo.draws,
    monte_carlo_seed: scenario.monteCarlo.seed,
    procurement_share: scenario.procurementShare ?? null,
  };
}

export interface ScenarioChildren {
  plans: ScenarioPlanRow[];
  factors: StreamFactorRow[];
  overrides: IndicatorOverrideRow[];
  silos: DesiloingSiloRow[];
}

export function scenarioFromRow(row: ScenarioRow, children: ScenarioChildren): Scenario {
  const streamFactors: Record<string, number> = {};
  for (const row of children.factors) {
    const [streamId, factor] = streamFactorFromRow(row);
    streamFactors[streamId] = factor;
  }
  const indicatorOverrides: Record<string, Override> = {};
  for (const override of children.overrides) {
    indicatorOverrides[override.indicator_id] = indicatorOverrideFromRow(override);
  }
  return {
    id: row.id,
    name: row.name,
    plans: children.plans.map(scenarioPlanFromRow),
    streamFactors,
    indicatorOverrides,
    monteCarlo: { draws: row.monte_carlo_draws, seed: row.monte_carlo_seed },
    ...(row.procurement_share === null ? {} : { procurementShare: row.procurement_share }),
    // No rows: the scenario does not pool (the model never holds an empty list).
    ...(children.silos.length === 0 ? {} : { desiloing: { silos: children.silos.map((s) => s.silo) } }),
  };
}

export function scenarioPlanToRow(scenarioId: string, planId: string, position: number): ScenarioPlanRow {
  return { scenario_id: scenarioId, position, plan_id: planId };
}

export function scenarioPlanFromRow(row: ScenarioPlanRow): string {
  return row.plan_id;
}

/** One `streamFactors` entry as `[streamId, factor]`. */
export function streamFactorFromRow(row: StreamFactorRow): [string, number] {
  return [row.stream_id, row.factor];
}

export function streamFactorToRow(
  scenarioId: string,
  streamId: string,
  factor: number,
  position: number,
): StreamFactorRow {
  return { scenario_id: scenarioId, position, stream_id: streamId, factor };
}

export function indicatorOverrideToRow(
  scenarioId: string,
  indicatorId: string,
  override: Override,
  position: number,
): IndicatorOverrideRow {
  return {
    scenario_id: scenarioId,
    position,
    indicator_id: indicatorId,
    trend: override.trend ?? null,
    threshold: override.threshold ?? null,
  };
}

export function indicatorOverrideFromRow(row: IndicatorOverrideRow): Override {
  return {
    ...(row.trend === null ? {} : { trend: row.trend }),
    ...(row.threshold === null ? {} : { threshold: row.threshold }),
  };
}

/** Prepared once per call, so writing many scenarios does not re-parse SQL per row. */
function scenarioWriters(db: WriteDb) {
  return {
    scenario: db.prepare<ScenarioRow>(
      `INSERT INTO scenarios (id, position, name, monte_carlo_draws, monte_carlo_seed, procurement_share)
       VALUES (@id, @position, @name, @monte_carlo_draws, @monte_carlo_seed, @procurement_share)`,
    ),
    plan: db.prepare<ScenarioPlanRow>(
      'INSERT INTO scenario_plans (scenario_id, position, plan_id) VALUES (@scenario_id, @position, @plan_id)',
    ),
    factor: db.prepare<StreamFactorRow>(
      `INSERT INTO scenario_stream_factors (scenario_id, position, stream_id, factor)
       VALUES (@scenario_id, @position, @stream_id, @factor)`,
    ),
    silo: db.prepare<DesiloingSiloRow>(
      `INSERT INTO scenario_desiloing_silos (scenario_id, position, silo)
       VALUES (@scenario_id, @position, @silo)`,
    ),
    override: db.prepare<IndicatorOverrideRow>(
      `INSERT INTO scenario_indicator_overrides (scenario_id, position, indicator_id, trend, threshold)
       VALUES (@scenario_id, @position, @indicator_id, @trend, @threshold)`,
    ),
  };
}

type ScenarioWriters = ReturnType<typeof scenarioWriters>;

/** The plan list in priority order, the stream factors and the indicator overrides, each in the user's order. */
function insertScenarioChildren(write: ScenarioWriters, scenario: Scenario): void {
  scenario.plans.forEach((planId, i) => write.plan.run(scenarioPlanToRow(scenario.id, planId, i)));
  Object.entries(scenario.streamFactors).forEach(([streamId, value], i) =>
    write.factor.run(streamFactorToRow(scenario.id, streamId, value, i)),
  );
  Object.entries(scenario.indicatorOverrides).forEach(([indicatorId, value], i) =>
    write.override.run(indicatorOverrideToRow(scenario.id, indicatorId, value, i)),
  );
  scenario.desiloing?.silos.forEach((silo, position) =>
    write.silo.run({ scenario_id: scenario.id, position, silo }),
  );
}

export function insertScenarioRows(
  db: WriteDb,
  scenario: Scenario,
  position: number,
  write = scenarioWriters(db),
): void {
  write.scenario.run(scenarioToRow(scenario, position));
  insertScenarioChildren(write, scenario);
}

export function insertScenarios(db: WriteDb, scenarios: readonly Scenario[]): void {
  const write = scenarioWriters(db);
  scenarios.forEach((scenario, position) => insertScenarioRows(db, scenario, position, write));
}

// Table names are constants, never input.
const SCENARIO_CHILD_TABLES = [
  'scenario_plans',
  'scenario_stream_factors',
  'scenario_indicator_overrides',
  'scenario_desiloing_silos',
];

/**
 * Rewrites a scenario in place: its row (name, Monte Carlo draws and seed) is updated and
 * its plan list, stream factors and indicator overrides are replaced whole. Call inside a
 * write transaction, so a failure (an unknown plan, stream or indicator) leaves the old
 * scenario intact. False when there is no scenario with this id.
 */
export function updateScenarioRows(db: WriteDb, scenario: Scenario): boolean {
  const { changes } = db
    .prepare<ScenarioRow>(
      `UPDATE scenarios SET name = @name, monte_carlo_draws = @monte_carlo_draws,
         monte_carlo_seed = @monte_carlo_seed, procurement_share = @procurement_share WHERE id = @id`,
    )
    .run(scenarioToRow(scenario, 0));
  if (changes === 0) return false;
  for (const table of SCENARIO_CHILD_TABLES) {
    db.prepare<[string]>(`DELETE FROM ${table} WHERE scenario_id = ?`).run(scenario.id);
  }
  insertScenarioChildren(scenarioWriters(db), scenario);
  return true;
}

/** Every scenario in the user's order, or the one with `id`, each with its position. */
export function readScenarios(db: ReadDb, id?: string): Removed<Scenario>[] {
  const byScenario = <R extends { scenario_id: string }>(table: string) =>
    childRowsBy<'scenario_id', R>(db, table, 'scenario_id', 'scenario_id, position', id);
  const plans = byScenario<ScenarioPlanRow>('scenario_plans');
  const factors = byScenario<StreamFactorRow>('scenario_stream_factors');
  const overrides = byScenario<IndicatorOverrideRow>('scenario_indicator_overrides');
  const silos = byScenario<DesiloingSiloRow>('scenario_desiloing_silos');
  return itemRows<ScenarioRow>(db, 'scenarios', id).map((row) => ({
    item: scenarioFromRow(row, {
      plans: childrenOf(plans, row.id),
      factors: childrenOf(factors, row.id),
      overrides: childrenOf(overrides, row.id),
      silos: childrenOf(silos, row.id),
    }),
    position: row.position,
  }));
}
