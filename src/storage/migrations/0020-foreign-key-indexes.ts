import type { Migration } from './migration';

/*
 * SQLite does not index the child side of a foreign key. Without these, every
 * delete of a cooperative, stream, indicator or plan (RESTRICT checks) and every
 * "which plans use this?" question scans the child table.
 */
const INDEXES = `
CREATE INDEX plans_by_cooperative ON plans (cooperative_id);
CREATE INDEX locked_amounts_by_stream ON locked_amounts (stream_id);
CREATE INDEX locked_amounts_by_cost_line ON locked_amounts (plan_id, cost_id);
CREATE INDEX impact_lines_by_indicator ON impact_lines (indicator_id);
CREATE INDEX scenario_plans_by_plan ON scenario_plans (plan_id);
CREATE INDEX scenario_stream_factors_by_stream ON scenario_stream_factors (stream_id);
CREATE INDEX scenario_indicator_overrides_by_indicator ON scenario_indicator_overrides (indicator_id);
`;

export const foreignKeyIndexes: Migration = {
  version: 20,
  name: 'foreign-key-indexes',
  up(db) {
    db.exec(INDEXES);
  },
};
