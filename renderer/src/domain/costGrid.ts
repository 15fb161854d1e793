import type { IssuePath } from '../../../src/model/issues';
import type { Lang } from '../../../src/model/messages';
import { nonNegativeMoneySchema } from '../../../src/model/money';
import { parseWith } from '../../../src/model/parse';
import type { PlanJson } from '../../../src/model/plan';
import type { Locale } from '../../../src/model/settings';
import type { CostCategory } from '../../../src/model/stream';
import { amountIssues, fromValidationIssue, type FormIssue } from './issues';
import { parseNumberEntry } from './numbers';
import { setCostAmount, setRevenue } from './planEdits';
import { planYears } from './plans';

/** A row of the cost grid: one cost line, or the plan's revenues (always last). */
export type GridRow =
  { kind: 'cost'; costId: string; label: string; category: CostCategory } | { kind: 'revenue' };

export interface CostGridLayout {
  years: number[];
  rows: GridRow[];
}

export function gridLayout(plan: PlanJson): CostGridLayout {
  return {
    years: planYears(plan),
    rows: [
      ...plan.costs.map((cost): GridRow => ({
        kind: 'cost',
        costId: cost.id,
        label: cost.label,
        category: cost.category,
      })),
      { kind: 'revenue' },
    ],
  };
}

/** What the plan stores for the cell; undefined when the year is left out (it counts as 0). */
export function storedCell(plan: PlanJson, row: GridRow, year: number): number | undefined {
  const key = String(year);
  if (row.kind === 'revenue') return plan.revenues?.[key];
  return plan.costs.find((cost) => cost.id === row.costId)?.amounts[key];
}

export function cellAmount(plan: PlanJson, row: GridRow, year: number): number {
  return storedCell(plan, row, year) ?? 0;
}

/** The plan with one cell changed; `null` empties the cell. */
export function withCell(plan: PlanJson, row: GridRow, year: number, value: number | null): PlanJson {
  return row.kind === 'revenue'
    ? setRevenue(plan, year, value)
    : setCostAmount(plan, row.costId, year, value);
}

/** The cell's place in the plan's JSON, as the model and the host name it in their issues. */
export function cellPath(plan: PlanJson, row: GridRow, year: number): IssuePath {
  if (row.kind === 'revenue') return ['revenues', String(year)];
  return ['costs', plan.costs.findIndex((cost) => cost.id === row.costId), 'amounts', String(year)];
}

/** True when an issue (path relative to the plan) is about this cell. */
export function issueIsAbout(path: IssuePath, cell: IssuePath): boolean {
  return cell.every((part, i) => String(path[i]) === String(part));
}

export type CellEntry = { ok: true; value: number | null } | { ok: false; issues: FormIssue[] };

/**
 * Reads what was typed into a cell the way the UI language writes numbers, and judges
 * it with the model's money rule, so the message is the one an import would give.
 * An empty cell means 0 (nothing stored).
 */
export function readCellEntry(text: string, path: IssuePath, locale: Locale, lang: Lang): CellEntry {
  const entry = parseNumberEntry(text, locale);
  if (entry.kind === 'empty') return { ok: true, value: null };
  const candidate = entry.kind === 'number' ? entry.value : entry.text;
  const parsed = parseWith(nonNegativeMoneySchema, candidate, lang);
  const local = amountIssues(entry, path);
  if (local.length > 0) return { ok: false, issues: local };
  if (!parsed.ok) {
    return {
      ok: false,
      issues: parsed.issues.map((issue) => ({
        ...fromValidationIssue(issue),
        path: [...path, ...issue.path],
      })),
    };
  }
  return { ok: true, value: entry.kind === 'number' ? entry.value : null };
}

export interface GridPosition {
  row: number;
  col: number;
}

export type GridKey = 'ArrowUp' | 'ArrowDown' | 'ArrowLeft' | 'ArrowRight' | 'Enter' | 'Tab';

export function isGridKey(key: string): key is GridKey {
  return ['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Enter', 'Tab'].includes(key);
}

/**
 * Where a key moves the active cell, spreadsheet-style: arrows one step (stopping at
 * the edges), Enter down (Shift+Enter up), Tab right and on to the next row (Shift+Tab
 * back). `null` means the key leaves the grid: Tab past the last cell goes on to the
 * next control of the page, so the grid never traps the keyboard.
 */
export function moveInGrid(
  from: GridPosition,
  key: GridKey,
  shift: boolean,
  size: { rows: number; cols: number },
): GridPosition | null {
  const clampRow = (row: number) => Math.min(size.rows - 1, Math.max(0, row));
  const clampCol = (col: number) => Math.min(size.cols - 1, Math.max(0, col));
  switch (key) {
    case 'ArrowUp':
      return { row: clampRow(from.row - 1), col: from.col };
    case 'ArrowDown':
      return { row: clampRow(from.row + 1), col: from.col };
    case 'ArrowLeft':
      return { row: from.row, col: clampCol(from.col - 1) };
    case 'ArrowRight':
      return { row: from.row, col: clampCol(from.col + 1) };
    case 'Enter':
      return { row: clampRow(from.row + (shift ? -1 : 1)), col: from.col };
    case 'Tab': {
      const index = from.row * size.cols + from.col + (shift ? -1 : 1);
      if (index < 0 || index >= size.rows * size.cols) return null;
      return { row: Math.floor(index / size.cols), col: index % size.cols };
    }
    default: {
      const never: never = key;
      return never;
    }
  }
}

/** A row's identity that survives lines being added or removed above it. */
export function rowKeyOf(row: GridRow): string {
  return row.kind === 'revenue' ? 'revenue' : `cost:${row.costId}`;
}

/**
 * Text typed into a cell that could not be saved (not an amount, or refused by the
 * host). It is held, shown in its cell with the message, until it is corrected or
 * cancelled with Escape: leaving the cell never drops it silently.
 */
export interface HeldEntry {
  rowKey: string;
  year: number;
  text: string;
  issues: FormIssue[];
}

export function heldAt(held: readonly HeldEntry[], row: GridRow, year: number): HeldEntry | undefined {
  const key = rowKeyOf(row);
  return held.find((entry) => entry.rowKey === key && entry.year === year);
}

/** The entries with `entry` in place of any earlier one for the same cell. */
export function withHeld(held: readonly HeldEntry[], entry: HeldEntry): HeldEntry[] {
  return [...held.filter((e) => e.rowKey !== entry.rowKey || e.year !== entry.year), entry];
}

export function withoutHeld(held: readonly HeldEntry[], row: GridRow, year: number): HeldEntry[] {
  const key = rowKeyOf(row);
  return held.filter((e) => e.rowKey !== key || e.year !== year);
}

/** Entries whose cell still exists: a removed line or a year outside a changed period takes its entries with it. */
export function heldInLayout(held: readonly HeldEntry[], layout: CostGridLayout): HeldEntry[] {
  const rows = new Set(layout.rows.map(rowKeyOf));
  const years = new Set(layout.years);
  return held.filter((entry) => rows.has(entry.rowKey) && years.has(entry.year));
}
