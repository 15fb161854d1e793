import type { Lang } from '../i18n';
import type { MessageKey } from '../model/messages';
import {
  amountOrScheduleOfCell,
  booleanOfCell,
  codeOfCell,
  listOfCell,
  numberOfCell,
  textOfCell,
  yearAmountsOfCell,
  type Parsed,
} from './cell-values';
import { enumCode } from './enum-aliases';
import type { FieldDef } from './fields';
import type { JsonPath } from './json-path';
import { PREVIEW_CELL_CHARS } from './limits';
import { importMessage, type ImportMessageKey } from './messages';
import { cellText, EMPTY_CELL, isBlank, type Cell, type SheetRow } from './table';
import type { ImportMode, ImportProblem, NumberFormat } from './types';

/** What reading one kind of rows needs: the fields, where they are, and where problems go. */
export class ImportContext {
  readonly problems: ImportProblem[] = [];
  private readonly rowsWithProblems = new Set<number>();
  private readonly notMapped = new Set<string>();

  constructor(
    readonly lang: Lang,
    readonly mode: ImportMode,
    readonly numberFormat: NumberFormat,
    readonly defs: readonly FieldDef[],
    readonly headers: readonly string[],
    /** Field -> column index of the mapped fields. */
    readonly columns: ReadonlyMap<string, number>,
  ) {}

  isMapped(field: string): boolean {
    return this.columns.has(field);
  }

  columnOf(field: string | null): string | null {
    if (field === null) return null;
    const index = this.columns.get(field);
    return index === undefined ? null : (this.headers[index] ?? null);
  }

  add(
    row: number | null,
    field: string | null,
    key: ImportMessageKey | MessageKey,
    params: Record<string, unknown> = {},
    column: string | null = this.columnOf(field),
  ): void {
    if (row !== null) this.rowsWithProblems.add(row);
    this.problems.push({ row, column, field, key, params, message: importMessage(this.lang, key, params) });
  }

  hasProblems(row: number): boolean {
    return this.rowsWithProblems.has(row);
  }

  /**
   * A row creating an item lacks a required field that no column is mapped to: one
   * problem on the mapping instead of one on every row. True when reported this way.
   */
  reportNotMapped(row: number, field: string): boolean {
    if (this.isMapped(field)) return false;
    this.rowsWithProblems.add(row);
    if (!this.notMapped.has(field)) {
      this.notMapped.add(field);
      this.add(null, field, 'fieldNotMapped');
    }
    return true;
  }

  /** The field whose path is `path` or holds it, if any (never a group such as `loan`). */
  fieldHolding(path: JsonPath): FieldDef | undefined {
    return this.defs.find((def) => def.path.every((part, i) => path[i] === part));
  }

  /** The field a JSON path inside one item belongs to: the deepest field path it lies under. */
  fieldAt(path: JsonPath, fallback: Record<string, string> = {}): string | null {
    let best: FieldDef | null = null;
    for (const def of this.defs) {
      const under = def.path.every((part, i) => path[i] === part);
      if (under && (best === null || def.path.length > best.path.length)) best = def;
    }
    if (best !== null) return best.field;
    // A rule about a group of fields (`years`, `loan`): the first mapped field of the group.
    const inside = this.defs.filter((def) => path.every((part, i) => def.path[i] === part));
    const mapped = inside.find((def) => this.isMapped(def.field));
    if (mapped !== undefined) return mapped.field;
    const first = path[0];
    return typeof first === 'string' ? (fallback[first] ?? inside[0]?.field ?? null) : null;
  }
}

/** One row's mapped cells, read as their fields' values. `undefined`: the cell is empty. */
export interface ReadRow {
  row: number;
  values: Map<string, unknown>;
  /** Fields whose cell could not be read (already reported). */
  failed: Set<string>;
  /** What the preview shows: each mapped field's cell text. */
  texts: Record<string, string>;
}

function valueOf(def: FieldDef, cell: Cell, format: NumberFormat): Parsed<unknown> {
  switch (def.value.type) {
    case 'id':
      return codeOfCell(cell);
    case 'name':
    case 'text':
      return textOfCell(cell);
    case 'enum': {
      const name = def.value.name;
      const code = codeOfCell(cell);
      return code.ok ? { ok: true, value: enumCode(name, code.value) } : code;
    }
    case 'enumList': {
      const name = def.value.name;
      const list = listOfCell(cell);
      return list.ok ? { ok: true, value: list.value.map((item) => enumCode(name, item)) } : list;
    }
    case 'integer':
    case 'year':
    case 'money':
    case 'number':
      return numberOfCell(cell, format);
    case 'fraction':
      return numberOfCell(cell, format, true);
    case 'boolean':
      return booleanOfCell(cell);
    case 'amountOrSchedule':
      return amountOrScheduleOfCell(cell, format);
    case 'yearAmounts':
      return yearAmountsOfCell(cell, format);
    default: {
      const never: never = def.value;
      return never;
    }
  }
}

function shorten(text: string): string {
  return text.length > PREVIEW_CELL_CHARS ? `${text.slice(0, PREVIEW_CELL_CHARS - 1)}…` : text;
}

/** Reads the mapped cells of a row, reporting every cell that holds no value of its field's kind. */
export function readRow(context: ImportContext, sheetRow: SheetRow): ReadRow {
  const read: ReadRow = { row: sheetRow.row, values: new Map(), failed: new Set(), texts: {} };
  for (const def of context.defs) {
    const index = context.columns.get(def.field);
    if (index === undefined) continue;
    const cell = sheetRow.cells[index] ?? EMPTY_CELL;
    read.texts[def.field] = shorten(cellText(cell));
    if (isBlank(cell)) {
      read.values.set(def.field, undefined);
      continue;
    }
    const parsed = valueOf(def, cell, context.numberFormat);
    if (parsed.ok) {
      read.values.set(def.field, parsed.value);
    } else {
      read.failed.add(def.field);
      context.add(sheetRow.row, def.field, parsed.key, parsed.params ?? {});
    }
  }
  return read;
}
