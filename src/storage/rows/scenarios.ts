import type { Scenario } from '../../model';
import type { Db } from '../sql';
import { childrenOf, groupBy } from './checked';

type Override = Scenario['indicatorOverrides'][string];

export interface ScenarioRow {
  id: string;
  position: number;
  name: string;
  monte_carlo_draws: number;
  monte_carlo_seed: number;
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

export function scenarioToRow(scenario: Scenario, position: number): ScenarioRow {
  return {
    id: scenario.id,
    position,
    name: scenario.name,
    monte_carlo_draws: scenario.monteCarlo.draws,
    monte_carlo_seed: scenario.monteCarlo.seed,
  };
}

export interface ScenarioChildren {
  plans: ScenarioPlanRow[];
  factors: StreamFactorRow[];
  overrides: IndicatorOverrideRow[];
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

export function insertScenarios(db: Db, scenarios: readonly Scenario[]): void {
  const scenario = db.prepare<ScenarioRow>(
    `INSERT INTO scenarios (id, position, name, monte_carlo_draws, monte_carlo_seed)
     VALUES (@id, @position, @name, @monte_carlo_draws, @monte_carlo_seed)`,
  );
  const plan = db.prepare<ScenarioPlanRow>(
    'INSERT INTO scenario_plans (scenario_id, position, plan_id) VALUES (@scenario_id, @position, @plan_id)',
  );
  const factor = db.prepare<StreamFactorRow>(
    `INSERT INTO scenario_stream_factors (scenario_id, position, stream_id, factor)
     VALUES (@scenario_id, @position, @stream_id, @factor)`,
  );
  const override = db.prepare<IndicatorOverrideRow>(
    `INSERT INTO scenario_indicator_overrides (scenario_id, position, indicator_id, trend, threshold)
     VALUES (@scenario_id, @position, @indicator_id, @trend, @threshold)`,
  );
  scenarios.forEach((s, position) => {
    scenario.run(scenarioToRow(s, position));
    s.plans.forEach((planId, i) => plan.run(scenarioPlanToRow(s.id, planId, i)));
    Object.entries(s.streamFactors).forEach(([streamId, value], i) =>
      factor.run(streamFactorToRow(s.id, streamId, value, i)),
    );
    Object.entries(s.indicatorOverrides).forEach(([indicatorId, value], i) =>
      override.run(indicatorOverrideToRow(s.id, indicatorId, value, i)),
    );
  });
}

export function readScenarios(db: Db): Scenario[] {
  const byScenario = <R extends { scenario_id: string }>(sql: string) =>
    groupBy(db.prepare<[], R>(sql).all(), (row) => row.scenario_id);
  const plans = byScenario<ScenarioPlanRow>('SELECT * FROM scenario_plans ORDER BY scenario_id, position');
  const factors = byScenario<StreamFactorRow>(
    'SELECT * FROM scenario_stream_factors ORDER BY scenario_id, position',
  );
  const overrides = byScenario<IndicatorOverrideRow>(
    'SELECT * FROM scenario_indicator_overrides ORDER BY scenario_id, position',
  );
  return db
    .prepare<[], ScenarioRow>('SELECT * FROM scenarios ORDER BY position, id')
    .all()
    .map((row) =>
      scenarioFromRow(row, {
        plans: childrenOf(plans, row.id),
        factors: childrenOf(factors, row.id),
        overrides: childrenOf(overrides, row.id),
      }),
    );
}
