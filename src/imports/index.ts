/** The spreadsheet import's public surface: read a file, plan an import, describe its problems. */
export { fieldsOf, IMPORT_FIELDS, type FieldDef } from './fields';
export { problemsAsIssues } from './issues';
export * from './limits';
export { suggestMapping } from './mapping';
export { importMessage, problemLocation, type ImportMessageKey } from './messages';
export { planImport, type ImportOptions, type ImportPlan } from './plan';
export { readSpreadsheet, type FileType, type SpreadsheetFile, type UnreadableFile } from './read-file';
export type { Cell, SheetRow, SheetTable } from './table';
export * from './types';
