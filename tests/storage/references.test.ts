import Database from 'better-sqlite3';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseWorkspaceText, type Workspace } from '../../src/model';
import {
  COOPERATIVES,
  FUNDING_STREAMS,
  INDICATORS,
  PLANS,
  SCENARIOS,
  type EntityTable,
} from '../../src/storage/entities';
import { referencesTo, type ReferencedEntity } from '../../src/storage/references';
import type { WorkspaceStore } from '../../src/storage';
import { parsed } from './builders';
import { richWorkspaceJson } from './rich-workspace';
import { storageFailure, useStores } from './store-harness';

/*
 * The team database answers "what still refers to this record?" from the workspace in
 * memory (references.ts); the file answers it in SQL (entities.ts). An `in-use` refusal must
 * name the same records in the same order on both, so every record is asked both ways.
 */
const { storeWith } = useStores('references.coopfolio');

const DEMO = join(import.meta.dirname, '..', '..', 'src', 'data', 'demo-workspace.json');

function demo(): Workspace {
  const result = parseWorkspaceText(readFileSync(DEMO, 'utf8'));
  if (!result.ok) throw new Error(result.issues.map((issue) => issue.pathText).join(', '));
  return result.value;
}

function demoWithoutPlanLists(): Workspace {
  const workspace = demo();
  return { ...workspace, scenarios: workspace.scenarios.map((scenario) => ({ ...scenario, plans: [] })) };
}

const TABLES: Record<ReferencedEntity, EntityTable<{ id: string }>> = {
  cooperative: COOPERATIVES as unknown as EntityTable<{ id: string }>,
  fundingStream: FUNDING_STREAMS as unknown as EntityTable<{ id: string }>,
  plan: PLANS as unknown as EntityTable<{ id: string }>,
  indicator: INDICATORS as unknown as EntityTable<{ id: string }>,
  scenario: SCENARIOS as unknown as EntityTable<{ id: string }>,
};

function records(workspace: Workspace): [ReferencedEntity, string][] {
  return [
    ...workspace.cooperatives.map((c) => ['cooperative', c.id] as [ReferencedEntity, string]),
    ...workspace.fundingStreams.map((s) => ['fundingStream', s.id] as [ReferencedEntity, string]),
    ...workspace.plans.map((p) => ['plan', p.id] as [ReferencedEntity, string]),
    ...workspace.indicators.map((i) => ['indicator', i.id] as [ReferencedEntity, string]),
    ...workspace.scenarios.map((s) => ['scenario', s.id] as [ReferencedEntity, string]),
  ];
}

/** Every record's references, asked in SQL of the file and in memory of its loaded workspace. */
function bothWays(store: WorkspaceStore) {
  const workspace = store.load();
  const db = new Database(store.path, { readonly: true });
  try {
    return records(workspace).map(([entity, id]) => {
      const table = TABLES[entity];
      const [found] = table.read(db, id);
      if (found === undefined) throw new Error(`${entity} ${id} missing from the file`);
      return { entity, id, sql: table.usedBy(db, found.item), memory: referencesTo(workspace, entity, id) };
    });
  } finally {
    db.close();
  }
}

/** A small deterministic generator (mulberry32), so a failing sequence can be replayed. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function remove(store: WorkspaceStore, entity: ReferencedEntity, id: string): void {
  switch (entity) {
    case 'cooperative':
      store.deleteCooperative(id);
      return;
    case 'fundingStream':
      store.deleteFundingStream(id);
      return;
    case 'plan':
      store.deletePlan(id);
      return;
    case 'indicator':
      store.deleteIndicator(id);
      return;
    case 'scenario':
      store.deleteScenario(id);
      return;
  }
}

describe('what refers to a record, in memory and in SQL', () => {
  it.each([
    ['the demo', demo, ['guarantees', 'plans', 'scenarios']],
    // Without scenario plan lists the demo's plans are held by contracts only.
    ['the demo without plan lists', demoWithoutPlanLists, ['contracts', 'guarantees', 'plans', 'scenarios']],
    ['the rich test workspace', () => parsed(richWorkspaceJson()), ['plans', 'scenarios']],
  ])('agree on every record of %s', (_name, workspace, held) => {
    const answers = bothWays(storeWith(workspace()));
    for (const answer of answers) expect(answer.memory, `${answer.entity} ${answer.id}`).toEqual(answer.sql);
    // Records held by each kind of reference, so the comparison is not about empty lists only.
    const kinds = new Set(answers.flatMap((a) => Object.keys(a.sql ?? {})));
    expect([...kinds].sort()).toEqual(held);
  });

  it.each([11, 29, 1717])('agree while random deletes empty the demo (seed %i)', (seed) => {
    const store = storeWith(demo());
    const next = random(seed);
    let refused = 0;
    let deleted = 0;
    for (let step = 0; step < 60; step += 1) {
      const all = records(store.load());
      if (all.length === 0) break;
      const [entity, id] = all[Math.floor(next() * all.length)]!;
      const expected = referencesTo(store.load(), entity, id);
      if (expected === undefined) {
        remove(store, entity, id);
        deleted += 1;
      } else {
        const error = storageFailure(() => remove(store, entity, id));
        expect(error.code).toBe('in-use');
        expect(error.params).toEqual({ file: store.path, entity, id, ...expected });
        refused += 1;
      }
      if (step % 10 === 9) {
        for (const answer of bothWays(store))
          expect(answer.memory, `${answer.entity} ${answer.id}`).toEqual(answer.sql);
      }
    }
    expect(deleted).toBeGreaterThan(0);
    expect(refused).toBeGreaterThan(0);
  });
});
