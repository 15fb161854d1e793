/**
 * `import` and `export` with `--database`: a team database on the harness's real
 * PostgreSQL, giving the same exported text as the workspace file does.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { demoWorkspaceJson, loadDemoWorkspace } from '../../src/data';
import { openPostgresBackend } from '../../src/storage/postgres';
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

function cli(...args: string[]) {
  return runIn(temp.dir, args, { USER: 'ann' });
}

function writeDemo(name = 'demo.json'): string {
  writeFileSync(join(temp.dir, name), JSON.stringify(demoWorkspaceJson(), null, 2));
  return name;
}

/** The schema's URL carries the harness superuser's password: nothing printed may show it. */
function password(url: string): string {
  return decodeURIComponent(new URL(url).password);
}

describe('coopfolio import/export --database', () => {
  it('exports a team database byte for byte as the workspace file of the same workspace', async () => {
    const { url } = await createTestSchema(database);
    const demo = writeDemo();
    const imported = await cli('import', demo, '--database', url, '--lang', 'en');
    expect(imported.stderr).toBe('');
    expect(imported.code).toBe(0);
    expect(imported.stdout).toContain('Imported into postgres://postgres@127.0.0.1:');
    expect(imported.stdout).toContain('13 cooperatives');
    expect(imported.stdout).not.toContain(password(url));

    expect((await cli('import', demo, '--db', 'demo.coopfolio')).code).toBe(0);
    const fromFile = await cli('export', '--db', 'demo.coopfolio');
    const fromDatabase = await cli('export', '--database', url);
    expect(fromDatabase.code).toBe(0);
    expect(fromDatabase.stdout.length).toBeGreaterThan(10_000);
    expect(fromDatabase.stdout).toBe(fromFile.stdout);

    const out = await cli('export', '--database', url, '--out', 'team.json', '--lang', 'nl');
    expect(out.code).toBe(0);
    expect(readFileSync(join(temp.dir, 'team.json'), 'utf8')).toBe(fromFile.stdout);

    const backend = await openPostgresBackend(url);
    try {
      const trail = await backend.audit();
      const w = loadDemoWorkspace();
      const records = [w.cooperatives, w.fundingStreams, w.plans, w.indicators, w.scenarios].flat().length;
      // Settings, every record of every list, and the procurement section: each created once.
      expect(trail).toHaveLength(1 + records + (w.procurement === undefined ? 0 : 1));
      expect(trail.every((event) => event.user === 'ann' && event.operation === 'import')).toBe(true);
    } finally {
      await backend.close();
    }
  });

  it('replaces a database that holds a workspace only with --replace; the trail keeps the old records', async () => {
    const { url } = await createTestSchema(database);
    const demo = writeDemo();
    expect((await cli('import', demo, '--database', url)).code).toBe(0);
    const small = demoWorkspaceJson() as { cooperatives: unknown[]; plans: unknown[]; scenarios: unknown[] };
    writeFileSync(
      join(temp.dir, 'small.json'),
      JSON.stringify({ ...small, cooperatives: [], plans: [], scenarios: [], procurement: undefined }),
    );
    const refused = await cli('import', 'small.json', '--database', url, '--lang', 'en');
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('already holds a workspace. Use --replace');
    expect(refused.stderr).not.toContain(password(url));
    expect((await cli('export', '--database', url)).stdout).toBe(
      (await cli('import', demo, '--db', 'x.coopfolio'), await cli('export', '--db', 'x.coopfolio')).stdout,
    );

    const replaced = await cli('import', 'small.json', '--database', url, '--replace');
    expect(replaced.code).toBe(0);
    const backend = await openPostgresBackend(url);
    try {
      expect((await backend.load()).cooperatives).toEqual([]);
      const removed = (await backend.audit({ entity: 'cooperative' })).filter((e) => e.after === null);
      expect(removed).toHaveLength(13);
    } finally {
      await backend.close();
    }
  });

  it('asks for exactly one of --db and --database, and names an unreachable database without its password', async () => {
    const demo = writeDemo();
    const both = await cli(
      'export',
      '--db',
      'a.coopfolio',
      '--database',
      'postgres://x@127.0.0.1/db',
      '--lang',
      'en',
    );
    expect(both.code).toBe(2);
    expect(both.stderr).toContain('Give exactly one of --db');
    const neither = await cli('import', demo, '--lang', 'nl');
    expect(neither.code).toBe(2);
    expect(neither.stderr).toContain('Geef precies één van --db');
    const unreachable = await cli(
      'export',
      '--database',
      'postgres://ann:geheim-wachtwoord@127.0.0.1:1/team',
    );
    expect(unreachable.code).not.toBe(0);
    expect(unreachable.stderr).toContain('postgres://ann@127.0.0.1:1/team');
    expect(unreachable.stderr).not.toContain('geheim-wachtwoord');
  });
});
