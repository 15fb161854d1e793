import {
  BUDGET_NATURES,
  COST_CATEGORIES,
  SECTORS,
  STAGES,
  STREAM_KINDS,
  type CostCategory,
  type FundingStream,
  type Sector,
  type Stage,
} from '../../model';
import { fromFlag, toFlag, type ReadDb, type WriteDb } from '../sql';
import type { Removed } from '../types';
import { cents, childrenOf, oneOf, scheduleEntries, scheduleFromRows, type YearAmountRow } from './checked';
import { childRowsBy, itemRows } from './select';

type Eligibility = NonNullable<FundingStream['eligible']>;

export interface FundingStreamRow {
  id: string;
  position: number;
  name: string;
  provider: string | null;
  silo: string;
  kind: string;
  is_public: number;
  state_aid: number;
  /** Schema 70: a draft (concept) stream, which no blend uses. */
  draft: number;
  first_year: number | null;
  last_year: number | null;
  /** `budgetPerYear` is absent, one amount for every year, or a schedule in stream_budget_years. */
  budget_mode: 'unlimited' | 'amount' | 'schedule';
  budget_cents: number | null;
  /** Schema 90: 'structural' or 'one-off'; NULL when the file does not say (the model derives a default). */
  budget_nature: string | null;
  max_per_plan_cents: number | null;
  max_share_of_plan: number | null;
  min_award_cents: number | null;
  matching: number | null;
  award_probability: number;
  /** Tells `eligible: {}` apart from no `eligible` at all; the lists live in stream_eligibility. */
  has_eligibility: number;
  loan_rate: number | null;
  loan_term_years: number | null;
  loan_grace_years: number | null;
  loan_guarantee_required: number | null;
  /** All three set exactly on guarantees; the loans a guarantee backs live in guarantee_backs. */
  guarantee_share: number | null;
  guarantee_term_years: number | null;
  guarantee_call_rate: number | null;
  revolving: number;
  revolving_interest: number;
  sgei: number;
  terms_date: string | null;
  source: string | null;
  /** Schema 40: the funder's usual decision time and the application round's closing date. */
  decision_weeks: number | null;
  application_deadline: string | null;
}

export interface GuaranteeBackRow {
  stream_id: string;
  position: number;
  backed_stream_id: string;
}

export interface BudgetYearRow extends YearAmountRow {
  stream_id: string;
}

export interface EligibilityRow {
  stream_id: string;
  list: 'sectors' | 'categories' | 'stages';
  position: number;
  value: string;
}

export function fundingStreamToRow(stream: FundingStream, position: number): FundingStreamRow {
  const budget = stream.budgetPerYear;
  return {
    id: stream.id,
    position,
    name: stream.name,
    provider: stream.provider ?? null,
    silo: stream.silo,
    kind: stream.kind,
    is_public: toFlag(stream.public),
    state_aid: toFlag(stream.stateAid),
    draft: toFlag(stream.draft),
    first_year: stream.years?.[0] ?? null,
    last_year: stream.years?.[1] ?? null,
    budget_mode: budget === undefined ? 'unlimited' : typeof budget === 'number' ? 'amount' : 'schedule',
    budget_cents: typeof budget === 'number' ? budget : null,
    budget_nature: stream.budgetNature ?? null,
    max_per_plan_cents: stream.maxPerPlan ?? null,
    max_share_of_plan: stream.maxShareOfPlan ?? null,
    min_award_cents: stream.minAward ?? null,
    matching: stream.matching ?? null,
    award_probability: stream.awardProbability,
    has_eligibility: toFlag(stream.eligible !== undefined),
    loan_rate: stream.loan?.rate ?? null,
    loan_term_years: stream.loan?.termYears ?? null,
    loan_grace_years: stream.loan?.graceYears ?? null,
    loan_guarantee_required: stream.loan?.guaranteeRequired ?? null,
    guarantee_share: stream.guarantee?.share ?? null,
    guarantee_term_years: stream.guarantee?.termYears ?? null,
    guarantee_call_rate: stream.guarantee?.callRate ?? null,
    revolving: toFlag(stream.revolving),
    revolving_interest: toFlag(stream.revolvingInterest),
    sgei: toFlag(stream.sgei),
    terms_date: stream.termsDate ?? null,
    source: stream.source ?? null,
    decision_weeks: stream.decisionWeeks ?? null,
    application_deadline: stream.applicationDeadline ?? null,
  };
}

export function fundingStreamFromRow(
  row: FundingStreamRow,
  budgetYears: BudgetYearRow[],
  eligibility: EligibilityRow[],
  backs: GuaranteeBackRow[],
): FundingStream {
  const years: [number, number] | undefined =
    row.first_year === null || row.last_year === null ? undefined : [row.first_year, row.last_year];
  const budget =
    row.budget_mode === 'schedule'
      ? scheduleFromRows(budgetYears)
      : row.budget_cents === null
        ? undefined
        : cents(row.budget_cents);
  return {
    id: row.id,
    name: row.name,
    ...(row.provider === null ? {} : { provider: row.provider }),
    silo: row.silo,
    kind: oneOf(STREAM_KINDS, row.kind, 'funding_streams.kind'),
    public: fromFlag(row.is_public),
    stateAid: fromFlag(row.state_aid),
    draft: fromFlag(row.draft),
    ...(years === undefined ? {} : { years }),
    ...(budget === undefined ? {} : { budgetPerYear: budget }),
    ...(row.budget_nature === null
      ? {}
      : { budgetNature: oneOf(BUDGET_NATURES, row.budget_nature, 'funding_streams.budget_nature') }),
    ...(row.max_per_plan_cents === null ? {} : { maxPerPlan: cents(row.max_per_plan_cents) }),
    ...(row.max_share_of_plan === null ? {} : { maxShareOfPlan: row.max_share_of_plan }),
    ...(row.min_award_cents === null ? {} : { minAward: cents(row.min_award_cents) }),
    ...(row.matching === null ? {} : { matching: row.matching }),
    awardProbability: row.award_probability,
    ...(fromFlag(row.has_eligibility) ? { eligible: eligibilityFromRows(eligibility) } : {}),
    ...loanFromRow(row),
    ...guaranteeFromRow(row, backs),
    revolving: fromFlag(row.revolving),
    revolvingInterest: fromFlag(row.revolving_interest),
    sgei: fromFlag(row.sgei),
    ...(row.terms_date === null ? {} : { termsDate: row.terms_date }),
    ...(row.source === null ? {} : { source: row.source }),
    ...(row.decision_weeks === null ? {} : { decisionWeeks: row.decision_weeks }),
    ...(row.application_deadline === null ? {} : { applicationDeadline: row.application_deadline }),
  };
}

function loanFromRow(row: FundingStreamRow): Pick<FundingStream, 'loan'> {
  if (row.loan_rate === null || row.loan_term_years === null || row.loan_grace_years === null) return {};
  return {
    loan: {
      rate: row.loan_rate,
      termYears: row.loan_term_years,
      graceYears: row.loan_grace_years,
      ...(row.loan_guarantee_required === null ? {} : { guaranteeRequired: row.loan_guarantee_required }),
    },
  };
}

function guaranteeFromRow(
  row: FundingStreamRow,
  backs: GuaranteeBackRow[],
): Pick<FundingStream, 'guarantee'> {
  if (row.guarantee_share === null || row.guarantee_term_years === null || row.guarantee_call_rate === null) {
    return {};
  }
  return {
    guarantee: {
      backs: backs.map((back) => back.backed_stream_id),
      share: row.guarantee_share,
      termYears: row.guarantee_term_years,
      callRate: row.guarantee_call_rate,
    },
  };
}

export function guaranteeBacksToRows(streamId: string, backs: readonly string[]): GuaranteeBackRow[] {
  return backs.map((backed, position) => ({ stream_id: streamId, position, backed_stream_id: backed }));
}

export function budgetYearToRow(streamId: string, entry: YearAmountRow): BudgetYearRow {
  return { stream_id: streamId, year: entry.year, amount_cents: entry.amount_cents };
}

/*
 * Eligibility lists are child rows rather than JSON text: each value then gets a
 * CHECK against its enum (json_valid cannot see inside), and the blend can ask
 * SQL "which streams fund care?". A list is never empty in the model, so "no
 * rows" means "no such limit".
 */
export function eligibilityToRows(streamId: string, eligible: Eligibility): EligibilityRow[] {
  const rows: EligibilityRow[] = [];
  const add = (list: EligibilityRow['list'], values: readonly string[] | undefined) =>
    values?.forEach((value, position) => rows.push({ stream_id: streamId, list, position, value }));
  add('sectors', eligible.sectors);
  add('categories', eligible.categories);
  add('stages', eligible.stages);
  return rows;
}

export function eligibilityFromRows(rows: EligibilityRow[]): Eligibility {
  const sectors: Sector[] = [];
  const categories: CostCategory[] = [];
  const stages: Stage[] = [];
  for (const row of rows) {
    if (row.list === 'sectors') sectors.push(oneOf(SECTORS, row.value, 'stream_eligibility.value'));
    else if (row.list === 'categories') {
      categories.push(oneOf(COST_CATEGORIES, row.value, 'stream_eligibility.value'));
    } else stages.push(oneOf(STAGES, row.value, 'stream_eligibility.value'));
  }
  return {
    ...(sectors.length === 0 ? {} : { sectors }),
    ...(categories.length === 0 ? {} : { categories }),
    ...(stages.length === 0 ? {} : { stages }),
  };
}

const FIELDS = [
  'name',
  'provider',
  'silo',
  'kind',
  'is_public',
  'state_aid',
  'draft',
  'first_year',
  'last_year',
  'budget_mode',
  'budget_cents',
  'budget_nature',
  'max_per_plan_cents',
  'max_share_of_plan',
  'min_award_cents',
  'matching',
  'award_probability',
  'has_eligibility',
  'loan_rate',
  'loan_term_years',
  'loan_grace_years',
  'loan_guarantee_required',
  'guarantee_share',
  'guarantee_term_years',
  'guarantee_call_rate',
  'revolving',
  'revolving_interest',
  'sgei',
  'terms_date',
  'source',
  'decision_weeks',
  'application_deadline',
] as const;

// Column names come from the constant list above, never from input.
const INSERT_SQL = `INSERT INTO funding_streams (id, position, ${FIELDS.join(', ')})
  VALUES (@id, @position, ${FIELDS.map((f) => `@${f}`).join(', ')})`;
const UPDATE_SQL = `UPDATE funding_streams SET ${FIELDS.map((f) => `${f} = @${f}`).join(', ')} WHERE id = @id`;

function insertChildren(db: WriteDb, stream: FundingStream): void {
  const budget = stream.budgetPerYear;
  if (budget !== undefined && typeof budget !== 'number') {
    const insert = db.prepare<BudgetYearRow>(
      'INSERT INTO stream_budget_years (stream_id, year, amount_cents) VALUES (@stream_id, @year, @amount_cents)',
    );
    for (const entry of scheduleEntries(budget)) insert.run(budgetYearToRow(stream.id, entry));
  }
  if (stream.eligible !== undefined) {
    const insert = db.prepare<EligibilityRow>(
      `INSERT INTO stream_eligibility (stream_id, list, position, value)
       VALUES (@stream_id, @list, @position, @value)`,
    );
    for (const row of eligibilityToRows(stream.id, stream.eligible)) insert.run(row);
  }
}

/** Kept apart from insertChildren: a backed loan must exist before the row that points at it. */
function insertGuaranteeBacks(db: WriteDb, stream: FundingStream): void {
  if (stream.guarantee === undefined) return;
  const insert = db.prepare<GuaranteeBackRow>(
    `INSERT INTO guarantee_backs (stream_id, position, backed_stream_id)
     VALUES (@stream_id, @position, @backed_stream_id)`,
  );
  for (const row of guaranteeBacksToRows(stream.id, stream.guarantee.backs)) insert.run(row);
}

/** One stream; the loans it backs (if a guarantee) must already be in the file. */
export function insertFundingStreamRows(db: WriteDb, stream: FundingStream, position: number): void {
  db.prepare<FundingStreamRow>(INSERT_SQL).run(fundingStreamToRow(stream, position));
  insertChildren(db, stream);
  insertGuaranteeBacks(db, stream);
}

/** A whole list in order: every stream first, so a guarantee may come before the loans it backs. */
export function insertFundingStreams(db: WriteDb, streams: readonly FundingStream[]): void {
  streams.forEach((stream, i) => {
    db.prepare<FundingStreamRow>(INSERT_SQL).run(fundingStreamToRow(stream, i));
    insertChildren(db, stream);
  });
  for (const stream of streams) insertGuaranteeBacks(db, stream);
}

/** Rewrites a stream in place: an UPDATE keeps locked amounts and scenario factors pointing at it valid. */
export function updateFundingStreamRows(db: WriteDb, stream: FundingStream): boolean {
  const { changes } = db.prepare<FundingStreamRow>(UPDATE_SQL).run(fundingStreamToRow(stream, 0));
  if (changes === 0) return false;
  db.prepare<[string]>('DELETE FROM stream_budget_years WHERE stream_id = ?').run(stream.id);
  db.prepare<[string]>('DELETE FROM stream_eligibility WHERE stream_id = ?').run(stream.id);
  db.prepare<[string]>('DELETE FROM guarantee_backs WHERE stream_id = ?').run(stream.id);
  insertChildren(db, stream);
  insertGuaranteeBacks(db, stream);
  return true;
}

/** All streams in the user's order, or the one with `id`. */
export function readFundingStreams(db: ReadDb, id?: string): Removed<FundingStream>[] {
  const byStream = <R extends { stream_id: string }>(table: string, order: string) =>
    childRowsBy<'stream_id', R>(db, table, 'stream_id', order, id);
  const rows = itemRows<FundingStreamRow>(db, 'funding_streams', id);
  const budgets = byStream<BudgetYearRow>('stream_budget_years', 'stream_id, year');
  const lists = byStream<EligibilityRow>('stream_eligibility', 'stream_id, list, position');
  const backs = byStream<GuaranteeBackRow>('guarantee_backs', 'stream_id, position');
  return rows.map((row) => ({
    item: fundingStreamFromRow(
      row,
      childrenOf(budgets, row.id),
      childrenOf(lists, row.id),
      childrenOf(backs, row.id),
    ),
    position: row.position,
  }));
}
