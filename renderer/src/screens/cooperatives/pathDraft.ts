/**
 * The cooperative's path through the incubator (issue 14) as the editor holds and checks
 * it: coach, intake date, the stage history and the coaching hours per month. It sits on
 * top of sgeiDraft, which knows every other field. With a history, the current stage is
 * the history's latest row (the model requires them to agree), so the editor derives
 * `stage` from it instead of letting the two be edited apart.
 */
import { z } from 'zod';
import { cooperativeSchema, type CooperativeJson, type Stage } from '../../../../src/model/cooperative';
import { checkIncubatorPath } from '../../../../src/model/incubator-path';
import type { IssuePath } from '../../../../src/model/issues';
import type { Lang } from '../../../../src/model/messages';
import type { Locale } from '../../../../src/model/settings';
import { dedupeIssues, modelIssue, type FormCheck, type FormIssue } from '../../domain/issues';
import { entryValue, formatNumberInput, parseNumberEntry } from '../../domain/numbers';
import { newRowKey } from '../../domain/rows';
import { checkCandidate } from '../../domain/schemaCheck';
import {
  checkCooperativeEditorDraft,
  cooperativeEditorDraftOf,
  cooperativeEditorFields,
  emptyCooperativeEditorDraft,
  type CooperativeEditorDraft,
} from './sgeiDraft';

export interface StageRowDraft {
  key: string;
  stage: Stage | '';
  /** `YYYY-MM-DD` from the date input, '' when empty or unreadable. */
  from: string;
}

export interface HoursRowDraft {
  key: string;
  /** `YYYY-MM` from the month input, '' when empty. */
  month: string;
  /** As typed, the local way ("7,5"). */
  hours: string;
}

export interface CooperativePathDraft extends CooperativeEditorDraft {
  coach: string;
  intakeDate: string;
  stageHistory: StageRowDraft[];
  coachingHours: HoursRowDraft[];
}

export function emptyCooperativePathDraft(): CooperativePathDraft {
  return { ...emptyCooperativeEditorDraft(), coach: '', intakeDate: '', stageHistory: [], coachingHours: [] };
}

export function cooperativePathDraftOf(cooperative: CooperativeJson, locale: Locale): CooperativePathDraft {
  return {
    ...cooperativeEditorDraftOf(cooperative, locale),
    coach: cooperative.coach ?? '',
    intakeDate: cooperative.intakeDate ?? '',
    stageHistory: (cooperative.stageHistory ?? []).map((step) => ({
      key: newRowKey(),
      stage: step.stage,
      from: step.from,
    })),
    coachingHours: (cooperative.coachingHours ?? []).map((entry) => ({
      key: newRowKey(),
      month: entry.month,
      hours: formatNumberInput(entry.hours, locale),
    })),
  };
}

/**
 * A new history row. The first one starts from the stage and intake date already
 * entered, so starting a history never changes the current stage; later ones start
 * today with a stage still to choose.
 */
export function newStageRow(draft: CooperativePathDraft, today: string): StageRowDraft {
  if (draft.stageHistory.length === 0) {
    return { key: newRowKey(), stage: draft.stage, from: draft.intakeDate === '' ? today : draft.intakeDate };
  }
  return { key: newRowKey(), stage: '', from: today };
}

/** The month after the latest one entered, or the current month: hours are usually added in order. */
export function newHoursRow(draft: CooperativePathDraft, today: string): HoursRowDraft {
  const months = draft.coachingHours.map((row) => row.month).filter((month) => /^\d{4}-\d{2}$/.test(month));
  const latest = months.sort().at(-1);
  if (latest === undefined) return { key: newRowKey(), month: today.slice(0, 7), hours: '' };
  const [year, month] = latest.split('-').map(Number) as [number, number];
  const next = month === 12 ? `${year + 1}-01` : `${year}-${String(month + 1).padStart(2, '0')}`;
  return { key: newRowKey(), month: next, hours: '' };
}

/** The stage the cooperative is in: the history's latest chosen stage, else the stage field. */
export function currentStageOf(draft: CooperativePathDraft): Stage | '' {
  const latest = draft.stageHistory.at(-1);
  return latest === undefined || latest.stage === '' ? draft.stage : latest.stage;
}

export function cooperativePathFields(draft: CooperativePathDraft): ReadonlySet<string> {
  const fields = new Set(cooperativeEditorFields(draft));
  fields.add('coach');
  fields.add('intakeDate');
  fields.add('stageHistory');
  fields.add('coachingHours');
  draft.stageHistory.forEach((_, i) => {
    fields.add(`stageHistory[${i}].stage`);
    fields.add(`stageHistory[${i}].from`);
  });
  draft.coachingHours.forEach((_, i) => {
    fields.add(`coachingHours[${i}].month`);
    fields.add(`coachingHours[${i}].hours`);
  });
  return fields;
}

const shape = cooperativeSchema.shape;

/** The model's own path fields and rules, so the path is judged even while other fields are wrong. */
const pathSchema = z
  .object({
    stage: shape.stage,
    coach: shape.coach,
    intakeDate: shape.intakeDate,
    stageHistory: shape.stageHistory,
    coachingHours: shape.coachingHours,
  })
  .superRefine((path, ctx) =>
    checkIncubatorPath(path, (issuePath, messageKey, params = {}) =>
      ctx.addIssue({ code: 'custom', path: issuePath, params: { messageKey, ...params } }),
    ),
  );

function pathCandidate(draft: CooperativePathDraft, locale: Locale, local: FormIssue[]) {
  const stageHistory = draft.stageHistory.map((row, i) => {
    // An unchosen list is "required", not "must be one of ..." (which the schema would say).
    if (row.stage === '') local.push(modelIssue(['stageHistory', i, 'stage'], 'required'));
    return { stage: row.stage === '' ? undefined : row.stage, from: row.from === '' ? undefined : row.from };
  });
  const coachingHours = draft.coachingHours.map((row) => ({
    month: row.month === '' ? undefined : row.month,
    hours: entryValue(parseNumberEntry(row.hours, locale)),
  }));
  const candidate: Record<string, unknown> = { stageHistory, coachingHours };
  if (draft.coach.trim() !== '') candidate['coach'] = draft.coach;
  if (draft.intakeDate !== '') candidate['intakeDate'] = draft.intakeDate;
  return candidate;
}

const isStage = (path: IssuePath) => path.length === 1 && path[0] === 'stage';

export function checkCooperativePathDraft(
  draft: CooperativePathDraft,
  lang: Lang,
  locale: Locale,
): FormCheck<CooperativeJson> {
  const stage = currentStageOf(draft);
  const base = checkCooperativeEditorDraft({ ...draft, stage }, lang, locale);
  const local: FormIssue[] = [];
  const path = pathCandidate(draft, locale, local);
  const pathCheck = checkCandidate(
    pathSchema,
    { ...path, stage: stage === '' ? undefined : stage },
    local,
    lang,
  );
  if (base.ok && pathCheck.ok) {
    return checkCandidate(cooperativeSchema, { ...base.value, ...path }, [], lang);
  }
  // With a history, an unchosen stage is reported on its row, not on the derived field.
  const withHistory = draft.stageHistory.length > 0;
  const baseIssues = base.ok ? [] : base.issues.filter((i) => !(withHistory && isStage(i.path)));
  const pathIssues = pathCheck.ok ? [] : pathCheck.issues.filter((i) => base.ok || !isStage(i.path));
  return { ok: false, issues: dedupeIssues([...baseIssues, ...pathIssues]) };
}
