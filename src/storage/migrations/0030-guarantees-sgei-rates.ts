import type { Migration } from './migration';

/*
 * Lender and EU finance rules: guarantees (a new stream kind with its terms and the
 * loans it backs), revolving loans, SGEI flags, dated and sourced stream terms, and
 * the de minimis SGEI ceiling and reference/discount rates.
 *
 * As in 0010, enum lists, limits and defaults are written out literally: this
 * migration must build the same tables forever. The defaults below are the model's
 * defaults as released with schema 30, so a file migrated from 20 reads exactly as a
 * version-1 JSON file without these fields read then. They are dated facts (the rates
 * carry their own date), so a later change of the model's defaults must not, and does
 * not, rewrite files that already hold them.
 */

const CENTS = 'BETWEEN 0 AND 100000000000000';
const YEAR = 'BETWEEN 1800 AND 2200';
const FRACTION = 'BETWEEN 0 AND 1';
const NAME = 'BETWEEN 1 AND 200';
const TEXT = 'BETWEEN 0 AND 2000';
const FLAG = 'IN (0, 1)';

function slug(column: string): string {
  return `length(${column}) BETWEEN 1 AND 64 AND ${column} GLOB '[a-z0-9]*' AND ${column} NOT GLOB '*[^a-z0-9-]*'`;
}

/** `YYYY-MM-DD` of a day that exists (date() normalises 02-30 to 03-02), years 1800..2200. */
function isoDate(column: string): string {
  return `length(${column}) = 10 AND ${column} GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'
    AND date(${column}) IS ${column} AND substr(${column}, 1, 4) BETWEEN '1800' AND '2200'`;
}

// Reg. (EU) 2023/2832: EUR 750,000; Communication 2008/C 14/02 rates for the
// Netherlands from the base rate of 2025-07-01 (2.42%): +400 and +100 basis points.
const SGEI_CEILING_CENTS = 75000000;
const REFERENCE_RATE = 0.0642;
const DISCOUNT_RATE = 0.0342;
const RATES_DATE = '2025-07-01';
const RATES_SOURCE =
  'European Commission, reference and discount rates (base rate NL) with the margins of Communication 2008/C 14/02';

/** New columns keep existing rows valid through their DEFAULT; ADD COLUMN needs one for NOT NULL. */
const ADD_COLUMNS = `
ALTER TABLE settings ADD COLUMN de_minimis_sgei_ceiling_cents INTEGER NOT NULL
  DEFAULT ${SGEI_CEILING_CENTS} CHECK (de_minimis_sgei_ceiling_cents ${CENTS});
ALTER TABLE settings ADD COLUMN de_minimis_reference_rate REAL NOT NULL
  DEFAULT ${REFERENCE_RATE} CHECK (de_minimis_reference_rate ${FRACTION});
ALTER TABLE settings ADD COLUMN de_minimis_discount_rate REAL NOT NULL
  DEFAULT ${DISCOUNT_RATE} CHECK (de_minimis_discount_rate ${FRACTION});
ALTER TABLE settings ADD COLUMN de_minimis_rates_date TEXT NOT NULL
  DEFAULT '${RATES_DATE}' CHECK (${isoDate('de_minimis_rates_date')});
ALTER TABLE settings ADD COLUMN de_minimis_rates_source TEXT NOT NULL
  DEFAULT '${RATES_SOURCE}' CHECK (length(de_minimis_rates_source) ${TEXT});

ALTER TABLE cooperatives ADD COLUMN sgei INTEGER NOT NULL DEFAULT 0 CHECK (sgei ${FLAG});
ALTER TABLE prior_state_aid ADD COLUMN sgei INTEGER NOT NULL DEFAULT 0 CHECK (sgei ${FLAG});
`;

/** The columns funding_streams had at schema 20, copied over by name. */
const OLD_STREAM_COLUMNS = [
  'id',
  'position',
  'name',
  'provider',
  'silo',
  'kind',
  'is_public',
  'state_aid',
  'first_year',
  'last_year',
  'budget_mode',
  'budget_cents',
  'max_per_plan_cents',
  'max_share_of_plan',
  'min_award_cents',
  'matching',
  'award_probability',
  'has_eligibility',
  'loan_rate',
  'loan_term_years',
  'loan_grace_years',
].join(', ');

/*
 * funding_streams as at 20, with 'guarantee' in the kind CHECK (which SQLite cannot
 * alter in place) and the new columns; the table CHECKs mirror the model's rules.
 */
const REBUILD_STREAMS = `
CREATE TABLE new_funding_streams (
  id TEXT NOT NULL PRIMARY KEY CHECK (${slug('id')}),
  position INTEGER NOT NULL CHECK (position >= 0),
  name TEXT NOT NULL CHECK (length(name) ${NAME}),
  provider TEXT CHECK (length(provider) ${TEXT}),
  silo TEXT NOT NULL CHECK (${slug('silo')}),
  kind TEXT NOT NULL CHECK (kind IN ('grant','loan','equity','procurement','in-kind','guarantee')),
  is_public INTEGER NOT NULL CHECK (is_public ${FLAG}),
  state_aid INTEGER NOT NULL CHECK (state_aid ${FLAG}),
  first_year INTEGER CHECK (first_year ${YEAR}),
  last_year INTEGER CHECK (last_year ${YEAR}),
  budget_mode TEXT NOT NULL CHECK (budget_mode IN ('unlimited','amount','schedule')),
  budget_cents INTEGER CHECK (budget_cents ${CENTS}),
  max_per_plan_cents INTEGER CHECK (max_per_plan_cents ${CENTS}),
  max_share_of_plan REAL CHECK (max_share_of_plan ${FRACTION}),
  min_award_cents INTEGER CHECK (min_award_cents ${CENTS}),
  matching REAL CHECK (matching BETWEEN 0 AND 100),
  award_probability REAL NOT NULL CHECK (award_probability ${FRACTION}),
  has_eligibility INTEGER NOT NULL CHECK (has_eligibility ${FLAG}),
  loan_rate REAL CHECK (loan_rate ${FRACTION}),
  loan_term_years INTEGER CHECK (loan_term_years BETWEEN 1 AND 50),
  loan_grace_years INTEGER CHECK (loan_grace_years BETWEEN 0 AND 20),
  loan_guarantee_required REAL CHECK (loan_guarantee_required ${FRACTION}),
  guarantee_share REAL CHECK (guarantee_share ${FRACTION}),
  guarantee_term_years INTEGER CHECK (guarantee_term_years BETWEEN 1 AND 30),
  guarantee_call_rate REAL CHECK (guarantee_call_rate ${FRACTION}),
  revolving INTEGER NOT NULL DEFAULT 0 CHECK (revolving ${FLAG}),
  revolving_interest INTEGER NOT NULL DEFAULT 0 CHECK (revolving_interest ${FLAG}),
  sgei INTEGER NOT NULL DEFAULT 0 CHECK (sgei ${FLAG}),
  terms_date TEXT CHECK (${isoDate('terms_date')}),
  source TEXT CHECK (length(source) ${TEXT}),
  CHECK ((first_year IS NULL) = (last_year IS NULL) AND NOT first_year > last_year),
  CHECK ((budget_mode = 'amount') = (budget_cents IS NOT NULL)),
  CHECK ((kind = 'loan') = (loan_rate IS NOT NULL)),
  CHECK ((loan_rate IS NULL) = (loan_term_years IS NULL) AND (loan_rate IS NULL) = (loan_grace_years IS NULL)),
  CHECK (loan_rate IS NOT NULL OR loan_guarantee_required IS NULL),
  CHECK (NOT min_award_cents > max_per_plan_cents),
  CHECK ((kind = 'guarantee') = (guarantee_share IS NOT NULL)),
  CHECK ((guarantee_share IS NULL) = (guarantee_term_years IS NULL)
     AND (guarantee_share IS NULL) = (guarantee_call_rate IS NULL)),
  CHECK (kind <> 'guarantee' OR min_award_cents IS NULL AND matching IS NULL),
  CHECK (kind = 'loan' OR revolving = 0 AND revolving_interest = 0)
) STRICT;

INSERT INTO new_funding_streams (${OLD_STREAM_COLUMNS}) SELECT ${OLD_STREAM_COLUMNS} FROM funding_streams;
DROP TABLE funding_streams;
ALTER TABLE new_funding_streams RENAME TO funding_streams;
`;

/*
 * The loans a guarantee backs, in the user's order (repeats kept, as the model keeps
 * them). The backed side is NO ACTION rather than RESTRICT: NO ACTION is checked at
 * the end of the statement, so clearing every stream at once (a replace) passes once
 * the guarantees' own rows have cascaded away, while deleting one backed loan alone
 * still fails.
 */
const GUARANTEE_BACKS = `
CREATE TABLE guarantee_backs (
  stream_id TEXT NOT NULL REFERENCES funding_streams (id) ON DELETE CASCADE,
  position INTEGER NOT NULL CHECK (position >= 0),
  backed_stream_id TEXT NOT NULL REFERENCES funding_streams (id),
  PRIMARY KEY (stream_id, position)
) STRICT;
CREATE INDEX guarantee_backs_by_backed_stream ON guarantee_backs (backed_stream_id);
`;

export const guaranteesSgeiRates: Migration = {
  version: 30,
  name: 'guarantees-sgei-rates',
  // The rebuilt funding_streams is referenced by locked amounts, scenario factors,
  // budget years and eligibility: with foreign keys on, its DROP would delete those rows.
  rebuildsReferencedTables: true,
  up(db) {
    db.exec(ADD_COLUMNS);
    db.exec(REBUILD_STREAMS);
    db.exec(GUARANTEE_BACKS);
  },
};
