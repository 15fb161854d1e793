import type { IssuePath } from '../../../src/model/issues';
import type { Lang } from '../../../src/model/messages';
import type { Locale } from '../../../src/model/settings';
import { fundingStreamSchema, type FundingStreamJson } from '../../../src/model/stream';
import { MAX_YEAR, MIN_YEAR } from '../../../src/model/years';
import { amountIssues, modelIssue, type FormCheck, type FormIssue } from './issues';
import { entryValue, parseNumberEntry, percentEntryValue } from './numbers';
import { checkCandidate } from './schemaCheck';
import type { StreamDraft } from './streamDraft';

const FIXED_FIELDS = [
  'draft',
  'id',
  'name',
  'provider',
  'silo',
  'kind',
  'public',
  'stateAid',
  'years',
  'years[0]',
  'years[1]',
  'budgetPerYear',
  'maxPerPlan',
  'maxShareOfPlan',
  'minAward',
  'matching',
  'awardProbability',
  'eligible',
  'eligible.sectors',
  'eligible.categories',
  'eligible.stages',
  'eligibilityOpen',
  'loan',
  'loan.rate',
  'loan.termYears',
  'loan.graceYears',
];

/** Fields the stream editor shows, by JSON path; schedule rows by row index. */
export function streamFields(draft: StreamDraft): ReadonlySet<string> {
  const fields = [...FIXED_FIELDS];
  draft.budgetRows.forEach((_, i) => fields.push(`budgetRows[${i}].year`, `budgetRows[${i}].amount`));
  return new Set(fields);
}

/**
 * The schema locates a schedule problem by year (`budgetPerYear.2027`); the editor
 * shows years as rows, so point the issue at the row holding that year.
 */
export function remapStreamPath(path: IssuePath, draft: StreamDraft, locale: Locale): IssuePath {
  if (path[0] !== 'budgetPerYear' || path.length < 2) return path;
  const year = String(path[1]);
  const row = draft.budgetRows.findIndex((r) => {
    const entry = parseNumberEntry(r.year, locale);
    return entry.kind === 'number' && String(entry.value) === year;
  });
  return row < 0 ? path : ['budgetRows', row, 'amount'];
}

function checkYear(text: string, path: IssuePath, locale: Locale, issues: FormIssue[]): number | null {
  const entry = parseNumberEntry(text, locale);
  if (entry.kind === 'empty') issues.push(modelIssue(path, 'required'));
  else if (entry.kind === 'invalid' || !Number.isInteger(entry.value))
    issues.push(modelIssue(path, 'notAYear'));
  else if (entry.value < MIN_YEAR || entry.value > MAX_YEAR) issues.push(modelIssue(path, 'yearOutOfRange'));
  else return entry.value;
  return null;
}

function checkAmount(text: string, path: IssuePath, locale: Locale, issues: FormIssue[]): number | null {
  const entry = parseNumberEntry(text, locale);
  if (entry.kind === 'empty') issues.push(modelIssue(path, 'required'));
  else if (entry.kind === 'invalid') issues.push(modelIssue(path, 'expectedNumber'));
  else if (entry.value < 0) issues.push(modelIssue(path, 'negativeAmount'));
  else if (entry.decimals > 2) issues.push(modelIssue(path, 'tooManyDecimals'));
  else return entry.value;
  return null;
}

/** The per-year budget rows as a schedule; problems are reported per row. */
function scheduleOf(draft: StreamDraft, locale: Locale, issues: FormIssue[]): Record<string, number> {
  const schedule: Record<string, number> = {};
  const rows = draft.budgetRows.filter((r) => r.year.trim() !== '' || r.amount.trim() !== '');
  if (rows.length === 0)
    issues.push({ source: 'ui', path: ['budgetPerYear'], key: 'scheduleEmpty', params: {} });
  draft.budgetRows.forEach((row, i) => {
    if (row.year.trim() === '' && row.amount.trim() === '') return;
    const year = checkYear(row.year, ['budgetRows', i, 'year'], locale, issues);
    const amount = checkAmount(row.amount, ['budgetRows', i, 'amount'], locale, issues);
    if (year === null) return;
    if (String(year) in schedule) {
      issues.push({ source: 'ui', path: ['budgetRows', i, 'year'], key: 'duplicateYear', params: { year } });
    } else if (amount !== null) {
      schedule[String(year)] = amount;
    }
  });
  return schedule;
}

function budgetOf(draft: StreamDraft, locale: Locale, issues: FormIssue[]): unknown {
  switch (draft.budgetMode) {
    case '':
      // A draft may wait for its budget; a stream that blends must have one chosen on purpose.
      if (!draft.draft)
        issues.push({ source: 'ui', path: ['budgetPerYear'], key: 'budgetChoiceRequired', params: {} });
      return undefined;
    case 'unlimited':
      return undefined;
    case 'fixed':
      return checkAmount(draft.budgetAmount, ['budgetPerYear'], locale, issues) ?? undefined;
    case 'schedule':
      return scheduleOf(draft, locale, issues);
    default: {
      const never: never = draft.budgetMode;
      return never;
    }
  }
}

/** Optional amount: empty means "no limit"; text the schema should judge goes through. */
function optionalAmount(text: string, path: IssuePath, locale: Locale, issues: FormIssue[]): unknown {
  const entry = parseNumberEntry(text, locale);
  issues.push(...amountIssues(entry, path));
  return entryValue(entry);
}

/** A ready stream with no eligibility list funds everyone: only when the user said so. */
function eligibilityIssues(draft: StreamDraft): FormIssue[] {
  const limited = draft.sectors.length > 0 || draft.categories.length > 0 || draft.stages.length > 0;
  if (draft.draft || limited || draft.eligibilityOpen) return [];
  return [{ source: 'ui', path: ['eligible'], key: 'eligibilityChoiceRequired', params: {} }];
}

/**
 * Every share, rate and probability of the stream editor is typed as a percentage, so a
 * value out of range is said in percent ("tussen 0 en 100"), never in the fraction the
 * JSON stores: a user told "a fraction between 0 and 1" types 0,8 and gets 0,8%.
 */
export function inPercent(issues: readonly FormIssue[]): FormIssue[] {
  return issues.map((issue) =>
    issue.source === 'model' && issue.key === 'fractionRange' ? { ...issue, key: 'percentRange' } : issue,
  );
}

function withPercentWording<T>(check: FormCheck<T>): FormCheck<T> {
  return check.ok ? check : { ok: false, issues: inPercent(check.issues) };
}

function setIfDefined(target: Record<string, unknown>, key: string, value: unknown): void {
  if (value !== undefined) target[key] = value;
}

/** Builds the stream's JSON form from the draft and checks it with the model's schema. */
export function checkStreamDraft(
  draft: StreamDraft,
  lang: Lang,
  locale: Locale,
): FormCheck<FundingStreamJson> {
  const local: FormIssue[] = [];
  const number = (text: string) => entryValue(parseNumberEntry(text, locale));
  const percent = (text: string) => percentEntryValue(parseNumberEntry(text, locale));
  if (draft.kind === '') local.push(modelIssue(['kind'], 'required'));
  local.push(...eligibilityIssues(draft));
  const candidate: Record<string, unknown> = {
    draft: draft.draft,
    id: draft.id.trim() === '' ? undefined : draft.id.trim(),
    name: draft.name,
    silo: draft.silo.trim() === '' ? undefined : draft.silo.trim(),
    kind: draft.kind === '' ? undefined : draft.kind,
    public: draft.public,
    stateAid: draft.stateAid,
  };
  if (draft.provider.trim() !== '') candidate['provider'] = draft.provider;
  if (draft.yearFrom.trim() !== '' || draft.yearTo.trim() !== '') {
    candidate['years'] = [number(draft.yearFrom), number(draft.yearTo)];
  }
  setIfDefined(candidate, 'budgetPerYear', budgetOf(draft, locale, local));
  setIfDefined(candidate, 'maxPerPlan', optionalAmount(draft.maxPerPlan, ['maxPerPlan'], locale, local));
  setIfDefined(candidate, 'maxShareOfPlan', percent(draft.maxShareOfPlan));
  setIfDefined(candidate, 'minAward', optionalAmount(draft.minAward, ['minAward'], locale, local));
  setIfDefined(candidate, 'matching', number(draft.matching));
  setIfDefined(candidate, 'awardProbability', percent(draft.awardProbability));
  const eligible: Record<string, unknown> = {};
  if (draft.sectors.length > 0) eligible['sectors'] = draft.sectors;
  if (draft.categories.length > 0) eligible['categories'] = draft.categories;
  if (draft.stages.length > 0) eligible['stages'] = draft.stages;
  if (Object.keys(eligible).length > 0) candidate['eligible'] = eligible;
  if (draft.kind === 'loan') {
    const loan: Record<string, unknown> = {
      rate: percent(draft.loanRate),
      termYears: number(draft.loanTermYears),
    };
    setIfDefined(loan, 'graceYears', number(draft.loanGraceYears));
    candidate['loan'] = loan;
  }

  return withPercentWording(
    checkCandidate(fundingStreamSchema, candidate, local, lang, (path) =>
      remapStreamPath(path, draft, locale),
    ),
  );
}
