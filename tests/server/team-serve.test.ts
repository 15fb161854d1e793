// `coopfolio serve` as users start it: a process of its own on a real PostgreSQL that
// migrates, prints its URL, lets an account sign in and work, and stops on SIGTERM.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openAccountsDatabase } from '../../src/accounts/database';
import { addUser } from '../../src/accounts/users';
import { loadDemoWorkspace } from '../../src/data';
import { openPostgresBackend } from '../../src/storage/postgres';
import { createTestDatabase, type TestDatabase } from '../support/postgres';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
let database: TestDatabase;
let empty: TestDatabase;
const rendererDir = mkdtempSync(join(tmpdir(), 'coopfolio-serve-'));

beforeAll(async () => {
  database = await createTestDatabase();
  empty = await createTestDatabase();
  const backend = await openPostgresBackend(database.url);
  await backend.replace(loadDemoWorkspace());
  await backend.close();
  const accounts = await openAccountsDatabase(database.url, 1);
  await addUser(
    accounts.pool,
    { name: 'ada', role: 'admin', password: 'a long enough password' },
    new Date(),
  );
  await accounts.close();
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><html><head></head><body>app</body></html>');
});
afterAll(async () => {
  await database?.drop();
  await empty?.drop();
});

function serve(url: string): { child: ChildProcess; out: Promise<string>; exit: Promise<number | null> } {
  const child = spawn(
    process.execPath,
    [join(ROOT, 'bin', 'coopfolio.mjs'), 'serve', '--database', url, '--port', '0'],
    { env: { ...process.env, COOPFOLIO_LANG: 'en', COOPFOLIO_RENDERER_DIR: rendererDir } },
  );
  let stdout = '';
  let stderr = '';
  child.stderr!.setEncoding('utf8').on('data', (t: string) => (stderr += t));
  const out = new Promise<string>((resolve, reject) => {
    child.stdout!.setEncoding('utf8').on('data', (t: string) => {
      stdout += t;
      if (stdout.includes('\n')) resolve(stdout.trim());
    });
    child.on('exit', () => reject(new Error(`serve exited: ${stderr}`)));
  });
  const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  void out.catch(() => undefined);
  return { child, out, exit };
}

describe('coopfolio serve', () => {
  it('prints its URL, serves the app, signs in and answers as the role may', async () => {
    const server = serve(database.url);
    try {
      const url = await server.out;
      expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
      expect((await fetch(url)).status).toBe(200);
      const denied = await fetch(`${url}api/workspace.info`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{}',
      });
      expect(denied.status).toBe(401);
      const login = await fetch(`${url}api/session.login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ user: 'ada', password: 'a long enough password' }),
      });
      expect(login.status).toBe(200);
      const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
      const info = await fetch(`${url}api/workspace.info`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie },
        body: '{}',
      });
      expect(info.status).toBe(200);
      expect(((await info.json()) as { ok: boolean }).ok).toBe(true);
    } finally {
      server.child.kill('SIGTERM');
    }
    expect(await server.exit).toBe(0);
  }, 180_000);

  it('refuses a database without a workspace, saying how to move one in', async () => {
    const server = serve(empty.url);
    let stderr = '';
    server.child.stderr!.on('data', (t: string) => (stderr += t));
    expect(await server.exit).toBe(2);
    expect(stderr).toContain('holds no workspace yet');
    expect(stderr).toContain('coopfolio import FILE.json --database URL');
  }, 180_000);
});
