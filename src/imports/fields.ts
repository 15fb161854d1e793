/**
 * The columns each import kind understands: the field, where its value goes in the
 * workspace format, how a cell is read, and the header names the mapping recognises: its
 * Dutch and English headers (imports:column.*) and other names. docs/import.md lists the same; keep them together.
 */
import { translate } from '../i18n';
import type { EnumName } from './enum-aliases';
import type { ImportKind } from './types';

export type ValueKind =
  | { type: 'id' }
  | { type: 'name' }
  | { type: 'text' }
  | { type: 'enum'; name: EnumName }
  | { type: 'enumList'; name: EnumName }
  | { type: 'integer' }
  | { type: 'year' }
  | { type: 'money' }
  | { type: 'fraction' }
  | { type: 'number' }
  | { type: 'boolean' }
  | { type: 'amountOrSchedule' }
  | { type: 'yearAmounts' };

export interface FieldDef {
  field: string;
  /** Where the value goes in the item's JSON form (for cost lines: in the row). */
  path: readonly (string | number)[];
  value: ValueKind;
  /** Needed for a row that creates an item; an update keeps the stored value of an unmapped field. */
  required: boolean;
  /** The header a template uses, and the field's name in the mapping step. */
  header: { nl: string; en: string };
  /** Other header names that mean this field (compared without case, accents, spaces or punctuation). */
  aliases: readonly string[];
}

type FieldWithoutHeader = Omit<FieldDef, 'header'>;

const field = (
  name: string,
  value: ValueKind,
  aliases: readonly string[] = [],
  options: { required?: boolean; path?: readonly (string | number)[] } = {},
): FieldWithoutHeader => ({
  field: name,
  path: options.path ?? [name],
  value,
  required: options.required ?? false,
  aliases,
});

/** The fields of a kind with their headers: `imports:column.<kind>.<field>` in each language. */
function fieldsFor(kind: ImportKind, fields: readonly FieldWithoutHeader[]): readonly FieldDef[] {
  return fields.map(({ aliases, ...def }) => ({
    ...def,
    header: {
      nl: translate('nl', `imports:column.${kind}.${def.field}`),
      en: translate('en', `imports:column.${kind}.${def.field}`),
    },
    aliases,
  }));
}

const ID = { type: 'id' } as const;
const NAME = { type: 'name' } as const;
const TEXT = { type: 'text' } as const;
const MONEY = { type: 'money' } as const;
const FRACTION = { type: 'fraction' } as const;
const YEAR = { type: 'year' } as const;
const INTEGER = { type: 'integer' } as const;
const BOOLEAN = { type: 'boolean' } as const;
const required = { required: true };

const COOPERATIVE_FIELDS: readonly FieldDef[] = fieldsFor('cooperatives', [
  field('id', ID, ['code', 'coöperatie-id', 'cooperative id', 'coop id'], required),
  field('name', NAME, ['naam coöperatie', 'cooperative name'], required),
  field('sector', { type: 'enum', name: 'sector' }, ['branche'], required),
  field('district', TEXT, ['wijk', 'buurt', 'gebied', 'area']),
  field('legalForm', { type: 'enum', name: 'legalForm' }, [], required),
  field('stage', { type: 'enum', name: 'stage' }, ['stadium', 'phase'], required),
  field('members', INTEGER, ['aantal leden', 'ledenaantal', 'number of members'], required),
  field('foundedYear', YEAR, ['oprichtingsjaar', 'jaar van oprichting', 'founded year', 'year founded']),
  field('partnership', { type: 'enum', name: 'partnership' }, ['partnerschap', 'samenwerkingsvorm']),
  field('priorStateAid', { type: 'yearAmounts' }, [
    'eerdere steun',
    'de-minimissteun',
    'de minimis',
    'prior de minimis',
  ]),
]);

const STREAM_FIELDS: readonly FieldDef[] = fieldsFor('fundingStreams', [
  field('id', ID, ['code', 'bron-id', 'stream id'], required),
  field('name', NAME, ['naam bron', 'stream name'], required),
  field('provider', TEXT, ['financier', 'aanbieder', 'funder']),
  field('silo', ID, ['budgethouder', 'budget owner'], required),
  field('kind', { type: 'enum', name: 'streamKind' }, ['type', 'vorm', 'instrument'], required),
  field('public', BOOLEAN, ['publiek geld', 'public money', 'openbaar'], required),
  field('stateAid', BOOLEAN, ['de minimis', 'de-minimis']),
  field('yearsFrom', YEAR, ['vanaf', 'startjaar', 'from', 'start year'], {
    path: ['years', 0],
  }),
  field('yearsTo', YEAR, ['tot en met', 'eindjaar', 'to', 'until', 'end year'], {
    path: ['years', 1],
  }),
  field('budgetPerYear', { type: 'amountOrSchedule' }, ['jaarbudget', 'budget', 'annual budget']),
  field('maxPerPlan', MONEY, ['max per plan', 'maximaal per plan']),
  field('maxShareOfPlan', FRACTION, ['max aandeel', 'maximaal aandeel', 'max share', 'max share of plan']),
  field('minAward', MONEY, ['min toekenning', 'min award']),
  field('matching', { type: 'number' }, ['cofinanciering', 'co-financing']),
  field('awardProbability', FRACTION, ['kans', 'slagingskans', 'probability']),
  field('eligibleSectors', { type: 'enumList', name: 'sector' }, ['toegestane sectoren', 'sectors'], {
    path: ['eligible', 'sectors'],
  }),
  field(
    'eligibleCategories',
    { type: 'enumList', name: 'costCategory' },
    ['toegestane kostensoorten', 'kostencategorieën', 'categorieën', 'categories'],
    { path: ['eligible', 'categories'] },
  ),
  field('eligibleStages', { type: 'enumList', name: 'stage' }, ['toegestane fasen', 'fases', 'stages'], {
    path: ['eligible', 'stages'],
  }),
  field('loanRate', FRACTION, ['rentevoet', 'rate', 'loan rate'], {
    path: ['loan', 'rate'],
  }),
  field('loanTermYears', INTEGER, ['looptijd', 'term', 'term years'], {
    path: ['loan', 'termYears'],
  }),
  field('loanGraceYears', INTEGER, ['aflossingsvrij', 'grace', 'grace period'], {
    path: ['loan', 'graceYears'],
  }),
]);

const COST_LINE_FIELDS: readonly FieldDef[] = fieldsFor('costLines', [
  field('planId', ID, ['plan-id', 'plan id', 'project'], required),
  field('costId', ID, ['kostenpost-id', 'cost id', 'cost line id', 'post'], required),
  field('category', { type: 'enum', name: 'costCategory' }, ['kostensoort'], required),
  field('label', NAME, ['naam', 'name', 'beschrijving', 'description'], required),
  field('year', YEAR),
  field('amount', MONEY, ['kosten', 'cost', 'euro', 'euros']),
  // A plan the workspace does not have yet is created from these (cost-lines.ts); they are
  // required for such a plan only, so the table says "no" and the rows say why.
  field('planName', NAME, ['naam plan', 'projectnaam', 'project name']),
  field('cooperativeId', ID, ['coöperatie-id', 'cooperatie id', 'cooperative id', 'coop']),
  field('startYear', YEAR, ['eerste jaar', 'first year']),
  field('planYears', INTEGER, ['looptijd', 'jaren', 'years', 'duration']),
]);

export const IMPORT_FIELDS: Record<ImportKind, readonly FieldDef[]> = {
  cooperatives: COOPERATIVE_FIELDS,
  fundingStreams: STREAM_FIELDS,
  costLines: COST_LINE_FIELDS,
};

/** The field that identifies a row's item (for cost lines: with the plan). */
export const ID_FIELD: Record<ImportKind, string> = {
  cooperatives: 'id',
  fundingStreams: 'id',
  costLines: 'costId',
};

export function fieldsOf(kind: ImportKind): readonly FieldDef[] {
  return IMPORT_FIELDS[kind];
}
