import { describe, expect, it } from 'vitest';
import { issuesByField, type FormIssue } from '../../renderer/src/domain/issues';
import {
  checkCooperativePathDraft,
  cooperativePathDraftOf,
  cooperativePathFields,
  emptyCooperativePathDraft,
  newHoursRow,
  newStageRow,
  type CooperativePathDraft,
} from '../../renderer/src/screens/cooperatives/pathDraft';
import type { CooperativeJson } from '../../src/model/cooperative';

const SAVED: CooperativeJson = {
  id: 'zon-op-oost',
  name: 'Zon op Oost',
  sector: 'energy',
  coach: 'Fatma Yılmaz',
  legalForm: 'cooperatie-ua',
  stage: 'growth',
  members: 40,
  partnership: 'none',
  priorStateAid: [],
  sgei: false,
  intakeDate: '2024-01-15',
  stageHistory: [
    { stage: 'idea', from: '2024-01-15' },
    { stage: 'growth', from: '2025-03-01' },
  ],
  coachingHours: [{ month: '2025-01', hours: 7.5 }],
};

function keysByField(issues: readonly FormIssue[], draft: CooperativePathDraft) {
  const out: Record<string, string[]> = {};
  for (const [field, list] of issuesByField(issues, cooperativePathFields(draft))) {
    out[field] = list.map((i) => (i.source === 'text' ? i.text : i.key));
  }
  return out;
}

function problems(draft: CooperativePathDraft) {
  const result = checkCooperativePathDraft(draft, 'nl', 'nl-NL');
  if (result.ok) throw new Error('expected problems');
  return keysByField(result.issues, draft);
}

describe('the cooperative editor’s path through the incubator', () => {
  it('fills the editor from a saved cooperative and checks back to the same JSON', () => {
    for (const locale of ['nl-NL', 'en-GB'] as const) {
      const draft = cooperativePathDraftOf(SAVED, locale);
      expect(draft.coachingHours[0]?.hours).toBe(locale === 'nl-NL' ? '7,5' : '7.5');
      expect(checkCooperativePathDraft(draft, 'nl', locale)).toEqual({ ok: true, value: SAVED });
    }
  });

  it('takes the current stage from the last history row, whatever the stage field held', () => {
    const draft = cooperativePathDraftOf(SAVED, 'nl-NL');
    const moved: CooperativePathDraft = {
      ...draft,
      stage: 'idea',
      stageHistory: [...draft.stageHistory, { key: 'n', stage: 'mature', from: '2026-02-01' }],
    };
    const result = checkCooperativePathDraft(moved, 'nl', 'nl-NL');
    if (!result.ok) throw new Error('expected a valid draft');
    expect(result.value.stage).toBe('mature');
    expect(result.value.stageHistory?.at(-1)).toEqual({ stage: 'mature', from: '2026-02-01' });
  });

  it('puts each problem of the path beside its own field, also while other fields are wrong', () => {
    const draft: CooperativePathDraft = {
      ...cooperativePathDraftOf(SAVED, 'nl-NL'),
      name: '',
      coach: ' ',
      intakeDate: '2024-01-15',
      stageHistory: [
        { key: 'a', stage: 'idea', from: '2025-01-01' },
        { key: 'b', stage: 'startup', from: '2024-06-01' },
        { key: 'c', stage: '', from: '' },
      ],
      coachingHours: [
        { key: 'h1', month: '2025-01', hours: '800' },
        { key: 'h2', month: '2025-01', hours: 'veel' },
        { key: 'h3', month: '', hours: '' },
      ],
    };
    expect(problems(draft)).toEqual({
      name: ['nameEmpty'],
      'stageHistory[2].stage': ['required'],
      'stageHistory[2].from': ['required'],
      'coachingHours[0].hours': ['coachingHoursRange'],
      'coachingHours[1].hours': ['expectedNumber'],
      'coachingHours[2].month': ['required'],
      'coachingHours[2].hours': ['required'],
    });
    // The order and repeat rules need every row readable; once they are, they speak.
    const readable: CooperativePathDraft = {
      ...draft,
      name: 'Zon op Oost',
      stageHistory: [
        { key: 'a', stage: 'idea', from: '2025-01-01' },
        { key: 'b', stage: 'idea', from: '2024-06-01' },
      ],
      coachingHours: [
        { key: 'h1', month: '2025-01', hours: '8' },
        { key: 'h2', month: '2025-01', hours: '2' },
      ],
    };
    expect(problems(readable)).toEqual({
      'stageHistory[1].from': ['stageDateOrder'],
      'stageHistory[1].stage': ['stageRepeated'],
      'coachingHours[1].month': ['duplicateMonth'],
    });
  });

  it('leaves out an empty coach and intake date, and a new cooperative needs a stage', () => {
    const draft: CooperativePathDraft = {
      ...emptyCooperativePathDraft(),
      id: 'nieuw',
      name: 'Nieuw',
      sector: 'care',
      members: '3',
    };
    expect(problems(draft)).toEqual({ stage: ['required'] });
    const result = checkCooperativePathDraft({ ...draft, stage: 'idea' }, 'nl', 'nl-NL');
    if (!result.ok) throw new Error('expected a valid draft');
    expect(result.value).not.toHaveProperty('coach');
    expect(result.value).not.toHaveProperty('intakeDate');
    expect(result.value).toMatchObject({ stage: 'idea', stageHistory: [], coachingHours: [] });
  });

  it('starts a history from the stage and intake date entered, and adds the next month', () => {
    const empty = { ...emptyCooperativePathDraft(), stage: 'startup' as const, intakeDate: '2024-03-04' };
    expect(newStageRow(empty, '2026-05-06')).toMatchObject({ stage: 'startup', from: '2024-03-04' });
    expect(newStageRow({ ...empty, intakeDate: '' }, '2026-05-06')).toMatchObject({ from: '2026-05-06' });
    const started = { ...empty, stageHistory: [newStageRow(empty, '2026-05-06')] };
    expect(newStageRow(started, '2026-05-06')).toMatchObject({ stage: '', from: '2026-05-06' });

    expect(newHoursRow(empty, '2026-05-06').month).toBe('2026-05');
    const hours = [
      { key: 'x', month: '2025-12', hours: '1' },
      { key: 'y', month: '2025-03', hours: '1' },
    ];
    expect(newHoursRow({ ...empty, coachingHours: hours }, '2026-05-06').month).toBe('2026-01');
  });
});
