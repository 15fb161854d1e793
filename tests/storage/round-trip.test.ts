import { afterEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { workspaceToText, type Plan } from '../../src/model';
import {
  createWorkspaceStore,
  CURRENT_SCHEMA_VERSION,
  openWorkspaceStore,
  type WorkspaceStore,
} from '../../src/storage';
import { minimalWorkspace, parsed, tempFolders } from './builders';
import { richWorkspaceJson } from './rich-workspace';

const folders = tempFolders();
const open: WorkspaceStore[] = [];
afterEach(() => {
  for (const store of open.splice(0)) store.close();
  folders.cleanup();
});

function created(workspace = parsed(richWorkspaceJson())): WorkspaceStore {
  const store = createWorkspaceStore(join(folders.make(), 'ws.coopfolio'), workspace);
  open.push(store);
  return store;
}

describe('round trip', () => {
  it('loads exactly the workspace it was created with, field for field', () => {
    const workspace = parsed(richWorkspaceJson());
    const loaded = created(workspace).load();
    expect(loaded).toStrictEqual(workspace);
    // toStrictEqual ignores key order; the JSON export does not.
    expect(workspaceToText(loaded)).toBe(workspaceToText(workspace));
  });

  it('loads the same workspace again after closing and reopening the file', () => {
    const workspace = parsed(richWorkspaceJson());
    const store = created(workspace);
    store.close();
    const reopened = openWorkspaceStore(store.path);
    open.push(reopened);
    expect(isDeepStrictEqual(reopened.load(), workspace)).toBe(true);
  });

  it('leaves optional fields absent rather than undefined or null', () => {
    const loaded = created().load();
    const minimalCoop = loaded.cooperatives[1];
    expect(minimalCoop).toBeDefined();
    expect(Object.keys(minimalCoop ?? {})).not.toContain('district');
    expect(Object.keys(minimalCoop ?? {})).not.toContain('foundedYear');
    const equity = loaded.fundingStreams.find((s) => s.id === 'burgers');
    expect(Object.keys(equity ?? {}).sort()).toEqual(
      [
        'awardProbability',
        'draft',
        'id',
        'kind',
        'name',
        'public',
        'revolving',
        'revolvingInterest',
        'sgei',
        'silo',
        'stateAid',
      ].sort(),
    );
    const co2 = loaded.indicators.find((i) => i.id === 'co2');
    expect(co2 && 'lens' in co2).toBe(false);
  });

  it('tells a budget amount, a budget schedule, an empty schedule and no budget apart', () => {
    const budgets = created()
      .load()
      .fundingStreams.map((s) => s.budgetPerYear);
    expect(budgets).toEqual([
      40000000,
      { '2026': 100000000, '2027': 75000025, '2029': 0 },
      undefined,
      {},
      undefined,
    ]);
  });

  it('keeps an empty eligibility object apart from no eligibility, and repeated values', () => {
    const streams = created().load().fundingStreams;
    expect(streams.find((s) => s.id === 'warmtefonds')?.eligible).toEqual({});
    expect(streams.find((s) => s.id === 'burgers')).not.toHaveProperty('eligible');
    expect(streams.find((s) => s.id === '7')?.eligible).toEqual({ stages: ['idea', 'idea'] });
  });

  it('keeps the user order of every collection, list and map', () => {
    const loaded = created().load();
    expect(loaded.cooperatives.map((c) => c.id)).toEqual(['buurtcoop-oost', 'zorg-1', '42']);
    expect(loaded.fundingStreams.map((s) => s.id)).toEqual([
      'sociaal-domein',
      'warmtefonds',
      'burgers',
      '7',
      'startlening',
    ]);
    expect(loaded.plans[0]?.costs.map((c) => c.id)).toEqual(['pv', 'coach', 'empty']);
    expect(loaded.plans[0]?.locked.map((l) => l.amount)).toEqual([1000000, 10000000, 1000000]);
    expect(loaded.cooperatives[0]?.priorStateAid.map((a) => a.year)).toEqual([2025, 2024]);
    expect(loaded.indicators.map((i) => i.id)).toEqual(['energy-poverty', 'co2', 'water-use']);
    expect(loaded.scenarios[0]?.plans).toEqual(['zorg-plan', 'zon-op-oost']);
    expect(Object.keys(loaded.scenarios[0]?.streamFactors ?? {})).toEqual([
      '7',
      'sociaal-domein',
      'warmtefonds',
    ]);
    expect(Object.keys(loaded.scenarios[0]?.indicatorOverrides ?? {})).toEqual([
      'co2',
      'energy-poverty',
      'water-use',
    ]);
  });

  it('holds money as exact integer cents', () => {
    const loaded = created().load();
    expect(loaded.settings.deMinimis.ceiling).toBe(30000050);
    expect(loaded.cooperatives[0]?.priorStateAid[1]?.amount).toBe(1);
    expect(loaded.plans[0]?.costs[0]?.amounts).toEqual({ '2026': 25000000, '2027': 1234 });
  });

  it('replaces the whole workspace in one go and lists each part', () => {
    const store = created(minimalWorkspace());
    const rich = parsed(richWorkspaceJson());
    store.replace(rich);
    expect(store.load()).toStrictEqual(rich);
    expect(store.listPlans()).toStrictEqual(rich.plans);
    expect(store.listIndicators()).toStrictEqual(rich.indicators);
    expect(store.listScenarios()).toStrictEqual(rich.scenarios);
    expect(store.listCooperatives()).toStrictEqual(rich.cooperatives);
    expect(store.listFundingStreams()).toStrictEqual(rich.fundingStreams);
    store.replace(minimalWorkspace());
    expect(store.load()).toStrictEqual(minimalWorkspace());
  });

  it('keeps the old workspace when a replace fails half way', () => {
    const store = created();
    const before = store.load();
    const broken = parsed(richWorkspaceJson());
    broken.plans.push({ ...minimalPlan(), cooperativeId: 'nobody' });
    expect(() => store.replace(broken)).toThrow(expect.objectContaining({ code: 'constraint' }));
    expect(store.load()).toStrictEqual(before);
  });

  it('updates the settings and stamps the save time', () => {
    const store = created();
    const settings = { ...store.load().settings, municipality: 'Nieuwegein', horizonYears: 3 };
    store.updateSettings(settings);
    expect(store.load().settings).toStrictEqual(settings);
    const meta = store.meta();
    expect(meta.lastSavedAt).not.toBeNull();
    expect(Date.parse(meta.lastSavedAt ?? '')).toBeGreaterThanOrEqual(Date.parse(meta.createdAt));
    expect(meta.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
    expect(meta.path).toBe(store.path);
  });
});

function minimalPlan(): Plan {
  return {
    id: 'extra-plan',
    cooperativeId: 'c',
    name: 'Extra',
    startYear: 2026,
    years: 1,
    costs: [],
    revenues: {},
    locked: [],
    impacts: [],
    awards: [],
  };
}
