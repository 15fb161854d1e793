import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { workspaceToText, type FundingStream, type WorkspaceJson } from '../../src/model';
import {
  createWorkspaceStore,
  openWorkspaceStore,
  storageErrorMessage,
  WorkspaceFileError,
  type WorkspaceStore,
} from '../../src/storage';
import { at, minimalWorkspace, parsed, streamModel, tempFolders } from './builders';
import { richWorkspaceJson } from './rich-workspace';

/*
 * The fields schema 30 added: guarantees and the loans they back, guarantee-required
 * loans, revolving loans, SGEI streams, cooperatives and prior aid, dated and sourced
 * terms, and the de minimis SGEI ceiling and EU rates.
 */

const folders = tempFolders();
const open: WorkspaceStore[] = [];
afterEach(() => {
  for (const store of open.splice(0)) store.close();
  folders.cleanup();
});

/** The rich workspace plus every new field, with each new optional field also left out somewhere. */
function lenderWorkspaceJson(): WorkspaceJson {
  const base = richWorkspaceJson();
  const [coop, ...otherCoops] = base.cooperatives ?? [];
  const [grant, loan, ...otherStreams] = base.fundingStreams ?? [];
  if (coop === undefined || grant === undefined || loan === undefined)
    throw new Error('rich workspace changed');
  return {
    ...base,
    settings: {
      ...base.settings,
      deMinimis: {
        ceiling: 300000.5,
        periodYears: 3,
        sgeiCeiling: 750000.25,
        referenceRate: 0.0591,
        discountRate: 0,
        ratesDate: '2024-02-29',
        ratesSource: 'Eigen opgave "BNG" \n 2024',
      },
    },
    cooperatives: [
      {
        ...coop,
        sgei: true,
        priorStateAid: [
          { year: 2025, amount: 12500.75, sgei: true },
          { year: 2024, amount: 0.01 },
        ],
      },
      ...otherCoops,
    ],
    fundingStreams: [
      // Before the loans it backs: the file must not depend on the list order.
      {
        id: 'borg',
        name: 'Borgstelling MKB',
        provider: 'RVO',
        silo: 'national-fund',
        kind: 'guarantee',
        public: true,
        stateAid: true,
        guarantee: { backs: ['warmtefonds', 'startlening', 'warmtefonds'], share: 0.8, termYears: 30 },
        sgei: true,
        termsDate: '2026-01-31',
        source: 'https://www.rvo.nl/subsidies-financiering/bmkb',
      },
      { ...grant, sgei: true, termsDate: '2025-12-01' },
      {
        ...loan,
        loan: { rate: 0.02, termYears: 10, graceYears: 1, guaranteeRequired: 0.5 },
        revolving: true,
        revolvingInterest: true,
        source: '',
      },
      ...otherStreams,
      {
        id: 'fonds-revolverend',
        name: 'Revolverend fonds',
        silo: 'municipal-fund',
        kind: 'loan',
        public: true,
        loan: { rate: 0.01, termYears: 15, guaranteeRequired: 0 },
        revolving: true,
      },
      {
        id: 'borg-2',
        name: 'Gemeentelijke borg',
        silo: 'municipal-fund',
        kind: 'guarantee',
        public: true,
        maxPerPlan: 100000,
        guarantee: { backs: ['fonds-revolverend'], share: 1, termYears: 1, callRate: 0.05 },
      },
    ],
  };
}

function created(json: WorkspaceJson = lenderWorkspaceJson()): WorkspaceStore {
  const store = createWorkspaceStore(join(folders.make(), 'lender.coopfolio'), parsed(json));
  open.push(store);
  return store;
}

function stream(store: WorkspaceStore, id: string): FundingStream {
  const found = store.listFundingStreams().find((s) => s.id === id);
  if (found === undefined) throw new Error(`no stream ${id}`);
  return found;
}

function caught(action: () => unknown): WorkspaceFileError {
  try {
    action();
  } catch (error) {
    if (error instanceof WorkspaceFileError) return error;
    throw error;
  }
  throw new Error('expected a WorkspaceFileError');
}

describe('schema 30 fields', () => {
  it('round-trip through the store field for field, and export byte-identical JSON', () => {
    const workspace = parsed(lenderWorkspaceJson());
    const store = created();
    expect(store.load()).toStrictEqual(workspace);
    const text = workspaceToText(workspace);
    expect(workspaceToText(store.load())).toBe(text);

    // export -> import -> export, through a second file and after a reopen.
    store.close();
    const reopened = openWorkspaceStore(store.path);
    open.push(reopened);
    const again = createWorkspaceStore(
      join(folders.make(), 'again.coopfolio'),
      parsed(JSON.parse(workspaceToText(reopened.load()))),
    );
    open.push(again);
    expect(workspaceToText(again.load())).toBe(text);
  });

  it('keep every new value as given, and leave absent optional ones absent', () => {
    const loaded = created().load();
    expect(loaded.settings.deMinimis).toStrictEqual({
      ceiling: 30000050,
      periodYears: 3,
      sgeiCeiling: 75000025,
      referenceRate: 0.0591,
      discountRate: 0,
      ratesDate: '2024-02-29',
      ratesSource: 'Eigen opgave "BNG" \n 2024',
    });
    expect(loaded.cooperatives.map((c) => c.sgei)).toEqual([true, false, false]);
    expect(at(loaded.cooperatives, 0).priorStateAid.map((a) => a.sgei)).toEqual([true, false]);
    const borg = at(loaded.fundingStreams, 0);
    expect(borg.guarantee).toStrictEqual({
      backs: ['warmtefonds', 'startlening', 'warmtefonds'],
      share: 0.8,
      termYears: 30,
      callRate: 0,
    });
    expect(borg).not.toHaveProperty('loan');
    expect(at(loaded.fundingStreams, 2).loan).toStrictEqual({
      rate: 0.02,
      termYears: 10,
      graceYears: 1,
      guaranteeRequired: 0.5,
    });
    expect(at(loaded.fundingStreams, 2).source).toBe('');
    const plainLoan = loaded.fundingStreams.find((s) => s.id === 'startlening');
    expect(Object.keys(plainLoan?.loan ?? {})).toEqual(['rate', 'termYears', 'graceYears']);
    expect(plainLoan).not.toHaveProperty('guarantee');
    expect(plainLoan).not.toHaveProperty('termsDate');
    expect(plainLoan).not.toHaveProperty('source');
    expect(loaded.fundingStreams.map((s) => [s.revolving, s.revolvingInterest, s.sgei])).toEqual([
      [false, false, true],
      [false, false, true],
      [true, true, false],
      [false, false, false],
      [false, false, false],
      [false, false, false],
      [true, false, false],
      [false, false, false],
    ]);
  });

  it('rewrite the loans a guarantee backs on update, and insert a guarantee anywhere', () => {
    const store = created();
    const borg = stream(store, 'borg');
    const guarantee = { backs: ['startlening'], share: 0.5, termYears: 5, callRate: 0.1 };
    store.updateFundingStream({ ...borg, guarantee });
    expect(stream(store, 'borg').guarantee).toStrictEqual(guarantee);

    // Built from a parsed stream: parsing one alone would refuse backs it cannot see.
    const extra: FundingStream = {
      ...borg,
      id: 'borg-3',
      guarantee: { backs: ['fonds-revolverend', 'warmtefonds'], share: 0.25, termYears: 10, callRate: 0 },
    };
    store.insertFundingStream(extra, 1);
    expect(store.listFundingStreams()[1]).toStrictEqual(extra);
    expect(
      store
        .load()
        .fundingStreams.map((s) => s.id)
        .slice(0, 3),
    ).toEqual(['borg', 'borg-3', 'sociaal-domein']);
  });

  it('refuse to delete a loan a guarantee backs, naming the guarantees, until they are gone', () => {
    const store = created();
    const before = store.load();
    const refusal = caught(() => store.deleteFundingStream('fonds-revolverend'));
    expect(refusal.code).toBe('in-use');
    expect(refusal.params).toMatchObject({ guarantees: 'borg-2' });
    expect(storageErrorMessage(refusal, 'en')).toContain('guarantees borg-2');
    expect(storageErrorMessage(refusal, 'nl')).toContain('borgstellingen borg-2');
    expect(store.load()).toStrictEqual(before);

    expect(store.deleteFundingStream('borg-2').item.id).toBe('borg-2');
    expect(store.deleteFundingStream('fonds-revolverend').item.id).toBe('fonds-revolverend');
    const db = new Database(store.path, { readonly: true });
    expect(db.prepare('SELECT DISTINCT stream_id FROM guarantee_backs').pluck().all()).toEqual(['borg']);
    db.close();
  });

  it('replace a workspace with guarantees by another and back', () => {
    const store = created();
    store.replace(minimalWorkspace());
    expect(store.load()).toStrictEqual(minimalWorkspace());
    const lender = parsed(lenderWorkspaceJson());
    store.replace(lender);
    expect(store.load()).toStrictEqual(lender);
    store.replace(lender);
    expect(store.load()).toStrictEqual(lender);
  });

  it('refuse a guarantee backing a stream that is not in the file', () => {
    const store = created(richWorkspaceJson());
    const orphan: FundingStream = {
      ...streamModel('borg'),
      kind: 'guarantee',
      guarantee: { backs: ['nergens'], share: 1, termYears: 1, callRate: 0 },
    };
    expect(caught(() => store.insertFundingStream(orphan)).code).toBe('constraint');
    expect(store.listFundingStreams().map((s) => s.id)).not.toContain('borg');
  });
});
