import { z } from 'zod';
import { boundedNumber } from './fraction';
import { isoDateSchema, MAX_YEAR, MIN_YEAR } from './years';

/*
 * The cooperative's path through the incubator (issue 14): the stages it went through
 * with the day each began, and the coaching hours it received per month. The stage
 * list itself lives in cooperative.ts, which passes its schema in.
 */

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** A calendar month as `YYYY-MM`, years 1800..2200. */
export const isoMonthSchema = z.string().refine(
  (value) => {
    const match = MONTH.exec(value);
    if (match === null) return false;
    const year = Number(match[1]);
    return year >= MIN_YEAR && year <= MAX_YEAR;
  },
  { params: { messageKey: 'isoMonth' } },
);

/** 31 days of 24 hours: more coaching than that in one month is a typing error. */
export const MAX_COACHING_HOURS_PER_MONTH = 744;

export const coachingMonthSchema = z.strictObject({
  month: isoMonthSchema,
  hours: boundedNumber('coachingHoursRange', (h) => h >= 0 && h <= MAX_COACHING_HOURS_PER_MONTH),
});

export type CoachingMonth = z.output<typeof coachingMonthSchema>;

/** One step on the path: the stage entered and the day it began. */
export function stageStepSchema<S extends z.ZodType<string>>(stage: S) {
  return z.strictObject({ stage, from: isoDateSchema });
}

export interface StageStep<S extends string = string> {
  stage: S;
  from: string;
}

type AddIssue = (path: (string | number)[], messageKey: string, params?: Record<string, unknown>) => void;

/**
 * The rules that tie the path together. The history is in date order and says only
 * when the stage changed; its latest step is the current stage, so `stage` (kept for
 * every reader that knows nothing of the history) must agree with it.
 */
export function checkIncubatorPath(
  cooperative: { stage: string; stageHistory: readonly StageStep[]; coachingHours: readonly CoachingMonth[] },
  addIssue: AddIssue,
): void {
  const history = cooperative.stageHistory;
  history.forEach((step, i) => {
    const previous = history[i - 1];
    if (previous === undefined) return;
    // ISO dates compare correctly as text.
    if (step.from <= previous.from) {
      addIssue(['stageHistory', i, 'from'], 'stageDateOrder', { previous: previous.from });
    }
    if (step.stage === previous.stage) addIssue(['stageHistory', i, 'stage'], 'stageRepeated');
  });
  const latest = history.at(-1);
  if (latest !== undefined && latest.stage !== cooperative.stage) {
    addIssue(['stage'], 'stageNotLatest', { stage: latest.stage, from: latest.from });
  }
  const seen = new Set<string>();
  cooperative.coachingHours.forEach((entry, i) => {
    if (seen.has(entry.month))
      addIssue(['coachingHours', i, 'month'], 'duplicateMonth', { month: entry.month });
    seen.add(entry.month);
  });
}
