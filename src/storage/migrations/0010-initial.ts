import type { Migration } from './migration';

/*
 * The first schema. Enum lists and limits are written out literally rather than
 * imported from src/model: a released migration must build the same tables
 * forever, even after the model grows a new sector or limit.
 *
 * SQLite passes a CHECK whose expression is NULL, so `x BETWEEN a AND b` on a
 * nullable column already means "absent or in range".
 */

/** The slug rule `^[a-z0-9][a-z0-9-]{0,63}$` as far as GLOB can say it. */
function slug(column: string): string {
  return `length(${column}) BETWEEN 1 AND 64 AND ${column} GLOB '[a-z0-9]*' AND ${column} NOT GLOB '*[^a-z0-9-]*'`;
}

// 10^12 euros in cents: the model's MAX_CENTS.
const CENTS = 'BETWEEN 0 AND 100000000000000';
const YEAR = 'BETWEEN 1800 AND 2200';
const FRACTION = 'BETWEEN 0 AND 1';
// Infinity fails this; NaN is bound as NULL and fails NOT NULL.
const FINITE = 'BETWEEN -1.7976931348623157e308 AND 1.7976931348623157e308';
const NAME = 'BETWEEN 1 AND 200';
const TEXT = 'BETWEEN 0 AND 2000';

const SECTORS = `'energy','care','food','housing','mobility','cleaning','circular','culture','other'`;
const STAGES = `'idea','startup','growth','mature'`;
const CATEGORIES = `'capex','opex','personnel','training','housing','other'`;
const SOCIAL = `'food','health','education','income-work','peace-justice','political-voice','social-equity','gender-equality','housing','networks','energy','water'`;
const ECOLOGICAL = `'climate-change','ocean-acidification','chemical-pollution','nitrogen-phosphorus-loading','freshwater-withdrawals','land-conversion','biodiversity-loss','air-pollution','ozone-layer-depletion'`;

const SCHEMA = `
PRAGMA application_id = ${0x436f6f70};

CREATE TABLE meta (
  id INTEGER NOT NULL PRIMARY KEY CHECK (id = 1),
  app_name TEXT NOT NULL CHECK (length(app_name) BETWEEN 1 AND 64),
  created_at TEXT NOT NULL CHECK (length(created_at) BETWEEN 20 AND 40),
  last_saved_at TEXT CHECK (length(last_saved_at) BETWEEN 20 AND 40)
) STRICT;

CREATE TABLE settings (
  id INTEGER NOT NULL PRIMARY KEY CHECK (id = 1),
  municipality TEXT NOT NULL CHECK (length(municipality) ${TEXT}),
  locale TEXT NOT NULL CHECK (locale IN ('nl-NL','en-GB')),
  start_year INTEGER NOT NULL CHECK (start_year ${YEAR}),
  horizon_years INTEGER NOT NULL CHECK (horizon_years BETWEEN 1 AND 30),
  discount_rate REAL NOT NULL CHECK (discount_rate ${FRACTION}),
  min_dscr REAL NOT NULL CHECK (min_dscr BETWEEN 1 AND 10),
  de_minimis_ceiling_cents INTEGER NOT NULL CHECK (de_minimis_ceiling_cents ${CENTS}),
  de_minimis_period_years INTEGER NOT NULL CHECK (de_minimis_period_years BETWEEN 1 AND 10)
) STRICT;

CREATE TABLE cooperatives (
  id TEXT NOT NULL PRIMARY KEY CHECK (${slug('id')}),
  position INTEGER NOT NULL CHECK (position >= 0),
  name TEXT NOT NULL CHECK (length(name) ${NAME}),
  sector TEXT NOT NULL CHECK (sector IN (${SECTORS})),
  district TEXT CHECK (length(district) ${TEXT}),
  legal_form TEXT NOT NULL CHECK (legal_form IN
    ('cooperatie-ua','cooperatie-ba','cooperatie-wa','vereniging','stichting','other')),
  stage TEXT NOT NULL CHECK (stage IN (${STAGES})),
  members INTEGER NOT NULL CHECK (members BETWEEN 0 AND 10000000),
  founded_year INTEGER CHECK (founded_year ${YEAR}),
  partnership TEXT NOT NULL CHECK (partnership IN
    ('none','procurement','co-ownership','concession','right-to-challenge','grant-partnership'))
) STRICT;

CREATE TABLE prior_state_aid (
  cooperative_id TEXT NOT NULL REFERENCES cooperatives (id) ON DELETE CASCADE,
  position INTEGER NOT NULL CHECK (position >= 0),
  year INTEGER NOT NULL CHECK (year ${YEAR}),
  amount_cents INTEGER NOT NULL CHECK (amount_cents ${CENTS}),
  PRIMARY KEY (cooperative_id, position)
) STRICT;

CREATE TABLE funding_streams (
  id TEXT NOT NULL PRIMARY KEY CHECK (${slug('id')}),
  position INTEGER NOT NULL CHECK (position >= 0),
  name TEXT NOT NULL CHECK (length(name) ${NAME}),
  provider TEXT CHECK (length(provider) ${TEXT}),
  silo TEXT NOT NULL CHECK (${slug('silo')}),
  kind TEXT NOT NULL CHECK (kind IN ('grant','loan','equity','procurement','in-kind')),
  is_public INTEGER NOT NULL CHECK (is_public IN (0, 1)),
  state_aid INTEGER NOT NULL CHECK (state_aid IN (0, 1)),
  first_year INTEGER CHECK (first_year ${YEAR}),
  last_year INTEGER CHECK (last_year ${YEAR}),
  budget_mode TEXT NOT NULL CHECK (budget_mode IN ('unlimited','amount','schedule')),
  budget_cents INTEGER CHECK (budget_cents ${CENTS}),
  max_per_plan_cents INTEGER CHECK (max_per_plan_cents ${CENTS}),
  max_share_of_plan REAL CHECK (max_share_of_plan ${FRACTION}),
  min_award_cents INTEGER CHECK (min_award_cents ${CENTS}),
  matching REAL CHECK (matching BETWEEN 0 AND 100),
  award_probability REAL NOT NULL CHECK (award_probability ${FRACTION}),
  has_eligibility INTEGER NOT NULL CHECK (has_eligibility IN (0, 1)),
  loan_rate REAL CHECK (loan_rate ${FRACTION}),
  loan_term_years INTEGER CHECK (loan_term_years BETWEEN 1 AND 50),
  loan_grace_years INTEGER CHECK (loan_grace_years BETWEEN 0 AND 20),
  CHECK ((first_year IS NULL) = (last_year IS NULL) AND NOT first_year > last_year),
  CHECK ((budget_mode = 'amount') = (budget_cents IS NOT NULL)),
  CHECK ((kind = 'loan') = (loan_rate IS NOT NULL)),
  CHECK ((loan_rate IS NULL) = (loan_term_years IS NULL) AND (loan_rate IS NULL) = (loan_grace_years IS NULL)),
  CHECK (NOT min_award_cents > max_per_plan_cents)
) STRICT;

CREATE TABLE stream_budget_years (
  stream_id TEXT NOT NULL REFERENCES funding_streams (id) ON DELETE CASCADE,
  year INTEGER NOT NULL CHECK (year BETWEEN 0 AND 9999),
  amount_cents INTEGER NOT NULL CHECK (amount_cents ${CENTS}),
  PRIMARY KEY (stream_id, year)
) STRICT;

CREATE TABLE stream_eligibility (
  stream_id TEXT NOT NULL REFERENCES funding_streams (id) ON DELETE CASCADE,
  list TEXT NOT NULL CHECK (list IN ('sectors','categories','stages')),
  position INTEGER NOT NULL CHECK (position >= 0),
  value TEXT NOT NULL,
  CHECK (list = 'sectors' AND value IN (${SECTORS})
      OR list = 'categories' AND value IN (${CATEGORIES})
      OR list = 'stages' AND value IN (${STAGES})),
  PRIMARY KEY (stream_id, list, position)
) STRICT;

CREATE TABLE indicators (
  id TEXT NOT NULL PRIMARY KEY CHECK (${slug('id')}),
  position INTEGER NOT NULL CHECK (position >= 0),
  label TEXT NOT NULL CHECK (length(label) ${NAME}),
  dimension TEXT NOT NULL CHECK (dimension IN (${SOCIAL}, ${ECOLOGICAL})),
  kind TEXT NOT NULL CHECK (kind IN ('floor','ceiling')),
  unit TEXT NOT NULL CHECK (length(unit) ${NAME}),
  baseline_year INTEGER NOT NULL CHECK (baseline_year ${YEAR}),
  baseline_value REAL NOT NULL CHECK (baseline_value ${FINITE}),
  threshold REAL NOT NULL CHECK (threshold > 0 AND threshold ${FINITE}),
  trend REAL NOT NULL CHECK (trend > -1 AND trend < 10),
  source TEXT NOT NULL CHECK (length(source) ${TEXT}),
  lens TEXT CHECK (lens IN ('local-social','local-ecological','global-social','global-ecological')),
  CHECK ((kind = 'floor') = (dimension IN (${SOCIAL})))
) STRICT;

CREATE TABLE plans (
  id TEXT NOT NULL PRIMARY KEY CHECK (${slug('id')}),
  position INTEGER NOT NULL CHECK (position >= 0),
  cooperative_id TEXT NOT NULL REFERENCES cooperatives (id) ON DELETE RESTRICT,
  name TEXT NOT NULL CHECK (length(name) ${NAME}),
  start_year INTEGER NOT NULL CHECK (start_year ${YEAR}),
  years INTEGER NOT NULL CHECK (years BETWEEN 1 AND 30)
) STRICT;

CREATE TABLE cost_lines (
  plan_id TEXT NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
  id TEXT NOT NULL CHECK (${slug('id')}),
  position INTEGER NOT NULL CHECK (position >= 0),
  category TEXT NOT NULL CHECK (category IN (${CATEGORIES})),
  label TEXT NOT NULL CHECK (length(label) ${NAME}),
  PRIMARY KEY (plan_id, id),
  UNIQUE (plan_id, position)
) STRICT;

CREATE TABLE cost_amounts (
  plan_id TEXT NOT NULL,
  cost_id TEXT NOT NULL,
  year INTEGER NOT NULL CHECK (year ${YEAR}),
  amount_cents INTEGER NOT NULL CHECK (amount_cents ${CENTS}),
  PRIMARY KEY (plan_id, cost_id, year),
  FOREIGN KEY (plan_id, cost_id) REFERENCES cost_lines (plan_id, id) ON DELETE CASCADE
) STRICT;

CREATE TABLE plan_revenues (
  plan_id TEXT NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
  year INTEGER NOT NULL CHECK (year ${YEAR}),
  amount_cents INTEGER NOT NULL CHECK (amount_cents ${CENTS}),
  PRIMARY KEY (plan_id, year)
) STRICT;

CREATE TABLE locked_amounts (
  plan_id TEXT NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
  position INTEGER NOT NULL CHECK (position >= 0),
  stream_id TEXT NOT NULL REFERENCES funding_streams (id) ON DELETE RESTRICT,
  cost_id TEXT NOT NULL,
  year INTEGER NOT NULL CHECK (year ${YEAR}),
  amount_cents INTEGER NOT NULL CHECK (amount_cents ${CENTS}),
  PRIMARY KEY (plan_id, position),
  FOREIGN KEY (plan_id, cost_id) REFERENCES cost_lines (plan_id, id) ON DELETE CASCADE
) STRICT;

CREATE TABLE impact_lines (
  plan_id TEXT NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
  position INTEGER NOT NULL CHECK (position >= 0),
  indicator_id TEXT NOT NULL REFERENCES indicators (id) ON DELETE RESTRICT,
  start_year INTEGER NOT NULL CHECK (start_year ${YEAR}),
  duration INTEGER NOT NULL CHECK (duration BETWEEN 1 AND 100),
  annual REAL NOT NULL CHECK (annual ${FINITE}),
  deadweight REAL NOT NULL CHECK (deadweight ${FRACTION}),
  attribution REAL NOT NULL CHECK (attribution ${FRACTION}),
  displacement REAL NOT NULL CHECK (displacement ${FRACTION}),
  drop_off REAL NOT NULL CHECK (drop_off ${FRACTION}),
  uncertainty_low REAL NOT NULL CHECK (uncertainty_low ${FRACTION}),
  uncertainty_high REAL NOT NULL CHECK (uncertainty_high BETWEEN 1 AND 100),
  evidence TEXT NOT NULL CHECK (evidence IN ('strong','moderate','weak')),
  basis TEXT NOT NULL CHECK (length(basis) ${TEXT}),
  PRIMARY KEY (plan_id, position)
) STRICT;

CREATE TABLE scenarios (
  id TEXT NOT NULL PRIMARY KEY CHECK (${slug('id')}),
  position INTEGER NOT NULL CHECK (position >= 0),
  name TEXT NOT NULL CHECK (length(name) ${NAME}),
  monte_carlo_draws INTEGER NOT NULL CHECK (monte_carlo_draws BETWEEN 1 AND 1000000),
  monte_carlo_seed INTEGER NOT NULL CHECK (monte_carlo_seed BETWEEN 0 AND 4294967295)
) STRICT;

CREATE TABLE scenario_plans (
  scenario_id TEXT NOT NULL REFERENCES scenarios (id) ON DELETE CASCADE,
  position INTEGER NOT NULL CHECK (position >= 0),
  plan_id TEXT NOT NULL REFERENCES plans (id) ON DELETE RESTRICT,
  PRIMARY KEY (scenario_id, position),
  UNIQUE (scenario_id, plan_id)
) STRICT;

CREATE TABLE scenario_stream_factors (
  scenario_id TEXT NOT NULL REFERENCES scenarios (id) ON DELETE CASCADE,
  position INTEGER NOT NULL CHECK (position >= 0),
  stream_id TEXT NOT NULL REFERENCES funding_streams (id) ON DELETE RESTRICT,
  factor REAL NOT NULL CHECK (factor BETWEEN 0 AND 100),
  PRIMARY KEY (scenario_id, stream_id),
  UNIQUE (scenario_id, position)
) STRICT;

CREATE TABLE scenario_indicator_overrides (
  scenario_id TEXT NOT NULL REFERENCES scenarios (id) ON DELETE CASCADE,
  position INTEGER NOT NULL CHECK (position >= 0),
  indicator_id TEXT NOT NULL REFERENCES indicators (id) ON DELETE RESTRICT,
  trend REAL CHECK (trend > -1 AND trend < 10),
  threshold REAL CHECK (threshold > 0 AND threshold ${FINITE}),
  PRIMARY KEY (scenario_id, indicator_id),
  UNIQUE (scenario_id, position)
) STRICT;
`;

export const initial: Migration = {
  version: 10,
  name: 'initial',
  up(db) {
    db.exec(SCHEMA);
  },
};
