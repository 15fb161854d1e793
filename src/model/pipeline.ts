import { STAGES, type Stage } from './cooperative';

/*
 * The incubator's pipeline, worked out from the cooperatives' paths: how many are in
 * each stage now, how long a stay in each stage lasted, and how many coaching hours
 * went out per month. Pure functions of the workspace and a reference day, so the
 * overview, a report or the CLI all get the same figures.
 */

interface PathOf {
  stage: Stage;
  stageHistory: readonly { stage: Stage; from: string }[];
  coachingHours: readonly { month: string; hours: number }[];
}

export interface StagePipeline {
  stage: Stage;
  /** Cooperatives whose current stage this is, with or without a recorded history. */
  current: number;
  /** Stays that ended because the cooperative moved to another stage, in days. */
  finishedStays: number;
  medianDays: number | null;
  meanDays: number | null;
  /** Stays still going on at the reference day that began on or before it. */
  ongoingStays: number;
  /** How long those have lasted so far (a floor for how long they will last). */
  ongoingMedianDays: number | null;
}

export interface PipelineSummary {
  stages: StagePipeline[];
  /** Cooperatives without a stage history: counted now, absent from every duration. */
  withoutHistory: number;
}

const DAY_MS = 24 * 60 * 60 * 1000;

function epochDay(iso: string): number {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return Math.round(Date.UTC(year, month - 1, day) / DAY_MS);
}

/** Whole days from one ISO date to another (negative when `to` comes first). */
export function daysBetween(from: string, to: string): number {
  return epochDay(to) - epochDay(from);
}

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  // Odd: the middle value; even: the mean of the two around the middle.
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

function mean(values: readonly number[]): number | null {
  return values.length === 0 ? null : values.reduce((sum, v) => sum + v, 0) / values.length;
}

/**
 * Per stage, in the stages' own order: how many cooperatives are in it now and how
 * long stays in it lasted. A stay runs from its history entry to the next one; the
 * latest entry's stay is still going on at `asOf` (`YYYY-MM-DD`), so it is kept apart
 * rather than mixed in with stays that are over. An entry dated after `asOf` has not
 * begun and counts for no duration.
 */
export function stagePipeline(cooperatives: readonly PathOf[], asOf: string): PipelineSummary {
  const finished = new Map<Stage, number[]>(STAGES.map((s) => [s, []]));
  const ongoing = new Map<Stage, number[]>(STAGES.map((s) => [s, []]));
  const current = new Map<Stage, number>(STAGES.map((s) => [s, 0]));
  let withoutHistory = 0;
  for (const cooperative of cooperatives) {
    current.set(cooperative.stage, (current.get(cooperative.stage) ?? 0) + 1);
    const history = cooperative.stageHistory;
    if (history.length === 0) withoutHistory += 1;
    history.forEach((step, i) => {
      const next = history[i + 1];
      if (next !== undefined) {
        finished.get(step.stage)?.push(daysBetween(step.from, next.from));
      } else if (step.from <= asOf) {
        ongoing.get(step.stage)?.push(daysBetween(step.from, asOf));
      }
    });
  }
  return {
    withoutHistory,
    stages: STAGES.map((stage) => {
      const stays = finished.get(stage) ?? [];
      const open = ongoing.get(stage) ?? [];
      return {
        stage,
        current: current.get(stage) ?? 0,
        finishedStays: stays.length,
        medianDays: median(stays),
        meanDays: mean(stays),
        ongoingStays: open.length,
        ongoingMedianDays: median(open),
      };
    }),
  };
}

export interface CoachingMonthTotal {
  month: string;
  hours: number;
  /** Cooperatives with more than zero hours that month. */
  cooperatives: number;
}

/** Coaching hours of all cooperatives together, per month, oldest first. */
export function coachingHoursByMonth(cooperatives: readonly PathOf[]): CoachingMonthTotal[] {
  const totals = new Map<string, CoachingMonthTotal>();
  for (const cooperative of cooperatives) {
    for (const { month, hours } of cooperative.coachingHours) {
      const total = totals.get(month) ?? { month, hours: 0, cooperatives: 0 };
      total.hours += hours;
      if (hours > 0) total.cooperatives += 1;
      totals.set(month, total);
    }
  }
  // Hours are typed with a few decimals; summing them must not show binary noise.
  return [...totals.values()]
    .map((total) => ({ ...total, hours: Number(total.hours.toFixed(6)) }))
    .sort((a, b) => (a.month < b.month ? -1 : a.month > b.month ? 1 : 0));
}
