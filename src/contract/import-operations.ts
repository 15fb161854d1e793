/**
 * The spreadsheet import operations of the contract (merged into `operations`): preview
 * a file against the workspace, then apply it in one transaction. Browser-safe: schemas
 * and plain data only (the file is read by the host, never in the renderer).
 *
 * The file travels as base64; both operations read it afresh, so nothing is kept
 * between a preview and its apply, and apply checks again what preview showed.
 */
import { z } from 'zod';
import { MAX_IMPORT_BASE64_CHARS } from '../imports/limits';
import {
  CSV_SEPARATORS,
  IMPORT_KINDS,
  IMPORT_MODES,
  IMPORT_TEMPLATE_FORMATS,
  NUMBER_FORMATS,
} from '../imports/types';

/** The template formats (browser-safe; `src/imports/template.ts` writes them). */
export { IMPORT_TEMPLATE_FORMATS } from '../imports/types';

export const importKindSchema = z.enum(IMPORT_KINDS);
export const importModeSchema = z.enum(IMPORT_MODES);
export const numberFormatSchema = z.enum(NUMBER_FORMATS);

/** Target field -> source column header; a field left out is not imported. */
export const columnMappingSchema = z
  .record(z.string().max(64), z.string().max(1000))
  .refine((mapping) => Object.keys(mapping).length <= 100, { params: { messageKey: 'invalid' } });

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

const fileInput = {
  fileName: z.string().max(1000),
  /** The file's bytes, base64 encoded (at most 10 MB of file). */
  contentBase64: z
    .string()
    .max(MAX_IMPORT_BASE64_CHARS)
    .refine((text) => BASE64.test(text), { params: { messageKey: 'invalid' } }),
  kind: importKindSchema,
  /** Absent: the mapping suggested from the headers. */
  mapping: columnMappingSchema.optional(),
  /** A workbook's sheet by name; absent: the first visible sheet. Ignored for CSV. */
  sheet: z.string().max(200).optional(),
  /** How numbers typed as text are read; absent: `nl` for a `;`-separated CSV, otherwise the workspace's locale. */
  numberFormat: numberFormatSchema.optional(),
};

export const importProblemSchema = z.object({
  /** The spreadsheet's row number (header = row 1); null for a problem with the file or the mapping. */
  row: z.number().int().nullable(),
  /** The source column's header; null when no column explains the problem. */
  column: z.string().nullable(),
  field: z.string().nullable(),
  key: z.string(),
  message: z.string(),
});
export type ImportProblemJson = z.infer<typeof importProblemSchema>;

export const importCountsSchema = z.object({
  rows: z.number().int(),
  created: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
});

/** A plan a cost-line import creates, and the scenarios (ids) it joins: those that held every plan. */
export const importNewPlanSchema = z.object({
  id: z.string(),
  name: z.string(),
  scenarios: z.array(z.string()),
});

export const importFieldSchema = z.object({
  field: z.string(),
  /** Needed for a row that creates an item. */
  required: z.boolean(),
  header: z.object({ nl: z.string(), en: z.string() }),
});

export const importPreviewSchema = z.object({
  kind: importKindSchema,
  mode: importModeSchema,
  fileType: z.enum(['xlsx', 'csv']).nullable(),
  sheets: z.array(z.string()),
  sheet: z.string().nullable(),
  separator: z.enum(CSV_SEPARATORS).nullable(),
  numberFormat: numberFormatSchema,
  headers: z.array(z.string()),
  fields: z.array(importFieldSchema),
  suggestedMapping: z.record(z.string(), z.string()),
  mapping: z.record(z.string(), z.string()),
  /** The first rows (see `PREVIEW_ROWS`), with their status and each mapped field's cell text. */
  rows: z.array(
    z.object({
      row: z.number().int(),
      status: z.enum(['new', 'update', 'unchanged', 'invalid']),
      values: z.record(z.string(), z.string()),
    }),
  ),
  counts: importCountsSchema,
  newPlans: z.array(importNewPlanSchema),
  /** The first problems (see `MAX_LISTED_PROBLEMS`); `errorCount` is the full number. */
  errors: z.array(importProblemSchema),
  errorCount: z.number().int(),
});
export type ImportPreview = z.infer<typeof importPreviewSchema>;

export const importOperations = {
  /** Reads the file and checks every row against the workspace; writes nothing. */
  'imports.preview': {
    input: z.strictObject({ ...fileInput, mode: importModeSchema.optional() }),
    output: importPreviewSchema,
  },
  /**
   * Checks again and writes every row in one transaction, or refuses with
   * `invalid-input` (every problem located by row and column) and writes nothing.
   */
  'imports.apply': {
    input: z.strictObject({ ...fileInput, mode: importModeSchema }),
    output: z.object({
      kind: importKindSchema,
      mode: importModeSchema,
      counts: importCountsSchema,
      newPlans: z.array(importNewPlanSchema),
    }),
  },
  /**
   * A file to fill in: the headers in the caller's language and example rows the import
   * accepts as they are (the cost-line example names the workspace's first plan).
   */
  'imports.template': {
    input: z.strictObject({ kind: importKindSchema, format: z.enum(IMPORT_TEMPLATE_FORMATS) }),
    output: z.object({ fileName: z.string(), mimeType: z.string(), contentBase64: z.string() }),
  },
} as const;
