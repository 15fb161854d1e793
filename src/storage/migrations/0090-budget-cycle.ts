import type { Migration } from './migration';

/*
 * The budget cycle (issue 15, begrotingscyclus): a funding stream's budget nature
 * (structural or one-off) and whether a cost line goes on after the plan's last year.
 *
 * Both columns are nullable: NULL stores "the file does not say", which the model
 * keeps apart from an explicit value (the default is derived when the budget cycle is
 * analysed, src/model/stream.ts `budgetNatureOf` and plan.ts `continuesAfterPlan`), so
 * a file opened from an older schema exports byte for byte as before. As in 0010, the
 * allowed values are written out literally: this migration must build the same
 * columns forever.
 */
const ADD_COLUMNS = `
ALTER TABLE funding_streams ADD COLUMN budget_nature TEXT
  CHECK (budget_nature IN ('structural', 'one-off'));
ALTER TABLE cost_lines ADD COLUMN continues INTEGER CHECK (continues IN (0, 1));
`;

export const budgetCycle: Migration = {
  version: 90,
  name: 'budget-cycle',
  up(db) {
    db.exec(ADD_COLUMNS);
  },
};
