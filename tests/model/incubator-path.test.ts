import { describe, expect, it } from 'vitest';
import { cooperativeSchema } from '../../src/model/cooperative';
import { parseWith } from '../../src/model/parse';
import { parseWorkspace, parseWorkspaceText, workspaceToText } from '../../src/model/parse';
import { WORKSPACE_FORMAT, WORKSPACE_VERSION } from '../../src/model/workspace';

const BASE = {
  id: 'zon-op-oost',
  name: 'Zon op Oost',
  sector: 'energy',
  legalForm: 'cooperatie-ua',
  members: 40,
};

const PATH = {
  coach: 'Fatma Yılmaz',
  intakeDate: '2024-01-15',
  stage: 'growth',
  stageHistory: [
    { stage: 'idea', from: '2024-01-15' },
    { stage: 'startup', from: '2024-06-01' },
    { stage: 'growth', from: '2025-03-01' },
  ],
  coachingHours: [
    { month: '2025-01', hours: 6 },
    { month: '2025-02', hours: 7.5 },
  ],
};

function issues(input: unknown, lang: 'nl' | 'en' = 'en'): string[] {
  const result = parseWith(cooperativeSchema, input, lang);
  return result.ok ? [] : result.issues.map((i) => `${i.pathText}: ${i.message}`);
}

describe('the cooperative path through the incubator', () => {
  it('accepts intake date, coach, stage history and coaching hours, and keeps them', () => {
    const result = parseWith(cooperativeSchema, { ...BASE, ...PATH }, 'en');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value).toMatchObject(PATH);
  });

  it('reads a cooperative without them (a file written before them) with an empty path', () => {
    const result = parseWith(cooperativeSchema, { ...BASE, stage: 'idea' }, 'en');
    if (!result.ok) throw new Error('invalid');
    expect(result.value.stageHistory).toEqual([]);
    expect(result.value.coachingHours).toEqual([]);
    expect(result.value.intakeDate).toBeUndefined();
    expect(result.value.coach).toBeUndefined();
  });

  it('requires the current stage to be the latest step of the history, naming both fields', () => {
    expect(issues({ ...BASE, ...PATH, stage: 'startup' })).toEqual([
      'stage: must be the stage of the latest entry in the stage history (stageHistory): "growth", since 2025-03-01',
    ]);
    expect(issues({ ...BASE, ...PATH, stage: 'mature' }, 'nl')).toEqual([
      'stage: moet de fase van de laatste regel in het fasenverloop (stageHistory) zijn: "growth", sinds 2025-03-01',
    ]);
  });

  it('wants the history in date order, one row per change of stage', () => {
    const shuffled = [PATH.stageHistory[0], PATH.stageHistory[2], PATH.stageHistory[1]];
    expect(issues({ ...BASE, ...PATH, stage: 'startup', stageHistory: shuffled })).toEqual([
      'stageHistory[2].from: must be after the date of the previous stage (2025-03-01)',
    ]);
    const repeated = [...PATH.stageHistory, { stage: 'growth', from: '2025-09-01' }];
    expect(issues({ ...BASE, ...PATH, stageHistory: repeated })).toEqual([
      'stageHistory[3].stage: is the same stage as the row before; add a row only when the stage changes',
    ]);
    const sameDay = [
      { stage: 'idea', from: '2024-01-15' },
      { stage: 'startup', from: '2024-01-15' },
    ];
    expect(issues({ ...BASE, ...PATH, stage: 'startup', stageHistory: sameDay })).toEqual([
      'stageHistory[1].from: must be after the date of the previous stage (2024-01-15)',
    ]);
  });

  it('checks dates, months and hours one field at a time', () => {
    expect(issues({ ...BASE, ...PATH, intakeDate: '2024-02-30' })).toEqual([
      'intakeDate: must be a date as YYYY-MM-DD',
    ]);
    expect(
      issues({
        ...BASE,
        ...PATH,
        coachingHours: [
          { month: '2025-13', hours: 1 },
          { month: '2025-01', hours: 745 },
          { month: '2025-02', hours: -1 },
        ],
      }),
    ).toEqual([
      'coachingHours[0].month: must be a month as YYYY-MM',
      'coachingHours[1].hours: must be between 0 and 744 hours (a month has at most 744 hours)',
      'coachingHours[2].hours: must be between 0 and 744 hours (a month has at most 744 hours)',
    ]);
    expect(
      issues({
        ...BASE,
        ...PATH,
        coachingHours: [...PATH.coachingHours, { month: '2025-01', hours: 2 }],
      }),
    ).toEqual(['coachingHours[2].month: month 2025-01 is listed more than once']);
    expect(issues({ ...BASE, ...PATH, coach: '' }, 'nl')).toEqual(['coach: mag niet leeg zijn']);
  });

  it('still reads a version-1 file, whose cooperatives have no path, with an empty one', () => {
    const result = parseWorkspace({
      format: WORKSPACE_FORMAT,
      version: 1,
      settings: { startYear: 2026 },
      cooperatives: [{ ...BASE, stage: 'startup' }],
    });
    if (!result.ok) throw new Error(result.issues.map((i) => i.message).join());
    expect(result.value.cooperatives[0]).toMatchObject({
      stage: 'startup',
      stageHistory: [],
      coachingHours: [],
    });
    expect(result.value.cooperatives[0]).not.toHaveProperty('coach');
  });

  it('goes JSON -> model -> JSON byte-identically with the path in it', () => {
    const json = {
      format: WORKSPACE_FORMAT,
      version: WORKSPACE_VERSION,
      settings: { startYear: 2026 },
      cooperatives: [
        { ...BASE, ...PATH },
        { ...BASE, id: 'zonder-pad', stage: 'idea' },
      ],
    };
    const first = parseWorkspace(json);
    if (!first.ok) throw new Error(first.issues.map((i) => i.message).join());
    const text = workspaceToText(first.value);
    const second = parseWorkspaceText(text);
    if (!second.ok) throw new Error(second.issues.map((i) => i.message).join());
    expect(workspaceToText(second.value)).toBe(text);
    const exported = JSON.parse(text) as { cooperatives: Record<string, unknown>[] };
    expect(exported.cooperatives[0]).toMatchObject(PATH);
    expect(exported.cooperatives[1]).toMatchObject({ stageHistory: [], coachingHours: [] });
    expect(exported.cooperatives[1]).not.toHaveProperty('intakeDate');
  });
});
