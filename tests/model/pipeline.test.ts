import { describe, expect, it } from 'vitest';
import type { Stage } from '../../src/model/cooperative';
import { coachingHoursByMonth, daysBetween, median, stagePipeline } from '../../src/model/pipeline';

type Step = { stage: Stage; from: string };

function coop(
  stage: Stage,
  stageHistory: Step[] = [],
  coachingHours: { month: string; hours: number }[] = [],
) {
  return { stage, stageHistory, coachingHours };
}

describe('the incubator pipeline', () => {
  it('counts whole days across month ends, leap days and summer time', () => {
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2025-03-29', '2025-03-31')).toBe(2);
    expect(daysBetween('2025-01-01', '2026-01-01')).toBe(365);
    expect(daysBetween('2025-01-10', '2025-01-01')).toBe(-9);
  });

  it('takes the middle value, or the mean of the two middle ones', () => {
    expect(median([])).toBeNull();
    expect(median([5, 1, 3])).toBe(3);
    expect(median([10, 2, 4, 8])).toBe(6);
  });

  it('counts cooperatives per stage now and measures finished and ongoing stays apart', () => {
    const cooperatives = [
      // idea 31 days, startup 151 days (2024 is a leap year), growth since 2024-07-01.
      coop('growth', [
        { stage: 'idea', from: '2024-01-01' },
        { stage: 'startup', from: '2024-02-01' },
        { stage: 'growth', from: '2024-07-01' },
      ]),
      // idea 90 days, then startup since 2024-12-31.
      coop('startup', [
        { stage: 'idea', from: '2024-10-02' },
        { stage: 'startup', from: '2024-12-31' },
      ]),
      // idea 10 days, startup 20 days, back to idea since 2025-01-31 (a second stay in idea).
      coop('idea', [
        { stage: 'idea', from: '2025-01-01' },
        { stage: 'startup', from: '2025-01-11' },
        { stage: 'idea', from: '2025-01-31' },
      ]),
      // No history: counted now, in no duration.
      coop('mature'),
      // A stage that has not begun yet at the reference day.
      coop('startup', [{ stage: 'startup', from: '2026-01-01' }]),
    ];
    const summary = stagePipeline(cooperatives, '2025-03-01');
    expect(summary.withoutHistory).toBe(1);
    const byStage = Object.fromEntries(summary.stages.map((row) => [row.stage, row]));
    expect(summary.stages.map((row) => row.stage)).toEqual(['idea', 'startup', 'growth', 'mature']);
    expect(byStage['idea']).toEqual({
      stage: 'idea',
      current: 1,
      finishedStays: 3,
      medianDays: 31,
      meanDays: (31 + 90 + 10) / 3,
      ongoingStays: 1,
      ongoingMedianDays: 29,
    });
    expect(byStage['startup']).toEqual({
      stage: 'startup',
      current: 2,
      finishedStays: 2,
      medianDays: (151 + 20) / 2,
      meanDays: (151 + 20) / 2,
      ongoingStays: 1,
      ongoingMedianDays: 60,
    });
    expect(byStage['growth']).toMatchObject({
      current: 1,
      finishedStays: 0,
      medianDays: null,
      meanDays: null,
      ongoingStays: 1,
      ongoingMedianDays: daysBetween('2024-07-01', '2025-03-01'),
    });
    expect(byStage['mature']).toMatchObject({ current: 1, finishedStays: 0, ongoingStays: 0 });
  });

  it('adds up coaching hours per month over all cooperatives, oldest month first', () => {
    const totals = coachingHoursByMonth([
      coop(
        'idea',
        [],
        [
          { month: '2025-02', hours: 0.1 },
          { month: '2025-01', hours: 6 },
        ],
      ),
      coop(
        'idea',
        [],
        [
          { month: '2025-02', hours: 0.2 },
          { month: '2024-12', hours: 0 },
        ],
      ),
    ]);
    expect(totals).toEqual([
      { month: '2024-12', hours: 0, cooperatives: 0 },
      { month: '2025-01', hours: 6, cooperatives: 1 },
      { month: '2025-02', hours: 0.3, cooperatives: 2 },
    ]);
  });
});
