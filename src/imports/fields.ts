/**
 * The columns each import kind understands: the field, where its value goes in the
 * workspace format, how a cell is read, and the header names (Dutch and English) the
 * mapping recognises. docs/import.md lists the same; keep them together.
 */
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

const field = (
  name: string,
  value: ValueKind,
  header: { nl: string; en: string },
  aliases: readonly string[] = [],
  options: { required?: boolean; path?: readonly (string | number)[] } = {},
): FieldDef => ({
  field: name,
  path: options.path ?? [name],
  value,
  required: options.required ?? false,
  header,
  aliases,
});

const ID = { type: 'id' } as const;
const NAME = { type: 'name' } as const;
const TEXT = { type: 'text' } as const;
const MONEY = { type: 'money' } as const;
const FRACTION = { type: 'fraction' } as const;
const YEAR = { type: 'year' } as const;
const INTEGER = { type: 'integer' } as const;
const BOOLEAN = { type: 'boolean' } as const;
const required = { required: true };

const COOPERATIVE_FIELDS: readonly FieldDef[] = [
  field('id', ID, { nl: 'Id', en: 'Id' }, ['code', 'coöperatie-id', 'cooperative id', 'coop id'], required),
  field('name', NAME, { nl: 'Naam', en: 'Name' }, ['naam coöperatie', 'cooperative name'], required),
  field('sector', { type: 'enum', name: 'sector' }, { nl: 'Sector', en: 'Sector' }, ['branche'], required),
  field('district', TEXT, { nl: 'Stadsdeel', en: 'District' }, ['wijk', 'buurt', 'gebied', 'area']),
  field(
    'legalForm',
    { type: 'enum', name: 'legalForm' },
    { nl: 'Rechtsvorm', en: 'Legal form' },
    [],
    required,
  ),
  field(
    'stage',
    { type: 'enum', name: 'stage' },
    { nl: 'Fase', en: 'Stage' },
    ['stadium', 'phase'],
    required,
  ),
  field(
    'members',
    INTEGER,
    { nl: 'Leden', en: 'Members' },
    ['aantal leden', 'ledenaantal', 'number of members'],
    required,
  ),
  field('foundedYear', YEAR, { nl: 'Opgericht', en: 'Founded' }, [
    'oprichtingsjaar',
    'jaar van oprichting',
    'founded year',
    'year founded',
  ]),
  field('partnership', { type: 'enum', name: 'partnership' }, { nl: 'Samenwerking', en: 'Partnership' }, [
    'partnerschap',
    'samenwerkingsvorm',
  ]),
  field('priorStateAid', { type: 'yearAmounts' }, { nl: 'Eerdere de-minimissteun', en: 'Prior state aid' }, [
    'eerdere steun',
    'de-minimissteun',
    'de minimis',
    'prior de minimis',
  ]),
];

const STREAM_FIELDS: readonly FieldDef[] = [
  field('id', ID, { nl: 'Id', en: 'Id' }, ['code', 'bron-id', 'stream id'], required),
  field('name', NAME, { nl: 'Naam', en: 'Name' }, ['naam bron', 'stream name'], required),
  field('provider', TEXT, { nl: 'Verstrekker', en: 'Provider' }, ['financier', 'aanbieder', 'funder']),
  field('silo', ID, { nl: 'Silo', en: 'Silo' }, ['budgethouder', 'budget owner'], required),
  field(
    'kind',
    { type: 'enum', name: 'streamKind' },
    { nl: 'Soort', en: 'Kind' },
    ['type', 'vorm', 'instrument'],
    required,
  ),
  field(
    'public',
    BOOLEAN,
    { nl: 'Publiek', en: 'Public' },
    ['publiek geld', 'public money', 'openbaar'],
    required,
  ),
  field('stateAid', BOOLEAN, { nl: 'Staatssteun', en: 'State aid' }, ['de minimis', 'de-minimis']),
  field(
    'yearsFrom',
    YEAR,
    { nl: 'Eerste jaar', en: 'First year' },
    ['vanaf', 'startjaar', 'from', 'start year'],
    {
      path: ['years', 0],
    },
  ),
  field(
    'yearsTo',
    YEAR,
    { nl: 'Laatste jaar', en: 'Last year' },
    ['tot en met', 'eindjaar', 'to', 'until', 'end year'],
    {
      path: ['years', 1],
    },
  ),
  field('budgetPerYear', { type: 'amountOrSchedule' }, { nl: 'Budget per jaar', en: 'Budget per year' }, [
    'jaarbudget',
    'budget',
    'annual budget',
  ]),
  field('maxPerPlan', MONEY, { nl: 'Maximum per plan', en: 'Maximum per plan' }, [
    'max per plan',
    'maximaal per plan',
  ]),
  field('maxShareOfPlan', FRACTION, { nl: 'Maximaal aandeel van plan', en: 'Maximum share of plan' }, [
    'max aandeel',
    'maximaal aandeel',
    'max share',
    'max share of plan',
  ]),
  field('minAward', MONEY, { nl: 'Minimale toekenning', en: 'Minimum award' }, [
    'min toekenning',
    'min award',
  ]),
  field('matching', { type: 'number' }, { nl: 'Matching', en: 'Matching' }, [
    'cofinanciering',
    'co-financing',
  ]),
  field('awardProbability', FRACTION, { nl: 'Kans op toekenning', en: 'Award probability' }, [
    'kans',
    'slagingskans',
    'probability',
  ]),
  field(
    'eligibleSectors',
    { type: 'enumList', name: 'sector' },
    { nl: 'Sectoren', en: 'Eligible sectors' },
    ['toegestane sectoren', 'sectors'],
    { path: ['eligible', 'sectors'] },
  ),
  field(
    'eligibleCategories',
    { type: 'enumList', name: 'costCategory' },
    { nl: 'Kostensoorten', en: 'Eligible categories' },
    ['toegestane kostensoorten', 'kostencategorieën', 'categorieën', 'categories'],
    { path: ['eligible', 'categories'] },
  ),
  field(
    'eligibleStages',
    { type: 'enumList', name: 'stage' },
    { nl: 'Fasen', en: 'Eligible stages' },
    ['toegestane fasen', 'fases', 'stages'],
    { path: ['eligible', 'stages'] },
  ),
  field('loanRate', FRACTION, { nl: 'Rente', en: 'Interest rate' }, ['rentevoet', 'rate', 'loan rate'], {
    path: ['loan', 'rate'],
  }),
  field(
    'loanTermYears',
    INTEGER,
    { nl: 'Looptijd (jaren)', en: 'Term (years)' },
    ['looptijd', 'term', 'term years'],
    {
      path: ['loan', 'termYears'],
    },
  ),
  field(
    'loanGraceYears',
    INTEGER,
    { nl: 'Aflossingsvrije jaren', en: 'Grace years' },
    ['aflossingsvrij', 'grace', 'grace period'],
    {
      path: ['loan', 'graceYears'],
    },
  ),
];

const COST_LINE_FIELDS: readonly FieldDef[] = [
  field('planId', ID, { nl: 'Plan', en: 'Plan' }, ['plan-id', 'plan id', 'project'], required),
  field(
    'costId',
    ID,
    { nl: 'Kostenpost', en: 'Cost line' },
    ['kostenpost-id', 'cost id', 'cost line id', 'post'],
    required,
  ),
  field(
    'category',
    { type: 'enum', name: 'costCategory' },
    { nl: 'Categorie', en: 'Category' },
    ['kostensoort'],
    required,
  ),
  field(
    'label',
    NAME,
    { nl: 'Omschrijving', en: 'Label' },
    ['naam', 'name', 'beschrijving', 'description'],
    required,
  ),
  field('year', YEAR, { nl: 'Jaar', en: 'Year' }),
  field('amount', MONEY, { nl: 'Bedrag', en: 'Amount' }, ['kosten', 'cost', 'euro', 'euros']),
  // A plan the workspace does not have yet is created from these (cost-lines.ts); they are
  // required for such a plan only, so the table says "no" and the rows say why.
  field('planName', NAME, { nl: 'Plannaam', en: 'Plan name' }, ['naam plan', 'projectnaam', 'project name']),
  field('cooperativeId', ID, { nl: 'Coöperatie', en: 'Cooperative' }, [
    'coöperatie-id',
    'cooperatie id',
    'cooperative id',
    'coop',
  ]),
  field('startYear', YEAR, { nl: 'Startjaar', en: 'Start year' }, ['eerste jaar', 'first year']),
  field('planYears', INTEGER, { nl: 'Aantal jaren', en: 'Number of years' }, [
    'looptijd',
    'jaren',
    'years',
    'duration',
  ]),
];

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
