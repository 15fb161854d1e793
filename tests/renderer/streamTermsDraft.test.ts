import { describe, expect, it } from 'vitest';
import { issuesByField, type FormIssue } from '../../renderer/src/domain/issues';
import {
  checkCooperativeEditorDraft,
  cooperativeEditorDraftOf,
  emptyCooperativeEditorDraft,
  emptySgeiAidRow,
} from '../../renderer/src/screens/cooperatives/sgeiDraft';
import {
  checkStreamEditorDraft,
  emptyStreamEditorDraft,
  streamEditorDraftOf,
  streamEditorFields,
  type StreamEditorDraft,
} from '../../renderer/src/screens/streams/termsDraft';
import type { CooperativeJson } from '../../src/model/cooperative';
import type { FundingStreamJson } from '../../src/model/stream';

const grant = (): StreamEditorDraft => ({
  ...emptyStreamEditorDraft(),
  id: 'sociaal-domein',
  name: 'Innovatiebudget sociaal domein',
  silo: 'municipal-social',
  kind: 'grant',
});

function keysByField(draft: StreamEditorDraft): Record<string, string[]> {
  const result = checkStreamEditorDraft(draft, 'nl', 'nl-NL');
  if (result.ok) throw new Error('expected problems');
  const out: Record<string, string[]> = {};
  for (const [field, list] of issuesByField(result.issues, streamEditorFields(draft))) {
    out[field] = list.map((i: FormIssue) => (i.source === 'text' ? i.text : i.key));
  }
  return out;
}

function valueOf(draft: StreamEditorDraft): FundingStreamJson {
  const result = checkStreamEditorDraft(draft, 'nl', 'nl-NL');
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.value;
}

const loan: FundingStreamJson = {
  id: 'stadsfonds',
  name: 'Revolverend stadsfonds',
  provider: 'Gemeente',
  silo: 'stadsfonds',
  kind: 'loan',
  public: true,
  loan: { rate: 0.02, termYears: 10, graceYears: 1, guaranteeRequired: 0.5 },
  revolving: true,
  revolvingInterest: true,
  sgei: true,
  termsDate: '2024-03-03',
  source: 'https://www.example.org/stadsfonds',
};

const guarantee: FundingStreamJson = {
  id: 'borg',
  name: 'Borgstellingsfonds MKB',
  silo: 'borg',
  kind: 'guarantee',
  public: true,
  guarantee: { backs: ['stadsfonds'], share: 0.8, termYears: 5, callRate: 0.05 },
  termsDate: '2025-11-01',
  source: 'Verordening (EU) 2023/2831, art. 4(6)(b)',
};

describe('the stream editor with the lender and EU fields', () => {
  it('keeps every new field of a loan through edit and save', () => {
    const draft = streamEditorDraftOf(loan, 'nl-NL');
    expect(draft).toMatchObject({
      loanGuaranteeRequired: '50',
      revolving: true,
      revolvingInterest: true,
      sgei: true,
      termsDate: '2024-03-03',
      source: 'https://www.example.org/stadsfonds',
    });
    expect(valueOf(draft)).toMatchObject({
      loan: { rate: 0.02, termYears: 10, graceYears: 1, guaranteeRequired: 0.5 },
      revolving: true,
      revolvingInterest: true,
      sgei: true,
      termsDate: '2024-03-03',
      source: 'https://www.example.org/stadsfonds',
    });
  });

  it('keeps a guarantee and its terms', () => {
    const draft = streamEditorDraftOf(guarantee, 'nl-NL');
    expect(draft).toMatchObject({
      guaranteeBacks: ['stadsfonds'],
      guaranteeShare: '80',
      guaranteeCallRate: '5',
    });
    expect(valueOf(draft)).toMatchObject({
      kind: 'guarantee',
      guarantee: { backs: ['stadsfonds'], share: 0.8, termYears: 5, callRate: 0.05 },
      termsDate: '2025-11-01',
    });
    expect(valueOf(draft).loan).toBeUndefined();
  });

  it('leaves peildatum and bron out when they are empty', () => {
    const value = valueOf(grant());
    expect(value.termsDate).toBeUndefined();
    expect(value.source).toBeUndefined();
    expect(value.sgei).toBe(false);
  });

  it('puts errors of a guarantee next to its fields', () => {
    const draft = { ...grant(), kind: 'guarantee' as const, guaranteeShare: '120', minAward: '1000' };
    expect(keysByField(draft)).toMatchObject({
      'guarantee.backs': expect.any(Array),
      'guarantee.share': expect.any(Array),
      'guarantee.termYears': expect.any(Array),
      minAward: ['notOnGuarantees'],
    });
  });

  it('reports a bad peildatum next to it, also while other fields are wrong', () => {
    expect(keysByField({ ...grant(), termsDate: '2024-02-30' })).toEqual({ termsDate: ['isoDate'] });
    const both = keysByField({ ...grant(), name: '', termsDate: '2024-13-01' });
    expect(both['termsDate']).toEqual(['isoDate']);
    expect(both['name']).toBeDefined();
  });

  it('does not keep "revolving" on a stream that is no longer a loan', () => {
    const draft = { ...streamEditorDraftOf(loan, 'nl-NL'), kind: 'grant' as const };
    const value = valueOf(draft);
    expect(value.revolving).toBe(false);
    expect(value.revolvingInterest).toBe(false);
    expect(value.loan).toBeUndefined();
  });

  it('says an out-of-range guarantee share, call rate or required share in percent, as the fields show them', () => {
    const draft = streamEditorDraftOf(guarantee, 'nl-NL');
    expect(keysByField({ ...draft, guaranteeShare: '120', guaranteeCallRate: '-1' })).toEqual({
      'guarantee.share': ['percentRange'],
      'guarantee.callRate': ['percentRange'],
    });
    expect(keysByField({ ...streamEditorDraftOf(loan, 'nl-NL'), loanGuaranteeRequired: '150' })).toEqual({
      'loan.guaranteeRequired': ['percentRange'],
    });
  });

  it('reports a guarantee share that is not a number', () => {
    const draft = streamEditorDraftOf(guarantee, 'nl-NL');
    expect(keysByField({ ...draft, guaranteeShare: 'veel' })['guarantee.share']).toBeDefined();
    expect(
      keysByField({ ...streamEditorDraftOf(loan, 'nl-NL'), loanGuaranteeRequired: '150' }),
    ).toHaveProperty('loan.guaranteeRequired');
  });
});

describe('the cooperative editor with the DAEB fields', () => {
  const cooperative: CooperativeJson = {
    id: 'buurtzorg-oost',
    name: 'Buurtzorg Oost',
    sector: 'care',
    legalForm: 'cooperatie-ua',
    stage: 'growth',
    members: 40,
    sgei: true,
    priorStateAid: [
      { year: 2024, amount: 20000, sgei: false },
      { year: 2025, amount: 50000, sgei: true },
    ],
  };

  it('keeps the DAEB flag and the flag of each aid row', () => {
    const draft = cooperativeEditorDraftOf(cooperative, 'nl-NL');
    expect(draft.sgei).toBe(true);
    expect(draft.priorStateAid.map((row) => row.sgei)).toEqual([false, true]);
    const result = checkCooperativeEditorDraft(draft, 'nl', 'nl-NL');
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    expect(result.value.sgei).toBe(true);
    expect(result.value.priorStateAid).toEqual(cooperative.priorStateAid);
  });

  it('saves a new row as general de minimis aid unless ticked', () => {
    const draft = {
      ...emptyCooperativeEditorDraft(),
      id: 'nieuw',
      name: 'Nieuw',
      sector: 'care' as const,
      stage: 'idea' as const,
      members: '5',
      priorStateAid: [{ ...emptySgeiAidRow(), year: '2025', amount: '1000' }],
    };
    const result = checkCooperativeEditorDraft(draft, 'nl', 'nl-NL');
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    expect(result.value.sgei).toBe(false);
    expect(result.value.priorStateAid).toEqual([{ year: 2025, amount: 1000, sgei: false }]);
  });
});
