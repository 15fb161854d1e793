import { uniqueId } from '../../../src/model/ids';
import type { Lang } from '../../../src/model/messages';
import { planSchema, type PlanJson } from '../../../src/model/plan';
import type { Locale } from '../../../src/model/settings';
import { modelIssue, type FormCheck, type FormIssue } from './issues';
import { entryValue, parseNumberEntry } from './numbers';
import { amountsOutside, withPeriod, type OutsideAmount, type Period } from './planPeriod';
import { checkCandidate } from './schemaCheck';

/**
 * The plan's own facts as typed: name, cooperative, start year and number of years
 * (and, for a new plan, its id). Used by the "new plan" dialog and by the builder's
 * plan details; both judge the draft with the model's plan schema.
 */
export interface PlanDetailsDraft {
  id: string;
  name: string;
  cooperativeId: string;
  startYear: string;
  years: string;
  /** The user agreed that amounts outside the new period are removed. */
  removeOutside: boolean;
}

/** The checked facts, ready to apply to the plan as it is at that moment. */
export interface PlanDetails {
  name: string;
  cooperativeId: string;
  startYear: number;
  years: number;
  removeOutside: boolean;
}

/** A new plan runs for 3 to 5 years: the workspace's horizon, kept within that range. */
export function defaultPlanYears(horizonYears: number): number {
  return Math.min(5, Math.max(3, horizonYears));
}

export function newPlanDraft(
  settings: { startYear: number; horizonYears: number },
  cooperatives: readonly { id: string }[],
): PlanDetailsDraft {
  return {
    id: '',
    name: '',
    // One cooperative: nothing to choose. Several: the user chooses, no silent guess.
    cooperativeId: cooperatives.length === 1 ? (cooperatives[0]?.id ?? '') : '',
    startYear: String(settings.startYear),
    years: String(defaultPlanYears(settings.horizonYears)),
    removeOutside: false,
  };
}

export function planDetailsDraft(plan: PlanJson): PlanDetailsDraft {
  return {
    id: plan.id,
    name: plan.name,
    cooperativeId: plan.cooperativeId,
    startYear: String(plan.startYear),
    years: String(plan.years),
    removeOutside: false,
  };
}

export const PLAN_DETAIL_FIELDS: ReadonlySet<string> = new Set([
  'id',
  'name',
  'cooperativeId',
  'startYear',
  'years',
]);

function baseCandidate(draft: PlanDetailsDraft, locale: Locale) {
  return {
    name: draft.name,
    cooperativeId: draft.cooperativeId === '' ? undefined : draft.cooperativeId,
    startYear: entryValue(parseNumberEntry(draft.startYear, locale)),
    years: entryValue(parseNumberEntry(draft.years, locale)),
  };
}

function requiredCooperative(draft: PlanDetailsDraft): FormIssue[] {
  return draft.cooperativeId === '' ? [modelIssue(['cooperativeId'], 'required')] : [];
}

/** A new, empty plan: no cost lines yet; they are added in the builder. */
export function checkNewPlanDraft(draft: PlanDetailsDraft, lang: Lang, locale: Locale): FormCheck<PlanJson> {
  const candidate = {
    id: draft.id.trim() === '' ? undefined : draft.id.trim(),
    ...baseCandidate(draft, locale),
    costs: [],
  };
  return checkCandidate(planSchema, candidate, requiredCooperative(draft), lang);
}

/** The period the draft asks for, when both numbers read as whole numbers. */
export function draftPeriod(draft: PlanDetailsDraft, locale: Locale): Period | null {
  const start = parseNumberEntry(draft.startYear, locale);
  const years = parseNumberEntry(draft.years, locale);
  if (start.kind !== 'number' || years.kind !== 'number') return null;
  if (!Number.isInteger(start.value) || !Number.isInteger(years.value)) return null;
  return { startYear: start.value, years: years.value };
}

/** What amounts the draft's period would leave outside (empty when the period cannot be read yet). */
export function draftOutside(plan: PlanJson, draft: PlanDetailsDraft, locale: Locale): OutsideAmount[] {
  const period = draftPeriod(draft, locale);
  return period === null ? [] : amountsOutside(plan, period);
}

/**
 * Checks changed facts against the plan as stored. Amounts outside a new period are
 * refused with `outsideMessage` beside the field that caused it (the start year when it
 * moved, else the number of years), unless the draft says to remove them.
 */
export function checkPlanDetails(
  plan: PlanJson,
  draft: PlanDetailsDraft,
  lang: Lang,
  locale: Locale,
  outsideMessage: (outside: readonly OutsideAmount[], period: Period) => string,
): FormCheck<PlanDetails> {
  const local = requiredCooperative(draft);
  const period = draftPeriod(draft, locale);
  const outside = period === null ? [] : amountsOutside(plan, period);
  if (period !== null && outside.length > 0 && !draft.removeOutside) {
    const field = period.startYear !== plan.startYear ? 'startYear' : 'years';
    local.push({ source: 'text', path: [field], text: outsideMessage(outside, period) });
  }
  const candidate = { ...plan, ...baseCandidate(draft, locale) };
  // Judged without the amounts outside: those are the one message above, not one per amount.
  const trimmed = period === null ? candidate : { ...candidate, ...periodPart(plan, period, true) };
  const checked = checkCandidate(planSchema, trimmed, local, lang);
  if (!checked.ok) return checked;
  const value = checked.value;
  return {
    ok: true,
    value: {
      name: value.name,
      cooperativeId: value.cooperativeId,
      startYear: value.startYear,
      years: value.years,
      removeOutside: draft.removeOutside && outside.length > 0,
    },
  };
}

function periodPart(plan: PlanJson, period: Period, removeOutside: boolean) {
  const { costs, revenues, locked } = withPeriod(plan, period, removeOutside);
  return { costs, revenues, locked };
}

/** The plan with the checked facts; applied to the plan as shown, so grid edits still being saved stay. */
export function withDetails(plan: PlanJson, details: PlanDetails): PlanJson {
  const moved = withPeriod(
    plan,
    { startYear: details.startYear, years: details.years },
    details.removeOutside,
  );
  return { ...moved, name: details.name, cooperativeId: details.cooperativeId };
}

/**
 * A copy under a free id, named "<name> <suffix>" (the suffix in the UI's language,
 * "(kopie)"), cut to the 200 characters a name may have. Applications and award
 * decisions belong to the original plan and are not copied.
 */
export function copyOfPlan(plan: PlanJson, takenIds: ReadonlySet<string>, suffix: string): PlanJson {
  const ending = ` ${suffix}`;
  const name = `${plan.name.slice(0, 200 - ending.length)}${ending}`;
  const copy: PlanJson = structuredClone({ ...plan, id: uniqueId(name, takenIds), name });
  if ('awards' in copy) delete copy.awards;
  return copy;
}
