import { describe, expect, it } from 'vitest';
import { issuesByField, type FormIssue } from '../../renderer/src/domain/issues';
import {
  AWARD_FIELDS,
  awardDraftOf,
  checkAwardDraft,
  emptyAwardDraft,
  withAward,
  withoutAward,
  type AwardDraft,
} from '../../renderer/src/screens/plans/awards/awardDraft';
import {
  checkStreamEditorDraft,
  emptyStreamEditorDraft,
  streamEditorDraftOf,
  streamEditorFields,
} from '../../renderer/src/screens/streams/termsDraft';
import type { PlanJson } from '../../src/model/plan';

/** A plan that locks EUR 1,000 of "fonds" and already applied to "buurt". */
const plan: PlanJson = {
  id: 'zon',
  cooperativeId: 'oost',
  name: 'Zon',
  startYear: 2026,
  years: 1,
  costs: [{ id: 'pv', category: 'capex', label: 'Panelen', amounts: { '2026': 50000 } }],
  locked: [{ streamId: 'fonds', costId: 'pv', year: 2026, amount: 1000 }],
  awards: [{ streamId: 'buurt', status: 'applied', requested: 20000 }],
};

function check(draft: AwardDraft, index: number | null = null) {
  return checkAwardDraft(draft, 'nl', 'nl-NL', plan, index);
}

function keysByField(draft: AwardDraft, index: number | null = null): Record<string, string[]> {
  const result = check(draft, index);
  if (result.ok) throw new Error('expected problems');
  const out: Record<string, string[]> = {};
  for (const [field, list] of issuesByField(result.issues, AWARD_FIELDS)) {
    out[field] = list.map((i: FormIssue) => (i.source === 'text' ? i.text : i.key));
  }
  return out;
}

describe('the award editor’s check', () => {
  it('reads Dutch amounts and leaves out what was not typed', () => {
    const draft = { ...emptyAwardDraft('subsidie'), requested: '18.000,50', appliedOn: '2026-03-02' };
    expect(check(draft)).toEqual({
      ok: true,
      value: { streamId: 'subsidie', status: 'applied', requested: 18000.5, appliedOn: '2026-03-02' },
    });
  });

  it('asks for the granted amount and decision date of a grant, beside those fields', () => {
    const draft = { ...emptyAwardDraft('subsidie'), status: 'granted' as const };
    expect(keysByField(draft)).toEqual({
      granted: ['awardGrantedRequired'],
      decidedOn: ['awardDecidedOnRequired'],
    });
    expect(keysByField({ ...draft, granted: '12,345', decidedOn: '2026-04-01' })).toEqual({
      granted: ['tooManyDecimals'],
    });
  });

  it('keeps a granted amount typed before the status says granted out of the award', () => {
    const draft = { ...emptyAwardDraft('subsidie', 'refused'), granted: '5000' };
    expect(check(draft)).toEqual({ ok: true, value: { streamId: 'subsidie', status: 'refused' } });
  });

  it('applies the plan’s rules: one award per stream, none refused or granted below its locks', () => {
    expect(keysByField({ ...emptyAwardDraft('buurt'), status: 'idea' })).toEqual({
      streamId: ['duplicateAward'],
    });
    // The award itself may keep its stream when it is edited.
    expect(check({ ...emptyAwardDraft('buurt'), status: 'idea' }, 0).ok).toBe(true);
    expect(keysByField(emptyAwardDraft('fonds', 'refused'))).toEqual({ status: ['refusedWithLocks'] });
    const low = { ...emptyAwardDraft('fonds', 'granted'), granted: '999,99', decidedOn: '2026-04-01' };
    expect(keysByField(low)).toEqual({ granted: ['grantedBelowLocked'] });
    expect(keysByField(emptyAwardDraft())).toEqual({ streamId: ['required'] });
  });

  it('goes to and from the plan’s JSON form', () => {
    const award = {
      streamId: 'buurt',
      status: 'granted' as const,
      requested: 20000,
      granted: 12500.5,
      decidedOn: '2026-04-15',
      reference: 'BI-7',
    };
    expect(awardDraftOf(award, 'nl-NL')).toMatchObject({ granted: '12500,50', requested: '20000' });
    const changed = withAward(plan, 0, award);
    expect(changed.awards).toEqual([award]);
    expect(withAward(changed, null, { streamId: 'fonds', status: 'idea' }).awards).toHaveLength(2);
    expect(withoutAward(changed, 0).awards).toEqual([]);
  });
});

describe('the stream editor’s decision time and application deadline', () => {
  const grant = {
    ...emptyStreamEditorDraft(),
    id: 'subsidie',
    name: 'Subsidie',
    silo: 'gemeente',
    kind: 'grant' as const,
  };

  it('stores them when given and leaves them out when empty', () => {
    const result = checkStreamEditorDraft(
      { ...grant, decisionWeeks: '6', applicationDeadline: '2026-05-10' },
      'nl',
      'nl-NL',
    );
    expect(result.ok && result.value).toMatchObject({ decisionWeeks: 6, applicationDeadline: '2026-05-10' });
    const plain = checkStreamEditorDraft(grant, 'nl', 'nl-NL');
    expect(plain.ok && Object.keys(plain.value)).not.toContain('decisionWeeks');
    expect(
      streamEditorDraftOf(
        { id: 's', name: 's', silo: 's', kind: 'grant', public: true, decisionWeeks: 12 },
        'nl-NL',
      ),
    ).toMatchObject({
      decisionWeeks: '12',
      applicationDeadline: '',
    });
  });

  it('says beside the field when the weeks are not a whole number from 1 to 104', () => {
    const result = checkStreamEditorDraft({ ...grant, decisionWeeks: '0' }, 'nl', 'nl-NL');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const draft = { ...grant, decisionWeeks: '0' };
    expect([...issuesByField(result.issues, streamEditorFields(draft)).keys()]).toEqual(['decisionWeeks']);
  });
});
