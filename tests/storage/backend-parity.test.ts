/**
 * The two backends side by side: the same random run of writes (updates with right and
 * stale versions, deletes of records that are and are not referred to, inserts, batches,
 * the single records) on a workspace file and on a team database must give the same
 * answers and refusals, the same workspace, versions and audit trail, and the same
 * exported text.
 */
import { describe, expect, it } from 'vitest';
import { loadDemoWorkspace } from '../../src/data';
import type { Cooperative, FundingStream, Indicator, Plan, Scenario } from '../../src/model';
import { workspaceToText } from '../../src/model/parse';
import type { RecordKind, WorkspaceBackend } from '../../src/storage/backend';
import { WorkspaceFileError } from '../../src/storage/types';
import { refusalFacts, useBackends } from './backends';
import { cooperativeModel } from './builders';

const { open } = useBackends();

/** mulberry32: a small seeded generator, so a failing run can be replayed by its seed. */
function generator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const LISTS = ['cooperative', 'fundingStream', 'plan', 'indicator', 'scenario'] as const;
type ListKind = (typeof LISTS)[number];

type Step = (backend: WorkspaceBackend) => Promise<unknown>;

/** What a step answered: its value, or the refusal's code and params (the location aside). */
async function outcome(step: Step, backend: WorkspaceBackend): Promise<unknown> {
  try {
    return { ok: await step(backend) };
  } catch (error) {
    if (error instanceof WorkspaceFileError) {
      const facts = refusalFacts(error);
      // The two backends write at different moments: a time is compared as "a time".
      const at = facts.params['changedAt'];
      if (typeof at === 'string' && at !== '')
        facts.params['changedAt'] = Number.isNaN(Date.parse(at)) ? at : 'time';
      return { refused: facts };
    }
    throw error;
  }
}

async function recordsOf(
  backend: WorkspaceBackend,
  kind: ListKind,
): Promise<{ id: string; version: number }[]> {
  switch (kind) {
    case 'cooperative':
      return backend.listCooperatives();
    case 'fundingStream':
      return backend.listFundingStreams();
    case 'plan':
      return backend.listPlans();
    case 'indicator':
      return backend.listIndicators();
    case 'scenario':
      return backend.listScenarios();
  }
}

function deleteStep(kind: ListKind, id: string, expectedVersion?: number): Step {
  const check = expectedVersion === undefined ? undefined : { expectedVersion };
  return (backend) => {
    switch (kind) {
      case 'cooperative':
        return backend.deleteCooperative(id, check);
      case 'fundingStream':
        return backend.deleteFundingStream(id, check);
      case 'plan':
        return backend.deletePlan(id, check);
      case 'indicator':
        return backend.deleteIndicator(id, check);
      case 'scenario':
        return backend.deleteScenario(id, check);
    }
  };
}

/** A rename of the record (the field each kind is known by), as the app's edit screens make. */
function renameStep(
  kind: ListKind,
  record: Record<string, unknown>,
  n: number,
  expectedVersion: number,
): Step {
  const { version: _version, ...item } = record;
  const check = { expectedVersion };
  return (backend) => {
    switch (kind) {
      case 'cooperative':
        return backend.updateCooperative({ ...(item as unknown as Cooperative), name: `Coop ${n}` }, check);
      case 'fundingStream':
        return backend.updateFundingStream(
          { ...(item as unknown as FundingStream), name: `Bron ${n}` },
          check,
        );
      case 'plan':
        return backend.updatePlan({ ...(item as unknown as Plan), name: `Plan ${n}` }, check);
      case 'indicator':
        return backend.updateIndicator(
          { ...(item as unknown as Indicator), label: `Indicator ${n}` },
          [],
          check,
        );
      case 'scenario':
        return backend.updateScenario({ ...(item as unknown as Scenario), name: `Scenario ${n}` }, check);
    }
  };
}

/** Picks the next step from what the (file) backend holds now. */
async function nextStep(random: () => number, backend: WorkspaceBackend, n: number): Promise<Step> {
  const pick = <T>(items: readonly T[]): T | undefined => items[Math.floor(random() * items.length)];
  const kind = pick(LISTS)!;
  const records = await recordsOf(backend, kind);
  const record = pick(records);
  const roll = random();
  // A third of the versions given are stale.
  const version = (actual: number) => (random() < 0.33 ? actual - 1 : actual);
  // Every random choice is made here, before the step: it must be the same on both backends.
  if (record === undefined || roll < 0.1) {
    const position = Math.floor(random() * 20) - 2;
    return (b) => b.insertCooperative(cooperativeModel(`new-${n}`), position);
  }
  if (roll < 0.5) return deleteStep(kind, record.id, random() < 0.5 ? undefined : version(record.version));
  if (roll < 0.85) return renameStep(kind, record, n, version(record.version));
  if (roll < 0.9) {
    const settings = await backend.settings();
    const { version: actual, ...rest } = settings;
    const expectedVersion = version(actual);
    return (b) => b.updateSettings({ ...rest, startYear: 2026 + (n % 3) }, { expectedVersion });
  }
  if (roll < 0.95) {
    const demo = loadDemoWorkspace();
    const has = (await backend.load()).procurement !== undefined;
    return (b) => b.updateProcurement(has ? undefined : demo.procurement);
  }
  // A batch whose second write may fail: then neither lands.
  return (b) =>
    b.writeBatch((current) => [
      { op: 'insertCooperative', cooperative: cooperativeModel(`batch-${n}`), position: 0 },
      { op: 'deleteCooperative', id: current.cooperatives[current.cooperatives.length - 1]?.id ?? 'none' },
    ]);
}

async function everything(backend: WorkspaceBackend) {
  const versions: Partial<Record<RecordKind, unknown>> = {};
  for (const kind of [...LISTS, 'settings', 'procurement'] as const) {
    versions[kind] = [...(await backend.versions(kind))].map(([id, v]) => [id, v.version, v.changedBy]);
  }
  const trail = (await backend.audit()).map(({ at: _at, seq: _seq, ...event }) => event);
  return { text: workspaceToText(await backend.load()), versions, trail };
}

describe('both backends answer alike', () => {
  it.each([17, 4242, 90210])('a random run of 60 writes on the demo (seed %i)', async (seed) => {
    const demo = loadDemoWorkspace();
    const file = await open('file')(demo);
    const team = await open('postgres')(demo);
    const random = generator(seed);
    let refused = 0;
    for (let n = 0; n < 60; n++) {
      const step = await nextStep(random, file, n);
      const [fromFile, fromTeam] = [await outcome(step, file), await outcome(step, team)];
      expect(fromTeam, `step ${n}`).toEqual(fromFile);
      if (typeof fromFile === 'object' && fromFile !== null && 'refused' in fromFile) refused++;
    }
    // The run exercised refusals as well as writes.
    expect(refused).toBeGreaterThan(5);
    expect(refused).toBeLessThan(55);
    const [a, b] = [await everything(file), await everything(team)];
    expect(b.text).toBe(a.text);
    expect(b.versions).toEqual(a.versions);
    expect(b.trail).toEqual(a.trail);
  });
});
