/**
 * The table that drives the store's create/update/delete/list: one entry per ordered
 * top-level collection, naming its table, its row mappers (src/storage/rows) and what
 * may still refer to an item, which refuses its delete as `in-use`.
 */
import type { Cooperative, FundingStream, Indicator, Plan, Scenario } from '../model';
import { idsOf, type OrderedTable } from './collection';
import { insertCooperativeRows, readCooperatives, updateCooperativeRows } from './rows/cooperatives';
import { insertIndicatorRows, readIndicatorRows, updateIndicatorRows } from './rows/indicators';
import { insertPlanRows, readPlans, updatePlanRows } from './rows/plans';
import { contractYearsNaming } from './rows/procurement';
import { insertScenarioRows, readScenarios, updateScenarioRows } from './rows/scenarios';
import { insertFundingStreamRows, readFundingStreams, updateFundingStreamRows } from './rows/streams';
import { listed, type UsedBy } from './references';
import type { ReadDb, WriteDb } from './sql';
import type { Removed } from './types';

export type { UsedBy } from './references';

export interface EntityTable<T extends { id: string }> {
  /** How errors name the entity (`exists`, `not-found`, `in-use`). */
  entity: 'cooperative' | 'fundingStream' | 'plan' | 'indicator' | 'scenario';
  table: OrderedTable;
  /** Every item in the user's order, or the one with `id`, each with its position. */
  read(db: ReadDb, id?: string): Removed<T>[];
  insert(db: WriteDb, item: T, position: number): void;
  /** Rewrites the item in place (its position kept); false when there is none with its id. */
  update(db: WriteDb, item: T): boolean;
  /** What still refers to the item; undefined when it may be deleted. */
  usedBy(db: ReadDb, item: T): UsedBy | undefined;
}

/** Ids of the `table` items that `link` (a one-column query of a link table, bound to the id) names, in the user's order. */
function referrers(db: ReadDb, table: OrderedTable, link: string, id: string): string[] {
  return idsOf(db, `SELECT id FROM ${table} WHERE id IN (${link}) ORDER BY position, id`, id);
}

/** A municipal contract names cooperatives and plans; it is checked only when nothing else refers to them. */
function orContracts(
  db: ReadDb,
  column: 'cooperative_id' | 'plan_id',
  id: string,
  first: UsedBy | undefined,
): UsedBy | undefined {
  if (first !== undefined) return first;
  const contracts = contractYearsNaming(db, column, id);
  return contracts === '' ? undefined : { contracts };
}

export const COOPERATIVES: EntityTable<Cooperative> = {
  entity: 'cooperative',
  table: 'cooperatives',
  read: readCooperatives,
  insert: insertCooperativeRows,
  update: updateCooperativeRows,
  usedBy: (db, { id }) =>
    orContracts(
      db,
      'cooperative_id',
      id,
      listed({ plans: idsOf(db, 'SELECT id FROM plans WHERE cooperative_id = ? ORDER BY position, id', id) }),
    ),
};

export const FUNDING_STREAMS: EntityTable<FundingStream> = {
  entity: 'fundingStream',
  table: 'funding_streams',
  read: readFundingStreams,
  insert: insertFundingStreamRows,
  update: updateFundingStreamRows,
  usedBy: (db, { id, silo }) =>
    listed({
      // Locked amounts and awards (applications, decisions) both tie a plan to the stream.
      plans: idsOf(
        db,
        `SELECT id FROM plans, (SELECT ? AS stream) WHERE id IN (SELECT plan_id FROM locked_amounts
           WHERE stream_id = stream UNION SELECT plan_id FROM plan_awards WHERE stream_id = stream)
         ORDER BY position, id`,
        id,
      ),
      // A scenario's factor on the stream, or its pooling of the stream's silo when no other stream has that silo.
      scenarios: db
        .prepare<{ id: string; silo: string }>(
          `SELECT id FROM scenarios WHERE id IN (SELECT scenario_id FROM scenario_stream_factors WHERE stream_id = @id)
             OR id IN (SELECT scenario_id FROM scenario_desiloing_silos WHERE silo = @silo
               AND NOT EXISTS (SELECT 1 FROM funding_streams WHERE silo = @silo AND id <> @id))
           ORDER BY position, id`,
        )
        .pluck()
        .all({ id, silo })
        .map((value) => String(value)),
      guarantees: referrers(
        db,
        'funding_streams',
        'SELECT stream_id FROM guarantee_backs WHERE backed_stream_id = ?',
        id,
      ),
    }),
};

export const PLANS: EntityTable<Plan> = {
  entity: 'plan',
  table: 'plans',
  read: readPlans,
  // Through a lambda: insertPlanRows takes optional prepared writers as a fourth argument.
  insert: (db, plan, position) => insertPlanRows(db, plan, position),
  update: updatePlanRows,
  // Its cost lines, amounts, revenues, locked amounts and impacts go with it (ON DELETE CASCADE).
  usedBy: (db, { id }) =>
    orContracts(
      db,
      'plan_id',
      id,
      listed({
        scenarios: referrers(db, 'scenarios', 'SELECT scenario_id FROM scenario_plans WHERE plan_id = ?', id),
      }),
    ),
};

export const INDICATORS: EntityTable<Indicator> = {
  entity: 'indicator',
  table: 'indicators',
  read: readIndicatorRows,
  insert: insertIndicatorRows,
  update: updateIndicatorRows,
  usedBy: (db, { id }) =>
    listed({
      plans: referrers(db, 'plans', 'SELECT plan_id FROM impact_lines WHERE indicator_id = ?', id),
      scenarios: referrers(
        db,
        'scenarios',
        'SELECT scenario_id FROM scenario_indicator_overrides WHERE indicator_id = ?',
        id,
      ),
    }),
};

export const SCENARIOS: EntityTable<Scenario> = {
  entity: 'scenario',
  table: 'scenarios',
  read: readScenarios,
  insert: (db, scenario, position) => insertScenarioRows(db, scenario, position),
  update: updateScenarioRows,
  // Nothing refers to a scenario; its plan list, factors and overrides go with it (ON DELETE CASCADE).
  usedBy: () => undefined,
};
