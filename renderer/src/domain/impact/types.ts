import type { OperationOutput } from '../../../../src/contract/operations';

/** The wire (JSON) forms the scenario screen works with. */
export type ScenarioJob = OperationOutput<'scenarios.job'>;
export type ScenarioRun = NonNullable<ScenarioJob['result']>;
export type RunIndicator = ScenarioRun['indicators'][number];
export type RunIndicatorYear = RunIndicator['years'][number];
export type RunPlan = ScenarioRun['plans'][number];
export type GapCostJson = ScenarioRun['gapCost'];
export type NextEuroJson = OperationOutput<'scenarios.nextEuro'>;
export type NextEuroCandidate = NextEuroJson['candidates'][number];
