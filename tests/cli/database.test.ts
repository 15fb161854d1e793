/**
 * `import` and `export` with `--database`: a team database on the harness's real
 * PostgreSQL, giving the same exported text as the workspace file does.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { demoWorkspaceJson, loadDemoWorkspace } from '../../src/data';
import pg from 'pg';
import { openPostgresBackend, POSTGRES_SCHEMA_VERSION } from '../../src/storage/postgres';
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

  it('migrate brings a team database to this schema once, and refuses a newer one untouched', async () => {
    const { url } = await createTestSchema(database);
    const first = await cli('migrate', '--database', url, '--lang', 'en');
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(
      new RegExp(
        `^Brought postgres://postgres@127\\.0\\.0\\.1:\\d+/t_\\w+\\S* to schema ${POSTGRES_SCHEMA_VERSION} \\(`,
      ),
    );
    expect(first.stdout).not.toContain(password(url));
    const again = await cli('migrate', '--database', url, '--lang', 'nl');
    expect(again.stdout).toContain(`staat al op schema ${POSTGRES_SCHEMA_VERSION}; er is niets gewijzigd.`);

    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      await client.query("INSERT INTO schema_migrations (version, name) VALUES (999, 'future')");
      const newer = await cli('migrate', '--database', url, '--lang', 'en');
      expect(newer.code).toBe(2);
      expect(newer.stderr).toContain('was set up by a newer version of Coopfolio (schema 999)');
      const versions = await client.query<{ version: number }>(
        'SELECT version FROM schema_migrations ORDER BY 1',
      );
      expect(versions.rows.map((row) => row.version)).toEqual([
        ...Array.from({ length: POSTGRES_SCHEMA_VERSION }, (_, i) => i + 1),
        999,
      ]);
    } finally {
      await client.end();
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
