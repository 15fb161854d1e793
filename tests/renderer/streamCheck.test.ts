import { describe, expect, it } from 'vitest';
import { issuesByField, type FormIssue } from '../../renderer/src/domain/issues';
import { checkStreamDraft, remapStreamPath, streamFields } from '../../renderer/src/domain/streamCheck';
import { draftFromStream, emptyStreamDraft, type StreamDraft } from '../../renderer/src/domain/streamDraft';
import type { FundingStreamJson } from '../../src/model/stream';

const base = (): StreamDraft => ({
  ...emptyStreamDraft(),
  id: 'sociaal-domein-innovatie',
  name: 'Innovatiebudget sociaal domein',
  silo: 'municipal-social',
  kind: 'grant',
});

function keysByField(issues: readonly FormIssue[], draft: StreamDraft) {
  const out: Record<string, string[]> = {};
  for (const [field, list] of issuesByField(issues, streamFields(draft))) {
    out[field] = list.map((i) => (i.source === 'text' ? i.text : i.key));
  }
  return out;
}

function problems(draft: StreamDraft, locale: 'nl-NL' | 'en-GB' = 'nl-NL') {
  const result = checkStreamDraft(draft, 'nl', locale);
  if (result.ok) throw new Error('expected problems');
  return keysByField(result.issues, draft);
}

const full: FundingStreamJson = {
  id: 'sociaal-domein-innovatie',
  name: 'Innovatiebudget sociaal domein',
  provider: 'Gemeente',
  silo: 'municipal-social',
  kind: 'grant',
  public: true,
  stateAid: true,
  draft: false,
  years: [2026, 2030],
  budgetPerYear: 400000,
  maxPerPlan: 150000,
  maxShareOfPlan: 0.5,
  minAward: 5000,
  matching: 1,
  awardProbability: 0.6,
  eligible: { sectors: ['care'], categories: ['personnel', 'training'], stages: ['startup', 'growth'] },
  revolving: false,
  revolvingInterest: false,
  sgei: false,
};

describe('the funding stream editor’s checks', () => {
  it('builds the smallest valid stream: no limits, certain award', () => {
    expect(checkStreamDraft(base(), 'nl', 'nl-NL')).toEqual({
      ok: true,
      value: {
        draft: true,
        id: 'sociaal-domein-innovatie',
        name: 'Innovatiebudget sociaal domein',
        silo: 'municipal-social',
        kind: 'grant',
        public: true,
        stateAid: false,
        awardProbability: 1,
        revolving: false,
        revolvingInterest: false,
        sgei: false,
      },
    });
  });

  it('converts percentages to fractions and reads Dutch amounts', () => {
    const draft = {
      ...base(),
      budgetMode: 'fixed' as const,
      budgetAmount: '400.000',
      maxShareOfPlan: '50',
      awardProbability: '60',
      maxPerPlan: '150.000,00',
    };
    const result = checkStreamDraft(draft, 'nl', 'nl-NL');
    if (!result.ok) throw new Error('expected a valid draft');
    expect(result.value).toMatchObject({
      budgetPerYear: 400000,
      maxShareOfPlan: 0.5,
      awardProbability: 0.6,
      maxPerPlan: 150000,
    });
  });

  it('round-trips every field of a complete stream through the editor', () => {
    for (const locale of ['nl-NL', 'en-GB'] as const) {
      expect(checkStreamDraft(draftFromStream(full, locale), 'en', locale)).toEqual({
        ok: true,
        value: full,
      });
      const loan: FundingStreamJson = {
        ...full,
        kind: 'loan',
        budgetPerYear: { '2026': 100000, '2027': 250000.5 },
        loan: { rate: 0.025, termYears: 10, graceYears: 1 },
      };
      expect(checkStreamDraft(draftFromStream(loan, locale), 'en', locale)).toEqual({
        ok: true,
        value: loan,
      });
    }
  });

  it('asks for a kind rather than listing every allowed one', () => {
    expect(problems({ ...base(), kind: '' })).toEqual({ kind: ['required'] });
  });

  it('requires loan terms for a loan and reports each missing one', () => {
    expect(problems({ ...base(), kind: 'loan' })).toEqual({
      'loan.rate': ['required'],
      'loan.termYears': ['required'],
    });
  });

  it('drops loan terms when the kind is not a loan', () => {
    const result = checkStreamDraft({ ...base(), loanRate: '3', loanTermYears: '10' }, 'nl', 'nl-NL');
    if (!result.ok) throw new Error('expected a valid draft');
    expect('loan' in result.value).toBe(false);
  });

  it('reports a year window given only halfway and one in the wrong order', () => {
    expect(problems({ ...base(), yearFrom: '2026' })).toEqual({ 'years[1]': ['required'] });
    expect(problems({ ...base(), yearFrom: '2030', yearTo: '2026' })).toEqual({ years: ['yearWindowOrder'] });
  });

  it('checks a per-year schedule row by row', () => {
    const draft: StreamDraft = {
      ...base(),
      budgetMode: 'schedule',
      budgetRows: [
        { key: 'a', year: '2026', amount: '100.000' },
        { key: 'b', year: '2026', amount: '5' },
        { key: 'c', year: 'volgend jaar', amount: '5' },
        { key: 'd', year: '2028', amount: '12,345' },
        { key: 'e', year: '', amount: '' },
      ],
    };
    expect(problems(draft)).toEqual({
      'budgetRows[1].year': ['duplicateYear'],
      'budgetRows[2].year': ['notAYear'],
      'budgetRows[3].amount': ['tooManyDecimals'],
    });
  });

  it('asks for at least one year in a schedule', () => {
    expect(problems({ ...base(), budgetMode: 'schedule', budgetRows: [] })).toEqual({
      budgetPerYear: ['scheduleEmpty'],
    });
  });

  it('refuses percentages above 100 and a minimum award above the maximum', () => {
    expect(problems({ ...base(), maxShareOfPlan: '150', minAward: '10.000', maxPerPlan: '5.000' })).toEqual({
      maxShareOfPlan: ['percentRange'],
      minAward: ['minAwardAboveMax'],
    });
  });

  it('points a schedule problem found by year at the row holding that year', () => {
    const draft = { ...base(), budgetRows: [{ key: 'a', year: '2027', amount: '1' }] };
    expect(remapStreamPath(['budgetPerYear', '2027'], draft, 'nl-NL')).toEqual(['budgetRows', 0, 'amount']);
    expect(remapStreamPath(['budgetPerYear', '2031'], draft, 'nl-NL')).toEqual(['budgetPerYear', '2031']);
    expect(remapStreamPath(['name'], draft, 'nl-NL')).toEqual(['name']);
  });

  it('starts a new stream as a draft that may be saved before its budget and eligibility are chosen', () => {
    const fresh = emptyStreamDraft();
    expect(fresh.draft).toBe(true);
    expect(fresh.budgetMode).toBe('');
    const result = checkStreamDraft(base(), 'nl', 'nl-NL');
    expect(result.ok && result.value.draft).toBe(true);
    expect(result.ok && 'budgetPerYear' in result.value).toBe(false);
  });

  it('marks a stream ready only once its budget and eligibility are chosen on purpose', () => {
    expect(problems({ ...base(), draft: false })).toEqual({
      budgetPerYear: ['budgetChoiceRequired'],
      eligible: ['eligibilityChoiceRequired'],
    });
    const open = checkStreamDraft(
      { ...base(), draft: false, budgetMode: 'unlimited', eligibilityOpen: true },
      'nl',
      'nl-NL',
    );
    expect(open).toMatchObject({ ok: true, value: { draft: false } });
    const limited = checkStreamDraft(
      { ...base(), draft: false, budgetMode: 'fixed', budgetAmount: '50.000', sectors: ['care'] },
      'nl',
      'nl-NL',
    );
    expect(limited).toMatchObject({
      ok: true,
      value: { draft: false, budgetPerYear: 50000, eligible: { sectors: ['care'] } },
    });
  });

  it('opens a draft without budget or eligibility as not chosen yet, and a ready stream as it is', () => {
    const concept: FundingStreamJson = {
      id: 'c',
      name: 'C',
      silo: 's',
      kind: 'grant',
      public: true,
      draft: true,
    };
    expect(draftFromStream(concept, 'nl-NL')).toMatchObject({
      draft: true,
      budgetMode: '',
      eligibilityOpen: false,
    });
    const ready: FundingStreamJson = { ...concept, draft: false };
    expect(draftFromStream(ready, 'nl-NL')).toMatchObject({
      draft: false,
      budgetMode: 'unlimited',
      eligibilityOpen: true,
    });
    expect(draftFromStream(full, 'nl-NL')).toMatchObject({
      draft: false,
      budgetMode: 'fixed',
      eligibilityOpen: false,
    });
  });

  it('says every out-of-range share, rate and chance in percent, as the field shows it', () => {
    expect(problems({ ...base(), awardProbability: '120', maxShareOfPlan: '-5' })).toEqual({
      awardProbability: ['percentRange'],
      maxShareOfPlan: ['percentRange'],
    });
    expect(problems({ ...base(), kind: 'loan', loanRate: '150', loanTermYears: '10' })).toEqual({
      'loan.rate': ['percentRange'],
    });
  });
});
