import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { parseWorkspace, parseWorkspaceText, workspaceToText } from '../../src/model';
import { createWorkspaceStore, openWorkspaceStore, type WorkspaceStore } from '../../src/storage';
import { cooperativeJson, minimalWorkspaceJson, parsed, streamJson, tempFolders } from './builders';

const folders = tempFolders();
const open: WorkspaceStore[] = [];
afterEach(() => {
  for (const store of open.splice(0)) store.close();
  folders.cleanup();
});

/** A plan with one award in every status, and streams with and without the schema-40 fields. */
function awardsWorkspaceJson(): Record<string, unknown> & { plans: Record<string, unknown>[] } {
  return {
    ...minimalWorkspaceJson(),
    cooperatives: [cooperativeJson('oost')],
    fundingStreams: [
      streamJson('subsidie', { decisionWeeks: 6, applicationDeadline: '2026-04-01' }),
      streamJson('fonds', { decisionWeeks: 104 }),
      streamJson('lening', { kind: 'loan', loan: { rate: 0.02, termYears: 5 } }),
      streamJson('leden', { public: false, applicationDeadline: '2026-12-31' }),
      streamJson('inkoop'),
    ],
    plans: [
      {
        id: 'zon',
        cooperativeId: 'oost',
        name: 'Zon',
        startYear: 2026,
        years: 2,
        costs: [{ id: 'pv', category: 'capex', label: 'Panelen', amounts: { '2026': 50000 } }],
        locked: [{ streamId: 'fonds', costId: 'pv', year: 2026, amount: 1000 }],
        awards: [
          { streamId: 'leden', status: 'idea' },
          { streamId: 'lening', status: 'applied', requested: 20000.01, appliedOn: '2026-01-05', note: '' },
          {
            streamId: 'subsidie',
            status: 'granted',
            requested: 25000,
            granted: 18000.5,
            appliedOn: '2025-11-03',
            decidedOn: '2026-01-20',
            reference: 'BS-2026/0142 "Zon"',
            reportDue: '2027-03-31',
            note: 'Verantwoording\nmet accountantsverklaring',
          },
          { streamId: 'inkoop', status: 'refused', decidedOn: '2026-02-01' },
          {
            streamId: 'fonds',
            status: 'settled',
            granted: 1000,
            decidedOn: '2024-02-29',
            reportDue: '2024-12-31',
          },
        ],
      },
    ],
  };
}

function created(json: unknown): WorkspaceStore {
  const store = createWorkspaceStore(join(folders.make(), 'awards.coopfolio'), parsed(json));
  open.push(store);
  return store;
}

function issuesOf(json: unknown): { path: string; key: string }[] {
  const result = parseWorkspace(json);
  return result.ok ? [] : result.issues.map((issue) => ({ path: issue.pathText, key: issue.key }));
}

function withAwards(awards: unknown[]): unknown {
  const json = awardsWorkspaceJson();
  return { ...json, plans: [{ ...json.plans[0], awards }] };
}

describe('awards in the workspace file', () => {
  it('export, import and export again are byte-identical, through a closed and reopened file', () => {
    const first = workspaceToText(parsed(awardsWorkspaceJson()));
    const store = created(awardsWorkspaceJson());
    store.close();
    const reopened = openWorkspaceStore(store.path);
    open.push(reopened);
    const exported = workspaceToText(reopened.load());
    expect(exported).toBe(first);
    const again = parseWorkspaceText(exported);
    if (!again.ok) throw new Error(again.issues.map((i) => i.message).join('\n'));
    expect(workspaceToText(again.value)).toBe(exported);
    // The awards are written in the user's order, money in euros, absent fields left out.
    const plan = (JSON.parse(exported) as { plans: { awards: Record<string, unknown>[] }[] }).plans[0]!;
    expect(plan.awards.map((a) => a['status'])).toEqual(['idea', 'applied', 'granted', 'refused', 'settled']);
    expect(plan.awards[0]).toEqual({ streamId: 'leden', status: 'idea' });
    expect(plan.awards[2]).toMatchObject({ granted: 18000.5, requested: 25000 });
  });

  it('keeps the awards when a plan is updated and drops them with the plan', () => {
    const store = created(awardsWorkspaceJson());
    const plan = store.listPlans()[0]!;
    store.updatePlan({ ...plan, awards: plan.awards.slice(2, 3) });
    expect(store.listPlans()[0]!.awards).toEqual([plan.awards[2]]);
    store.deletePlan('zon');
    const db = new Database(store.path, { readonly: true });
    expect(db.prepare('SELECT count(*) FROM plan_awards').pluck().get()).toBe(0);
    db.close();
  });

  it('refuses to delete a stream that a plan has applied to, naming the plan', () => {
    const store = created(awardsWorkspaceJson());
    expect(() => store.deleteFundingStream('leden')).toThrow(
      expect.objectContaining({ code: 'in-use', params: expect.objectContaining({ plans: 'zon' }) }),
    );
    expect(store.listFundingStreams()).toHaveLength(5);
  });

  it('has table CHECKs that mirror the model: a grant without its amount is refused', () => {
    const store = created(awardsWorkspaceJson());
    const db = new Database(store.path);
    const insert = (status: string, granted: number | null, decided: string | null) =>
      db
        .prepare(
          `INSERT INTO plan_awards (plan_id, position, stream_id, status, granted_cents, decided_on)
           VALUES ('zon', 9, 'subsidie', ?, ?, ?)`,
        )
        .run(status, granted, decided);
    db.prepare("DELETE FROM plan_awards WHERE stream_id = 'subsidie'").run();
    expect(() => insert('granted', null, '2026-01-01')).toThrow(/CHECK/);
    expect(() => insert('settled', 100, null)).toThrow(/CHECK/);
    expect(() => insert('applied', 100, null)).toThrow(/CHECK/);
    expect(() => insert('granted', 100, '2026-02-30')).toThrow(/CHECK/);
    expect(() => insert('won', null, null)).toThrow(/CHECK/);
    insert('granted', 100, '2026-01-01');
    expect(() => insert('idea', null, null)).toThrow(/UNIQUE/);
    db.close();
  });
});

describe('award validation', () => {
  it('asks for the granted amount and the decision date of a grant, next to those fields', () => {
    expect(issuesOf(withAwards([{ streamId: 'subsidie', status: 'granted' }]))).toEqual([
      { path: 'plans[0].awards[0].granted', key: 'awardGrantedRequired' },
      { path: 'plans[0].awards[0].decidedOn', key: 'awardDecidedOnRequired' },
    ]);
    expect(issuesOf(withAwards([{ streamId: 'subsidie', status: 'settled', granted: 5 }]))).toEqual([
      { path: 'plans[0].awards[0].decidedOn', key: 'awardDecidedOnRequired' },
    ]);
  });

  it('refuses a granted amount before any grant and a decision before the application', () => {
    expect(issuesOf(withAwards([{ streamId: 'subsidie', status: 'applied', granted: 5 }]))).toEqual([
      { path: 'plans[0].awards[0].granted', key: 'awardGrantedOnlyWhenGranted' },
    ]);
    const early = {
      streamId: 'subsidie',
      status: 'refused',
      appliedOn: '2026-03-01',
      decidedOn: '2026-02-01',
    };
    expect(issuesOf(withAwards([early]))).toEqual([
      { path: 'plans[0].awards[0].decidedOn', key: 'awardDecidedBeforeApplied' },
    ]);
  });

  it('allows one award per stream and plan, and only for streams that exist', () => {
    const twice = [
      { streamId: 'subsidie', status: 'idea' },
      { streamId: 'subsidie', status: 'applied' },
      { streamId: 'nergens', status: 'idea' },
    ];
    expect(issuesOf(withAwards(twice))).toEqual([
      { path: 'plans[0].awards[1].streamId', key: 'duplicateAward' },
      { path: 'plans[0].awards[2].streamId', key: 'unknownStream' },
    ]);
  });

  it('refuses a refusal of a stream the plan has locked amounts from, and a grant below them', () => {
    const refused = [{ streamId: 'fonds', status: 'refused' }];
    expect(issuesOf(withAwards(refused))).toEqual([
      { path: 'plans[0].awards[0].status', key: 'refusedWithLocks' },
    ]);
    const small = [{ streamId: 'fonds', status: 'granted', granted: 999.99, decidedOn: '2026-01-01' }];
    expect(issuesOf(withAwards(small))).toEqual([
      { path: 'plans[0].awards[0].granted', key: 'grantedBelowLocked' },
    ]);
  });

  it('says what is wrong in Dutch and English', () => {
    const result = parseWorkspace(withAwards([{ streamId: 'subsidie', status: 'granted' }]), 'nl');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues[0]!.message).toBe('vul het toegekende bedrag uit de beschikking in');
    const en = parseWorkspace(withAwards([{ streamId: 'x', status: 'won' }]), 'en');
    expect(en.ok).toBe(false);
    if (en.ok) return;
    expect(en.issues.map((i) => i.pathText)).toEqual(['plans[0].awards[0].status']);
  });
});
