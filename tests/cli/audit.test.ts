/**
 * `coopfolio audit`: the audit trail of a workspace file (`--db`) or a team database
 * (`--database`), as text or as a JSON array of {at, user, operation, entity, id, before,
 * after}, from `--since` on.
 */
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { invoke } from '../../src/api/invoke';
import { createSession } from '../../src/api/session';
import { loadDemoWorkspace } from '../../src/data';
import { createWorkspaceStore } from '../../src/storage';
import { runIn } from '../helpers/cli';
import { makeTempDir } from '../helpers/temp-dir';
import { createTestDatabase, createTestSchema, type TestDatabase } from '../support/postgres';

let temp: ReturnType<typeof makeTempDir>;
let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database?.drop();
});
beforeEach(() => {
  temp = makeTempDir();
});
afterEach(() => temp.cleanup());

const cli = (...args: string[]) => runIn(temp.dir, args, { USER: 'ann' });

interface PrintedEvent {
  at: string;
  user: string;
  operation: string;
  entity: string;
  id: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

/** The demo in a workspace file, one plan renamed by anna and one scenario deleted through the contract. */
async function editedDemoFile(): Promise<{ file: string; planId: string; planName: string }> {
  const file = join(temp.dir, 'demo.coopfolio');
  const demo = loadDemoWorkspace();
  createWorkspaceStore(file, demo).close();
  const session = createSession();
  session.open(file);
  try {
    const plan = demo.plans[0]!;
    const anna = { lang: 'nl' as const, user: { name: 'anna', role: 'editor' as const } };
    const stored = await invoke(session, 'plans.list', {}, anna);
    if (!stored.ok) throw new Error(stored.error.message);
    const { version: _v, ...json } = (stored.value as { id: string; version: number }[])[0]!;
    const renamed = await invoke(session, 'plans.update', { plan: { ...json, name: 'Nieuwe naam' } }, anna);
    expect(renamed.ok).toBe(true);
    const removed = await invoke(session, 'scenarios.delete', { id: demo.scenarios[0]!.id }, { lang: 'nl' });
    expect(removed.ok).toBe(true);
    return { file: 'demo.coopfolio', planId: plan.id, planName: plan.name };
  } finally {
    session.close();
  }
}

describe('coopfolio audit --db', () => {
  it('prints the trail as JSON: who changed which record through which operation, before and after', async () => {
    const { file, planId, planName } = await editedDemoFile();
    const result = await cli('audit', '--db', file, '--json');
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const events = JSON.parse(result.stdout) as PrintedEvent[];
    for (const event of events) {
      expect(Object.keys(event)).toEqual(['at', 'user', 'operation', 'entity', 'id', 'before', 'after']);
    }
    const [rename, removal] = events.slice(-2);
    expect(rename).toMatchObject({ user: 'anna', operation: 'plans.update', entity: 'plan', id: planId });
    expect(rename!.before).toMatchObject({ id: planId, name: planName });
    expect(rename!.after).toMatchObject({ id: planId, name: 'Nieuwe naam' });
    expect(rename!.after).not.toHaveProperty('version');
    expect(removal).toMatchObject({
      user: 'local',
      operation: 'scenarios.delete',
      entity: 'scenario',
      after: null,
    });
    expect(Date.parse(rename!.at)).toBeLessThanOrEqual(Date.parse(removal!.at));
  });

  it('prints a table in Dutch or English, naming the changed fields', async () => {
    const { file, planId } = await editedDemoFile();
    const nl = await cli('audit', '--db', file, '--lang', 'nl');
    expect(nl.code).toBe(0);
    expect(nl.stdout.split('\n')[0]).toMatch(
      /^tijdstip \(UTC\)\s+gebruiker\s+bewerking\s+gegeven\s+wijziging$/,
    );
    expect(nl.stdout).toMatch(new RegExp(`anna\\s+plans\\.update\\s+plan ${planId}\\s+gewijzigd: name`));
    expect(nl.stdout).toMatch(/local\s+scenarios\.delete\s+scenario \S+\s+verwijderd/);
    const en = await cli('audit', '--db', file, '--lang', 'en');
    expect(en.stdout).toMatch(/changed: name/);
  });

  it('keeps only events from --since on, and refuses a --since that is not a date', async () => {
    const { file } = await editedDemoFile();
    const future = await cli('audit', '--db', file, '--since', '2999-01-01', '--json');
    expect(future.code).toBe(0);
    expect(JSON.parse(future.stdout)).toEqual([]);
    const all = JSON.parse(
      (await cli('audit', '--db', file, '--since', '2000-01-01T00:00', '--json')).stdout,
    );
    expect(all.length).toBeGreaterThanOrEqual(2);
    expect((await cli('audit', '--db', file, '--lang', 'en')).stdout).not.toContain('There are no changes');

    const bad = await cli('audit', '--db', file, '--since', 'gisteren', '--lang', 'nl');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--since moet een datum zijn');
    expect(bad.stderr).toContain('gisteren');
  });

  it('needs exactly one of --db and --database', async () => {
    const neither = await cli('audit', '--lang', 'en');
    expect(neither.code).toBe(2);
    expect(neither.stderr).toContain('--db');
  });
});

describe('coopfolio audit --database', () => {
  it('prints the trail of a team database: the import that put the workspace in', async () => {
    const { url } = await createTestSchema(database);
    const { file } = await editedDemoFile();
    const json = await cli('export', '--db', file, '--out', 'demo.json');
    expect(json.code).toBe(0);
    expect((await cli('import', 'demo.json', '--database', url)).code).toBe(0);
    const result = await cli('audit', '--database', url, '--json');
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const events = JSON.parse(result.stdout) as PrintedEvent[];
    expect(events.length).toBeGreaterThan(0);
    expect(events.every((event) => event.user === 'ann' && event.before === null)).toBe(true);
    expect(events.find((event) => event.entity === 'plan')?.after).toMatchObject({ name: 'Nieuwe naam' });
    expect(result.stdout).not.toContain(decodeURIComponent(new URL(url).password) || '\u0000');
  });
});
