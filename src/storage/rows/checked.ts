import { asCents, type Cents, type YearSchedule } from '../../model';
import { WorkspaceFileError } from '../types';

/**
 * Narrows a TEXT column to its enum. The CHECK constraints make a miss
 * impossible in a healthy file, so a miss means the file was tampered with.
 */
export function oneOf<T extends string>(allowed: readonly T[], value: string, column: string): T {
  const found = allowed.find((candidate) => candidate === value);
  if (found === undefined) {
    throw new WorkspaceFileError('corrupt', { column, value }, `Unexpected value in ${column}: ${value}`);
  }
  return found;
}

export function cents(value: number): Cents {
  return asCents(value);
}

/** A year row back to its schedule key: the format's keys are always four digits. */
export function yearKey(year: number): string {
  return String(year).padStart(4, '0');
}

/**
 * Year-amount tables (cost_amounts, plan_revenues, stream_budget_years) share one
 * mapping pair: a schedule is the set of its rows, `scheduleEntries` out and
 * `scheduleFromRows` back; each table adds only its parent ids.
 */
export interface YearAmountRow {
  year: number;
  amount_cents: number;
}

/** Rows (already in year order) to a `{ "2026": cents }` schedule. */
export function scheduleFromRows(rows: readonly YearAmountRow[]): YearSchedule {
  const schedule: YearSchedule = {};
  for (const row of rows) schedule[yearKey(row.year)] = cents(row.amount_cents);
  return schedule;
}

export function scheduleEntries(schedule: YearSchedule): YearAmountRow[] {
  return Object.entries(schedule).map(([key, amount]) => ({ year: Number(key), amount_cents: amount }));
}

/** Child rows by parent id, keeping the query's order inside each group. */
export function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const id = key(row);
    const group = groups.get(id);
    if (group === undefined) groups.set(id, [row]);
    else group.push(row);
  }
  return groups;
}

/** One parent's child rows, or none. */
export function childrenOf<T>(groups: Map<string, T[]>, id: string): T[] {
  return groups.get(id) ?? [];
}
