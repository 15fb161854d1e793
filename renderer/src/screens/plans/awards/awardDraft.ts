import { awardSchema, isDecided, type AwardJson, type AwardStatus } from '../../../../../src/model/award';
import type { IssuePath } from '../../../../../src/model/issues';
import type { Lang } from '../../../../../src/model/messages';
import { planSchema, type PlanJson } from '../../../../../src/model/plan';
import type { Locale } from '../../../../../src/model/settings';
import {
  amountIssues,
  fromValidationIssue,
  modelIssue,
  type FormCheck,
  type FormIssue,
} from '../../../domain/issues';
import { entryValue, formatAmountInput, parseNumberEntry } from '../../../domain/numbers';
import { checkCandidate } from '../../../domain/schemaCheck';
import { parseWith } from '../../../../../src/model/parse';

/** The award editor's state, as typed; dates as the date input gives them (`YYYY-MM-DD` or ''). */
export interface AwardDraft {
  streamId: string;
  status: AwardStatus;
  requested: string;
  granted: string;
  appliedOn: string;
  decidedOn: string;
  reference: string;
  reportDue: string;
  note: string;
}

export const AWARD_FIELDS: ReadonlySet<string> = new Set([
  'streamId',
  'status',
  'requested',
  'granted',
  'appliedOn',
  'decidedOn',
  'reference',
  'reportDue',
  'note',
]);

/** A new award starts as an application to the stream given (or one still to choose). */
export function emptyAwardDraft(streamId = '', status: AwardStatus = 'applied'): AwardDraft {
  return {
    streamId,
    status,
    requested: '',
    granted: '',
    appliedOn: '',
    decidedOn: '',
    reference: '',
    reportDue: '',
    note: '',
  };
}

export function awardDraftOf(award: AwardJson, locale: Locale): AwardDraft {
  const amount = (euros: number | undefined) => (euros === undefined ? '' : formatAmountInput(euros, locale));
  return {
    streamId: award.streamId,
    status: award.status,
    requested: amount(award.requested),
    granted: amount(award.granted),
    appliedOn: award.appliedOn ?? '',
    decidedOn: award.decidedOn ?? '',
    reference: award.reference ?? '',
    reportDue: award.reportDue ?? '',
    note: award.note ?? '',
  };
}

/** The plan with award `index` replaced, or the award added at the end (`index` null). */
export function withAward(plan: PlanJson, index: number | null, award: AwardJson): PlanJson {
  const awards = plan.awards ?? [];
  return {
    ...plan,
    awards: index === null ? [...awards, award] : awards.map((old, i) => (i === index ? award : old)),
  };
}

export function withoutAward(plan: PlanJson, index: number): PlanJson {
  return { ...plan, awards: (plan.awards ?? []).filter((_, i) => i !== index) };
}

/** The host (and the plan's own check) locate a problem as `awards[i].granted`; the editor shows one award. */
export function placeAwardIssue(path: IssuePath): IssuePath {
  return path[0] === 'awards' && typeof path[1] === 'number' ? path.slice(2) : path;
}

/**
 * Rules that need the whole plan (one award per stream, locked amounts): judged on the
 * plan with this award in place, so they stand beside the field before anything is sent.
 */
function planIssues(plan: PlanJson, index: number | null, award: AwardJson, lang: Lang): FormIssue[] {
  const candidate = withAward(plan, index, award);
  const at = index ?? (candidate.awards ?? []).length - 1;
  const parsed = parseWith(planSchema, candidate, lang);
  if (parsed.ok) return [];
  return parsed.issues
    .filter((issue) => issue.path[0] === 'awards' && issue.path[1] === at)
    .map((issue) => ({ ...fromValidationIssue(issue), path: placeAwardIssue(issue.path) }));
}

/**
 * Builds the award's JSON form from the draft and checks it with the model's schemas: the
 * award's own rules (a grant needs its amount and decision date), then the plan's. A
 * granted amount typed before the status says "granted" is kept out rather than refused,
 * so changing the status back and forth never blocks a save on a field that is not shown.
 */
export function checkAwardDraft(
  draft: AwardDraft,
  lang: Lang,
  locale: Locale,
  plan: PlanJson,
  index: number | null,
): FormCheck<AwardJson> {
  const requested = parseNumberEntry(draft.requested, locale);
  const granted = parseNumberEntry(draft.granted, locale);
  const decided = isDecided(draft.status);
  const local: FormIssue[] = [...amountIssues(requested, ['requested'])];
  if (draft.streamId === '') local.push(modelIssue(['streamId'], 'required'));
  if (decided) local.push(...amountIssues(granted, ['granted']));
  const text = (value: string) => (value.trim() === '' ? undefined : value.trim());
  const candidate: Record<string, unknown> = {
    streamId: draft.streamId === '' ? undefined : draft.streamId,
    status: draft.status,
    requested: entryValue(requested),
    granted: decided ? entryValue(granted) : undefined,
    appliedOn: text(draft.appliedOn),
    decidedOn: text(draft.decidedOn),
    reference: text(draft.reference),
    reportDue: text(draft.reportDue),
    note: draft.note.trim() === '' ? undefined : draft.note,
  };
  for (const key of Object.keys(candidate)) if (candidate[key] === undefined) delete candidate[key];
  const own = checkCandidate(awardSchema, candidate, local, lang);
  if (!own.ok) return own;
  const across = planIssues(plan, index, own.value, lang);
  return across.length === 0 ? own : { ok: false, issues: across };
}
