/**
 * A spreadsheet to fill in for the import: one sheet with the headers the mapping
 * recognises at once (in the user's language) and example rows the import accepts as
 * they are, and a sheet of notes per column (required or not, what to type, the allowed
 * words). The same content as CSV (headers and examples only), written like the report's
 * CSV files, so Excel opens it correctly in Dutch and English.
 */
import ExcelJS from 'exceljs';
import type { Lang } from '../model/messages';
import { tableToCsv } from '../reports/csv';
import type { CellValue, ColumnType, ReportTable } from '../reports/tables';
import { allowedWords, dutchWords, type EnumName } from './enum-aliases';
import { fieldsOf, type FieldDef, type ValueKind } from './fields';
import type { ImportKind } from './types';

import type { IMPORT_TEMPLATE_FORMATS } from '../api/import-operations';

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

const SHEET_NAME: Record<ImportKind, Record<Lang, string>> = {
  cooperatives: { nl: 'Coöperaties', en: 'Cooperatives' },
  fundingStreams: { nl: 'Financieringsbronnen', en: 'Funding streams' },
  costLines: { nl: 'Kostenposten', en: 'Cost lines' },
};

const FILE_STEM: Record<ImportKind, Record<Lang, string>> = {
  cooperatives: { nl: 'sjabloon-cooperaties', en: 'template-cooperatives' },
  fundingStreams: { nl: 'sjabloon-financieringsbronnen', en: 'template-funding-streams' },
  costLines: { nl: 'sjabloon-kostenposten', en: 'template-cost-lines' },
};

/** Coded values in the words the user reads: Dutch words in Dutch, the format's codes in English. */
function word(name: EnumName, code: string, lang: Lang): string {
  return lang === 'nl' ? (dutchWords(name, code)[0] ?? code) : code;
}

/**
 * Amounts are whole euros without thousands separators and shares are percentages, so
 * the examples read the same whatever number format the import assumes.
 */
function examples(kind: ImportKind, lang: Lang, context: TemplateContext): Example[] {
  const nl = lang === 'nl';
  const first = context.startYear;
  const last = context.startYear + context.horizonYears - 1;
  switch (kind) {
    case 'cooperatives':
      return [
        {
          id: nl ? 'voorbeeld-zorg' : 'example-care',
          name: nl ? 'Zorgcoöperatie Voorbeeld' : 'Example Care Cooperative',
          sector: word('sector', 'care', lang),
          district: nl ? 'Oost' : 'East',
          legalForm: word('legalForm', 'cooperatie-ua', lang),
          stage: word('stage', 'idea', lang),
          members: 25,
          foundedYear: first,
          partnership: word('partnership', 'none', lang),
          priorStateAid: `${first - 1}: 10000`,
        },
      ];
    case 'fundingStreams':
      return [
        {
          id: nl ? 'voorbeeld-fonds' : 'example-fund',
          name: nl ? 'Buurtfonds Voorbeeld' : 'Example Neighbourhood Fund',
          provider: nl ? 'Gemeente' : 'Municipality',
          silo: nl ? 'sociaal-domein' : 'social-domain',
          kind: word('streamKind', 'grant', lang),
          public: nl ? 'ja' : 'yes',
          stateAid: nl ? 'ja' : 'yes',
          yearsFrom: first,
          yearsTo: last,
          budgetPerYear: 100000,
          maxPerPlan: 50000,
          maxShareOfPlan: '50%',
          minAward: 5000,
          matching: null,
          awardProbability: '75%',
          eligibleSectors: [word('sector', 'care', lang), word('sector', 'food', lang)].join('; '),
          eligibleCategories: [
            word('costCategory', 'personnel', lang),
            word('costCategory', 'training', lang),
          ].join('; '),
          eligibleStages: [word('stage', 'idea', lang), word('stage', 'startup', lang)].join('; '),
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
        costId: nl ? 'voorbeeld-opleiding' : 'example-training',
        category: word('costCategory', 'training', lang),
        label: nl ? 'Opleiding vrijwilligers' : 'Volunteer training',
      };
      // And a new plan: its name, cooperative and years on its first row make it.
      const newLine = {
        planId: nl ? 'voorbeeldplan-buurtbatterij' : 'example-plan-neighbourhood-battery',
        costId: nl ? 'thuisbatterijen' : 'home-batteries',
        category: word('costCategory', 'capex', lang),
        label: nl ? 'Thuisbatterijen' : 'Home batteries',
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
          planName: nl ? 'Voorbeeldplan buurtbatterij' : 'Example plan neighbourhood battery',
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
    id: FILE_STEM[kind][lang],
    title: SHEET_NAME[kind],
    columns: fields.map((f) => ({ key: f.field, label: f.header, type: columnType(f.value) })),
    rows: examples(kind, lang, context).map((example) => fields.map((f) => example[f.field] ?? null)),
  };
}

const ENUM_VALUES_NOTE: Record<Lang, string> = { nl: 'Eén van: ', en: 'One of: ' };
const ENUM_LIST_NOTE: Record<Lang, string> = {
  nl: 'Eén of meer, gescheiden door ; of , uit: ',
  en: 'One or more, separated by ; or , from: ',
};

/** What to type in a column, in plain words. */
function valueNote(value: ValueKind, lang: Lang): string {
  const nl = lang === 'nl';
  switch (value.type) {
    case 'id':
      return nl
        ? 'Korte code: kleine letters, cijfers en streepjes (bijvoorbeeld zorg-oost).'
        : 'Short code: lowercase letters, digits and dashes (for example care-east).';
    case 'name':
      return nl ? 'Tekst, 1 tot 200 tekens.' : 'Text, 1 to 200 characters.';
    case 'text':
      return nl ? 'Tekst, mag leeg blijven.' : 'Text, may be left empty.';
    case 'enum':
      return ENUM_VALUES_NOTE[lang] + allowedWords(value.name, lang).join(', ');
    case 'enumList':
      return ENUM_LIST_NOTE[lang] + allowedWords(value.name, lang).join(', ');
    case 'integer':
      return nl ? 'Een heel getal.' : 'A whole number.';
    case 'number':
      return nl ? 'Een getal van 0 tot 100.' : 'A number from 0 to 100.';
    case 'year':
      return nl ? 'Een jaartal, bijvoorbeeld 2027.' : 'A year, for example 2027.';
    case 'money':
      return nl ? 'Bedrag in euro, hoogstens 2 decimalen.' : 'An amount in euros, at most 2 decimals.';
    case 'fraction':
      return nl
        ? 'Een percentage (75%) of een deel van 0 tot 1.'
        : 'A percentage (75%) or a share from 0 to 1.';
    case 'boolean':
      return nl ? 'ja of nee.' : 'yes or no.';
    case 'amountOrSchedule':
      return nl
        ? 'Eén bedrag voor elk jaar, of per jaar: 2027: 400000; 2028: 300000.'
        : 'One amount for every year, or per year: 2027: 400000; 2028: 300000.';
    case 'yearAmounts':
      return nl
        ? 'Per jaar een bedrag: 2025: 10000; 2026: 5000.'
        : 'An amount per year: 2025: 10000; 2026: 5000.';
    default: {
      const never: never = value;
      return never;
    }
  }
}

const NOTES_HEADER: Record<Lang, [string, string, string]> = {
  nl: ['Kolom', 'Verplicht', 'Wat in te vullen'],
  en: ['Column', 'Required', 'What to fill in'],
};

/** Words a column needs beyond its type: what the id identifies, what matching means. */
const FIELD_NOTES: Partial<Record<string, Record<Lang, string>>> = {
  id: { nl: ' Uniek in de werkruimte.', en: ' Unique in the workspace.' },
  costId: {
    nl: ' Uniek binnen het plan; één rij per jaar.',
    en: ' Unique within the plan; one row per year.',
  },
  planId: {
    nl: ' Het id van een bestaand plan, of van een nieuw plan: vul dan ook Plannaam en Coöperatie in.',
    en: ' The id of an existing plan, or of a new one: then fill in Plan name and Cooperative too.',
  },
  planName: {
    nl: ' Alleen voor een nieuw plan; op één rij van het plan is genoeg.',
    en: ' For a new plan only; one row of the plan is enough.',
  },
  cooperativeId: {
    nl: ' Het id van een bestaande coöperatie; alleen voor een nieuw plan.',
    en: ' The id of an existing cooperative; for a new plan only.',
  },
  startYear: {
    nl: ' Alleen voor een nieuw plan; leeg: het eerste jaar met een bedrag.',
    en: ' For a new plan only; empty: the first year with an amount.',
  },
  planYears: {
    nl: ' Alleen voor een nieuw plan, 1 tot 30; leeg: tot en met het laatste jaar met een bedrag.',
    en: ' For a new plan only, 1 to 30; empty: up to the last year with an amount.',
  },
  silo: {
    nl: ' Het budget of de afdeling waar het geld vandaan komt.',
    en: ' The budget or department the money comes from.',
  },
  matching: {
    nl: ' Hoogstens dit maal de private bijdragen aan het plan (1 = euro voor euro).',
    en: ' At most this many times the private contributions to the plan (1 = euro for euro).',
  },
};

function notesRows(fields: readonly FieldDef[], lang: Lang): string[][] {
  const [yes, no] = lang === 'nl' ? ['ja', 'nee'] : ['yes', 'no'];
  return fields.map((f) => [
    f.header[lang],
    f.required ? yes : no,
    valueNote(f.value, lang) + (FIELD_NOTES[f.field]?.[lang] ?? ''),
  ]);
}

const INTRO: Record<Lang, string> = {
  nl: 'Vul op het eerste blad één rij per item in (de voorbeeldrij mag weg). Kolommen die u niet gebruikt mag u weglaten; bij het importeren koppelt u de kolommen en ziet u eerst een voorbeeld met alle problemen.',
  en: 'Fill in one row per item on the first sheet (the example row may go). Columns you do not use may be left out; when importing you match the columns and first see a preview with every problem.',
};

async function templateXlsx(kind: ImportKind, lang: Lang, context: TemplateContext): Promise<Buffer> {
  const table = exampleTable(kind, lang, context);
  const fields = fieldsOf(kind);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Coopfolio';
  const sheet = workbook.addWorksheet(SHEET_NAME[kind][lang], { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.addRow(table.columns.map((c) => c.label[lang]));
  sheet.getRow(1).font = { bold: true };
  for (const row of table.rows) sheet.addRow(row.map((value) => value ?? ''));
  sheet.columns.forEach((column, i) => {
    const header = table.columns[i]?.label[lang] ?? '';
    column.width = Math.min(40, Math.max(12, header.length + 2));
  });
  const notes = workbook.addWorksheet(lang === 'nl' ? 'Toelichting' : 'Notes');
  notes.addRow([INTRO[lang]]);
  notes.addRow([]);
  notes.addRow(NOTES_HEADER[lang]);
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
  const stem = FILE_STEM[kind][lang];
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
