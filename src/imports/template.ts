/**
 * A spreadsheet to fill in for the import: one sheet with the headers the mapping
 * recognises at once (in the user's language) and example rows the import accepts as
 * they are, and a sheet of notes per column (required or not, what to type, the allowed
 * words). The same content as CSV (headers and examples only), written like the report's
 * CSV files, so Excel opens it correctly in Dutch and English.
 */
import ExcelJS from 'exceljs';
import { hasTranslation, LANGS, translate, translator, type Lang } from '../i18n';
import { tableToCsv } from '../reports/csv';
import type { CellValue, ColumnType, ReportTable } from '../reports/tables';
import { allowedWords, enumWord } from './enum-aliases';
import { fieldsOf, type FieldDef, type ValueKind } from './fields';
import type { IMPORT_TEMPLATE_FORMATS, ImportKind } from './types';

export type TemplateFormat = (typeof IMPORT_TEMPLATE_FORMATS)[number];

/** What the examples may refer to in the open workspace. */
export interface TemplateContext {
  startYear: number;
  horizonYears: number;
  /** A plan that exists, so the cost-line example is accepted (its years); null when there is none. */
  plan: { id: string; startYear: number; years: number } | null;
  /** A cooperative that exists, for the example of a new plan; null when there is none. */
  cooperativeId: string | null;
}

export interface TemplateFile {
  fileName: string;
  mimeType: string;
  bytes: Buffer;
}

type Example = Readonly<Record<string, CellValue>>;

/** The template's words: `imports:template.*`. */
function words(lang: Lang): (key: string) => string {
  const t = translator(lang, 'imports');
  return (key) => t(`template.${key}`);
}

/** The sheet (and table) title of a kind, in both languages. */
function sheetName(kind: ImportKind): Record<Lang, string> {
  return Object.fromEntries(LANGS.map((lang) => [lang, words(lang)(`sheetName.${kind}`)])) as Record<
    Lang,
    string
  >;
}

/**
 * Amounts are whole euros without thousands separators and shares are percentages, so
 * the examples read the same whatever number format the import assumes.
 */
function examples(kind: ImportKind, lang: Lang, context: TemplateContext): Example[] {
  const t = words(lang);
  const word = (name: Parameters<typeof enumWord>[0], code: string) => enumWord(name, code, lang);
  const first = context.startYear;
  const last = context.startYear + context.horizonYears - 1;
  switch (kind) {
    case 'cooperatives':
      return [
        {
          id: t('example.cooperative.id'),
          name: t('example.cooperative.name'),
          sector: word('sector', 'care'),
          district: t('example.cooperative.district'),
          legalForm: word('legalForm', 'cooperatie-ua'),
          stage: word('stage', 'idea'),
          members: 25,
          foundedYear: first,
          partnership: word('partnership', 'none'),
          priorStateAid: `${first - 1}: 10000`,
        },
      ];
    case 'fundingStreams':
      return [
        {
          id: t('example.stream.id'),
          name: t('example.stream.name'),
          provider: t('example.stream.provider'),
          silo: t('example.stream.silo'),
          kind: word('streamKind', 'grant'),
          public: t('yes'),
          stateAid: t('yes'),
          yearsFrom: first,
          yearsTo: last,
          budgetPerYear: 100000,
          maxPerPlan: 50000,
          maxShareOfPlan: '50%',
          minAward: 5000,
          matching: null,
          awardProbability: '75%',
          eligibleSectors: [word('sector', 'care'), word('sector', 'food')].join('; '),
          eligibleCategories: [word('costCategory', 'personnel'), word('costCategory', 'training')].join(
            '; ',
          ),
          eligibleStages: [word('stage', 'idea'), word('stage', 'startup')].join('; '),
          loanRate: null,
          loanTermYears: null,
          loanGraceYears: null,
        },
      ];
    case 'costLines': {
      // One cost line over two years of an existing plan: a row per year, the same id, category and label.
      const plan = context.plan;
      const start = plan?.startYear ?? first;
      const end = plan === null ? last : plan.startYear + plan.years - 1;
      const line = {
        planId: plan?.id ?? 'plan-id',
        costId: t('example.costLine.costId'),
        category: word('costCategory', 'training'),
        label: t('example.costLine.label'),
      };
      // And a new plan: its name, cooperative and years on its first row make it.
      const newLine = {
        planId: t('example.newPlan.planId'),
        costId: t('example.newPlan.costId'),
        category: word('costCategory', 'capex'),
        label: t('example.newPlan.label'),
      };
      return [
        ...(plan === null
          ? []
          : [
              { ...line, year: start, amount: 12000 },
              ...(end > start ? [{ ...line, year: start + 1, amount: 8000 }] : []),
            ]),
        {
          ...newLine,
          year: first,
          amount: 25000,
          planName: t('example.newPlan.planName'),
          cooperativeId: context.cooperativeId ?? 'cooperatie-id',
          startYear: first,
          planYears: 3,
        },
        { ...newLine, year: first + 1, amount: 15000 },
      ];
    }
    default: {
      const never: never = kind;
      return never;
    }
  }
}

function columnType(value: ValueKind): ColumnType {
  switch (value.type) {
    case 'money':
      return 'euros';
    case 'integer':
    case 'number':
      return 'number';
    case 'year':
      return 'year';
    default:
      return 'text';
  }
}

function exampleTable(kind: ImportKind, lang: Lang, context: TemplateContext): ReportTable {
  const fields = fieldsOf(kind);
  return {
    id: words(lang)(`fileStem.${kind}`),
    title: sheetName(kind),
    columns: fields.map((f) => ({ key: f.field, label: f.header, type: columnType(f.value) })),
    rows: examples(kind, lang, context).map((example) => fields.map((f) => example[f.field] ?? null)),
  };
}

/** What to type in a column, in plain words. */
function valueNote(value: ValueKind, lang: Lang): string {
  const t = words(lang);
  if (value.type === 'enum') return t('enumValues') + allowedWords(value.name, lang).join(', ');
  if (value.type === 'enumList') return t('enumList') + allowedWords(value.name, lang).join(', ');
  return t(`valueNote.${value.type}`);
}

/** Words a column needs beyond its type (what the id identifies, what matching means), or ''. */
function fieldNote(field: string, lang: Lang): string {
  const key = `imports:template.fieldNote.${field}` as const;
  return hasTranslation(lang, key) ? translate(lang, key) : '';
}

function notesRows(fields: readonly FieldDef[], lang: Lang): string[][] {
  const t = words(lang);
  return fields.map((f) => [
    f.header[lang],
    t(f.required ? 'yes' : 'no'),
    valueNote(f.value, lang) + fieldNote(f.field, lang),
  ]);
}

async function templateXlsx(kind: ImportKind, lang: Lang, context: TemplateContext): Promise<Buffer> {
  const t = words(lang);
  const table = exampleTable(kind, lang, context);
  const fields = fieldsOf(kind);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Coopfolio';
  const sheet = workbook.addWorksheet(t(`sheetName.${kind}`), { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.addRow(table.columns.map((c) => c.label[lang]));
  sheet.getRow(1).font = { bold: true };
  for (const row of table.rows) sheet.addRow(row.map((value) => value ?? ''));
  sheet.columns.forEach((column, i) => {
    const header = table.columns[i]?.label[lang] ?? '';
    column.width = Math.min(40, Math.max(12, header.length + 2));
  });
  const notes = workbook.addWorksheet(t('notesSheet'));
  notes.addRow([t('intro')]);
  notes.addRow([]);
  notes.addRow([t('notesHeader.column'), t('notesHeader.required'), t('notesHeader.whatToFill')]);
  notes.getRow(3).font = { bold: true };
  for (const row of notesRows(fields, lang)) notes.addRow(row);
  notes.getColumn(1).width = 28;
  notes.getColumn(2).width = 10;
  notes.getColumn(3).width = 90;
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The template of one import kind in the user's language, as an XLSX workbook or a CSV file. */
export async function importTemplate(
  kind: ImportKind,
  format: TemplateFormat,
  lang: Lang,
  context: TemplateContext,
): Promise<TemplateFile> {
  const stem = words(lang)(`fileStem.${kind}`);
  if (format === 'csv') {
    return {
      fileName: `${stem}.csv`,
      mimeType: 'text/csv; charset=utf-8',
      bytes: Buffer.from(tableToCsv(exampleTable(kind, lang, context), lang), 'utf8'),
    };
  }
  return {
    fileName: `${stem}.xlsx`,
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    bytes: await templateXlsx(kind, lang, context),
  };
}
