import { Buffer } from 'node:buffer';
import type { Lang } from '../model/messages';
import type { Workspace } from '../model/workspace';
import {
  fieldsOf,
  importMessage,
  MAX_IMPORT_BYTES,
  MAX_IMPORT_BYTES_TEXT,
  MAX_LISTED_PROBLEMS,
  planImport,
  PREVIEW_ROWS,
  problemsAsIssues,
  readSpreadsheet,
  type ImportCounts,
  type ImportKind,
  type ImportPlan,
  type ImportProblem,
  type NumberFormat,
  type SpreadsheetFile,
  type UnreadableFile,
} from '../imports';
import { InvalidInputError } from './errors';
import type { HandlerGroup } from './handler-types';
import { importTemplate } from '../imports/template';
import type { HandlerInput } from '../contract/operations';

type FileInput = HandlerInput<'imports.preview'> | HandlerInput<'imports.apply'>;

async function readInput(input: FileInput): Promise<SpreadsheetFile | UnreadableFile> {
  // Refuse by length before decoding: base64 is 4 characters for every 3 bytes.
  if (Math.floor((input.contentBase64.length * 3) / 4) > MAX_IMPORT_BYTES + 2) {
    return {
      ok: false,
      fileType: null,
      sheets: [],
      problems: [{ key: 'fileTooLarge', params: { max: MAX_IMPORT_BYTES_TEXT } }],
    };
  }
  const bytes = Buffer.from(input.contentBase64, 'base64');
  return readSpreadsheet(
    new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength),
    input.fileName,
    input.sheet,
  );
}

/** A `;` separator means a Dutch spreadsheet program wrote the file; otherwise the workspace's own locale. */
function numberFormatFor(input: FileInput, file: SpreadsheetFile, workspace: Workspace): NumberFormat {
  if (input.numberFormat !== undefined) return input.numberFormat;
  if (file.separator === ';') return 'nl';
  return workspace.settings.locale === 'en-GB' ? 'en' : 'nl';
}

function fileProblems(file: UnreadableFile, lang: Lang): ImportProblem[] {
  return file.problems.map((problem) => ({
    row: null,
    column: null,
    field: null,
    key: problem.key,
    params: problem.params,
    message: importMessage(lang, problem.key, problem.params),
  }));
}

function fieldList(kind: ImportKind) {
  return fieldsOf(kind).map(({ field, required, header }) => ({ field, required, header }));
}

const NO_COUNTS: ImportCounts = { rows: 0, created: 0, updated: 0, unchanged: 0 };

/**
 * Spreadsheet import. Preview reads and checks everything against the stored workspace
 * and writes nothing. Apply reads the file again and plans the import inside the store's
 * write transaction, against the workspace as it is at that moment: a problem (or a
 * failing write) rolls everything back, so an import lands whole or not at all.
 */
export const importHandlers: HandlerGroup<'imports.preview' | 'imports.apply' | 'imports.template'> = {
  'imports.template': async (services, input, context) => {
    const { settings, plans, cooperatives } = await services.store().load();
    const file = await importTemplate(input.kind, input.format, context.lang, {
      startYear: settings.startYear,
      horizonYears: settings.horizonYears,
      plan: plans[0] ?? null,
      cooperativeId: cooperatives[0]?.id ?? null,
    });
    return { fileName: file.fileName, mimeType: file.mimeType, contentBase64: file.bytes.toString('base64') };
  },

  'imports.preview': async (services, input, context) => {
    const mode = input.mode ?? 'add';
    const workspace = await services.store().load();
    const file = await readInput(input);
    const common = { kind: input.kind, mode, fields: fieldList(input.kind) };
    if (!file.ok) {
      const errors = fileProblems(file, context.lang);
      return {
        ...common,
        fileType: file.fileType,
        sheets: file.sheets,
        sheet: null,
        separator: null,
        numberFormat: input.numberFormat ?? (workspace.settings.locale === 'en-GB' ? 'en' : 'nl'),
        headers: [],
        suggestedMapping: {},
        mapping: input.mapping ?? {},
        rows: [],
        counts: NO_COUNTS,
        newPlans: [],
        errors,
        errorCount: errors.length,
      };
    }
    const numberFormat = numberFormatFor(input, file, workspace);
    const plan = planImport(
      workspace,
      file.table,
      { kind: input.kind, mode, mapping: input.mapping, numberFormat },
      context.lang,
    );
    return {
      ...common,
      fileType: file.fileType,
      sheets: file.sheets,
      sheet: file.sheet,
      separator: file.separator,
      numberFormat,
      headers: file.table.headers,
      suggestedMapping: plan.suggestedMapping,
      mapping: plan.mapping,
      rows: plan.rows.slice(0, PREVIEW_ROWS),
      counts: plan.counts,
      newPlans: plan.newPlans,
      errors: plan.problems.slice(0, MAX_LISTED_PROBLEMS),
      errorCount: plan.problems.length,
    };
  },
  'imports.apply': async (services, input, context) => {
    const file = await readInput(input);
    if (!file.ok)
      throw new InvalidInputError(problemsAsIssues(fileProblems(file, context.lang), context.lang));
    let counts = NO_COUNTS;
    let newPlans: ImportPlan['newPlans'] = [];
    await services.store().writeBatch((current) => {
      const options = {
        kind: input.kind,
        mode: input.mode,
        mapping: input.mapping,
        numberFormat: numberFormatFor(input, file, current),
      };
      const plan = planImport(current, file.table, options, context.lang);
      if (plan.problems.length > 0)
        throw new InvalidInputError(problemsAsIssues(plan.problems, context.lang));
      counts = plan.counts;
      newPlans = plan.newPlans;
      return plan.writes;
    });
    return { kind: input.kind, mode: input.mode, counts, newPlans };
  },
};
