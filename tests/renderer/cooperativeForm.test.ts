import { describe, expect, it } from 'vitest';
import {
  checkCooperativeDraft,
  cooperativeFields,
  draftFromCooperative,
  emptyCooperativeDraft,
  type CooperativeDraft,
} from '../../renderer/src/domain/cooperativeForm';
import { issuesByField, type FormIssue } from '../../renderer/src/domain/issues';
import type { CooperativeJson } from '../../src/model/cooperative';

const valid = (): CooperativeDraft => ({
  ...emptyCooperativeDraft(),
  id: 'buurtcoop-oost',
  name: 'Buurtcoöperatie Oost',
  sector: 'energy',
  stage: 'startup',
  members: '1.250',
  foundedYear: '2019',
  priorStateAid: [{ key: 'r1', year: '2024', amount: '12.500,50' }],
});

function keysByField(issues: readonly FormIssue[], draft: CooperativeDraft) {
  const out: Record<string, string[]> = {};
  for (const [field, list] of issuesByField(issues, cooperativeFields(draft))) {
    out[field] = list.map((i) => (i.source === 'text' ? i.text : i.key));
  }
  return out;
}

describe('the cooperative editor’s checks', () => {
  it('turns a complete Dutch draft into the JSON form', () => {
    const result = checkCooperativeDraft(valid(), 'nl', 'nl-NL');
    expect(result).toEqual({
      ok: true,
      value: {
        id: 'buurtcoop-oost',
        name: 'Buurtcoöperatie Oost',
        sector: 'energy',
        legalForm: 'cooperatie-ua',
        stage: 'startup',
        members: 1250,
        foundedYear: 2019,
        partnership: 'none',
        priorStateAid: [{ year: 2024, amount: 12500.5, sgei: false }],
        sgei: false,
        stageHistory: [],
        coachingHours: [],
      },
    });
  });

  it('reports every missing field of an empty draft next to that field', () => {
    const draft = emptyCooperativeDraft();
    const result = checkCooperativeDraft(draft, 'nl', 'nl-NL');
    if (result.ok) throw new Error('expected problems');
    expect(keysByField(result.issues, draft)).toEqual({
      id: ['required'],
      name: ['nameEmpty'],
      sector: ['required'],
      stage: ['required'],
      members: ['required'],
    });
  });

  it('refuses amounts with more than two decimals, also when they would round to fewer', () => {
    const draft = { ...valid(), priorStateAid: [{ key: 'r1', year: '2024', amount: '1,500' }] };
    const result = checkCooperativeDraft(draft, 'nl', 'nl-NL');
    if (result.ok) throw new Error('expected problems');
    expect(keysByField(result.issues, draft)).toEqual({ 'priorStateAid[0].amount': ['tooManyDecimals'] });
  });

  it('says a number field holds no number, and a whole-number field no fraction', () => {
    const draft = { ...valid(), members: 'veel', foundedYear: '2019,5' };
    const result = checkCooperativeDraft(draft, 'en', 'nl-NL');
    if (result.ok) throw new Error('expected problems');
    expect(keysByField(result.issues, draft)).toEqual({
      members: ['expectedNumber'],
      foundedYear: ['expectedWholeNumber'],
    });
  });

  it('refuses an id that is not a slug and a year outside the range', () => {
    const draft = {
      ...valid(),
      members: '1250',
      id: 'Buurt Coop',
      priorStateAid: [{ key: 'r1', year: '1700', amount: '5' }],
    };
    const result = checkCooperativeDraft(draft, 'en', 'en-GB');
    if (result.ok) throw new Error('expected problems');
    expect(keysByField(result.issues, draft)).toEqual({
      id: ['invalidId'],
      'priorStateAid[0].year': ['yearOutOfRange'],
    });
  });

  it('leaves out an empty district and founding year', () => {
    const result = checkCooperativeDraft({ ...valid(), district: '  ', foundedYear: '' }, 'nl', 'nl-NL');
    if (!result.ok) throw new Error('expected a valid draft');
    expect('district' in result.value).toBe(false);
    expect('foundedYear' in result.value).toBe(false);
  });

  it('fills the editor from a saved cooperative and checks back to the same JSON', () => {
    const saved: CooperativeJson = {
      id: 'zorg-west',
      name: 'Zorgcoöperatie West',
      sector: 'care',
      district: 'West',
      legalForm: 'vereniging',
      stage: 'growth',
      members: 80,
      foundedYear: 2015,
      partnership: 'right-to-challenge',
      // The DAEB flags are the editor wrapper's (screens/cooperatives/sgeiDraft.ts, tested in
      // streamTermsDraft.test.ts); these checks carry the model's defaults, as do the lists of the path
      // through the incubator (screens/cooperatives/pathDraft.ts, tested in cooperativePath.test.ts).
      priorStateAid: [{ year: 2023, amount: 1234.5, sgei: false }],
      sgei: false,
      stageHistory: [],
      coachingHours: [],
    };
    for (const locale of ['nl-NL', 'en-GB'] as const) {
      const draft = draftFromCooperative(saved, locale);
      expect(checkCooperativeDraft(draft, 'nl', locale)).toEqual({ ok: true, value: saved });
    }
  });
});
