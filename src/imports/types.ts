/**
 * The spreadsheet import's vocabulary: what kind of rows a file holds, how its
 * columns map to fields, and the problems found, each located by spreadsheet row
 * and source column. Plain types only, so the browser bundle may use them.
 */
import type { MessageKey } from '../model/messages';
import type { ImportMessageKey } from './messages';

export const IMPORT_KINDS = ['cooperatives', 'fundingStreams', 'costLines'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

/** `add`: every row must be new (an existing id is an error). `upsert`: new ids are added, existing ones updated. */
export const IMPORT_MODES = ['add', 'upsert'] as const;
export type ImportMode = (typeof IMPORT_MODES)[number];

/** How numbers typed as text are read: `nl` 1.234,56 or `en` 1,234.56 (only ambiguous text depends on it). */
export const NUMBER_FORMATS = ['nl', 'en'] as const;
export type NumberFormat = (typeof NUMBER_FORMATS)[number];

export const CSV_SEPARATORS = [';', ',', '\t'] as const;

/** The formats of the import template (`template.ts` writes them). */
export const IMPORT_TEMPLATE_FORMATS = ['xlsx', 'csv'] as const;
export type CsvSeparator = (typeof CSV_SEPARATORS)[number];

/** Target field -> source column header. A field left out is not imported. */
export type ColumnMapping = Record<string, string>;

/**
 * One problem, located as the user sees the file: `row` counts like the spreadsheet
 * (the header is row 1), `column` is the source header. Problems with the file or the
 * mapping have no row; problems no column can explain have no column.
 */
export interface ImportProblem {
  row: number | null;
  column: string | null;
  field: string | null;
  key: ImportMessageKey | MessageKey;
  /** The message's parameters (`{ minimum: 0 }`), so the words can be rendered again in another language. */
  params: Record<string, unknown>;
  message: string;
}

export type RowStatus = 'new' | 'update' | 'unchanged' | 'invalid';

/** A data row as the mapping reads it: each mapped field's cell text, for the preview table. */
export interface PreviewRow {
  row: number;
  status: RowStatus;
  values: Record<string, string>;
}

/** Items (cooperatives, streams or cost lines) the import adds, changes, or finds already equal. */
export interface ImportCounts {
  rows: number;
  created: number;
  updated: number;
  unchanged: number;
}
