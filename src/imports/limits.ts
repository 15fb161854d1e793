/**
 * Limits of the spreadsheet import. A municipal register of cooperatives or streams is
 * a few hundred rows; these leave room for a large portfolio's cost lines while keeping
 * a whole import (parse, check, one transaction) within a second or two on a laptop.
 */
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;
export const MAX_IMPORT_BYTES_TEXT = '10 MB';
/** A workbook is a zip; refuse one that unpacks to more than this (a "zip bomb"). */
export const MAX_UNPACKED_BYTES = 200 * 1024 * 1024;
export const MAX_UNPACKED_BYTES_TEXT = '200 MB';
/** Data rows below the header. */
export const MAX_IMPORT_ROWS = 20_000;
export const MAX_IMPORT_COLUMNS = 200;
/** Base64 of MAX_IMPORT_BYTES is 4/3 as long; the schema allows some slack so the handler can say "too large" in words. */
export const MAX_IMPORT_BASE64_CHARS = 16 * 1024 * 1024;
/** Rows the preview returns; the checks always run on every row. */
export const PREVIEW_ROWS = 100;
/** Problems an answer lists; `errorCount` gives the full number. */
export const MAX_LISTED_PROBLEMS = 500;
/** Cell text longer than this is shortened in the preview (never in what is imported). */
export const PREVIEW_CELL_CHARS = 200;
