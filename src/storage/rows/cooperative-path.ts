import { STAGES, type Cooperative } from '../../model';
import type { ReadDb, WriteDb } from '../sql';
import { childrenOf, oneOf } from './checked';
import { childRowsBy } from './select';

/*
 * The cooperative's path through the incubator as rows: its stage history
 * (cooperative_stages) and coaching hours per month (coaching_hours), both in the
 * user's order. The intake date and coach are columns of cooperatives itself.
 */

type StageStep = Cooperative['stageHistory'][number];
type CoachingMonth = Cooperative['coachingHours'][number];

export interface StageRow {
  cooperative_id: string;
  position: number;
  stage: string;
  from_date: string;
}

export interface CoachingHoursRow {
  cooperative_id: string;
  position: number;
  month: string;
  hours: number;
}

export function stageToRow(cooperativeId: string, step: StageStep, position: number): StageRow {
  return { cooperative_id: cooperativeId, position, stage: step.stage, from_date: step.from };
}

export function stageFromRow(row: StageRow): StageStep {
  return { stage: oneOf(STAGES, row.stage, 'cooperative_stages.stage'), from: row.from_date };
}

export function coachingHoursToRow(
  cooperativeId: string,
  entry: CoachingMonth,
  position: number,
): CoachingHoursRow {
  return { cooperative_id: cooperativeId, position, month: entry.month, hours: entry.hours };
}

export function coachingHoursFromRow(row: CoachingHoursRow): CoachingMonth {
  return { month: row.month, hours: row.hours };
}

export function insertPathRows(db: WriteDb, cooperative: Cooperative): void {
  const stage = db.prepare<StageRow>(
    `INSERT INTO cooperative_stages (cooperative_id, position, stage, from_date)
     VALUES (@cooperative_id, @position, @stage, @from_date)`,
  );
  cooperative.stageHistory.forEach((step, i) => stage.run(stageToRow(cooperative.id, step, i)));
  const hours = db.prepare<CoachingHoursRow>(
    `INSERT INTO coaching_hours (cooperative_id, position, month, hours)
     VALUES (@cooperative_id, @position, @month, @hours)`,
  );
  cooperative.coachingHours.forEach((entry, i) => hours.run(coachingHoursToRow(cooperative.id, entry, i)));
}

/** Clears a cooperative's path rows before they are written again (an update). */
export function deletePathRows(db: WriteDb, cooperativeId: string): void {
  db.prepare<[string]>('DELETE FROM cooperative_stages WHERE cooperative_id = ?').run(cooperativeId);
  db.prepare<[string]>('DELETE FROM coaching_hours WHERE cooperative_id = ?').run(cooperativeId);
}

export interface PathRows {
  stageHistory: (cooperativeId: string) => StageStep[];
  coachingHours: (cooperativeId: string) => CoachingMonth[];
}

/** Every cooperative's path rows, or those of the one with `id`, grouped by cooperative. */
export function readPathRows(db: ReadDb, id?: string): PathRows {
  const byCooperative = <R extends { cooperative_id: string }>(table: string) =>
    childRowsBy<'cooperative_id', R>(db, table, 'cooperative_id', 'cooperative_id, position', id);
  const stages = byCooperative<StageRow>('cooperative_stages');
  const hours = byCooperative<CoachingHoursRow>('coaching_hours');
  return {
    stageHistory: (cooperativeId) => childrenOf(stages, cooperativeId).map(stageFromRow),
    coachingHours: (cooperativeId) => childrenOf(hours, cooperativeId).map(coachingHoursFromRow),
  };
}
