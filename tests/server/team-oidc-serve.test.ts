// `coopfolio serve` with the --oidc-* options as an administrator starts it: the options
// in --help, bad settings refused naming the option before anything starts, and a real
// sign-in through a provider the test starts, on a real PostgreSQL.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPostgresBackend } from '../../src/storage/postgres';
import { loadDemoWorkspace } from '../../src/data';
import { createTestDatabase, type TestDatabase } from '../support/postgres';
import {
  Browser,
  CLIENT_ID,
  CLIENT_SECRET,
  SCOPE,
  startTestProvider,
  type TestProvider,
} from './team-oidc-provider';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const rendererDir = mkdtempSync(join(tmpdir(), 'coopfolio-oidc-serve-'));
let database: TestDatabase;
let provider: TestProvider;

beforeAll(async () => {
  database = await createTestDatabase();
  const backend = await openPostgresBackend(database.url);
  await backend.replace(loadDemoWorkspace());
  await backend.close();
  provider = await startTestProvider();
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><html><head></head><body>app</body></html>');
}, 60_000);
afterAll(async () => {
  await provider?.close();
  await database?.drop();
});

interface Run {
  child: ChildProcess;
  /** The first line on stdout (the URL); rejects when the program ends first. */
  url: Promise<string>;
  stderr: () => string;
  exit: Promise<number | null>;
}

function coopfolio(args: string[], env: Record<string, string> = {}): Run {
  const child = spawn(process.execPath, [join(ROOT, 'bin', 'coopfolio.mjs'), ...args], {
    env: { ...process.env, COOPFOLIO_LANG: 'en', COOPFOLIO_RENDERER_DIR: rendererDir, ...env },
  });
  let stdout = '';
  let stderr = '';
  child.stderr!.setEncoding('utf8').on('data', (t: string) => (stderr += t));
  const url = new Promise<string>((resolve, reject) => {
    child.stdout!.setEncoding('utf8').on('data', (t: string) => {
      stdout += t;
      if (stdout.includes('\n')) resolve(stdout.trim());
    });
    child.on('exit', () => reject(new Error(`coopfolio exited: ${stdout}${stderr}`)));
  });
  void url.catch(() => undefined);
  const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, url, stderr: () => stderr, exit };
}

const OIDC_ARGS = () => [
  '--oidc-issuer',
  provider.issuer,
  '--oidc-client-id',
  CLIENT_ID,
  '--oidc-role-map',
  'coopfolio-redactie=editor',
  '--oidc-scope',
  SCOPE,
  '--oidc-provider-name',
  'Gemeente Teststad',
];

describe('coopfolio serve with an identity provider', () => {
  it('lists the --oidc options in --help', async () => {
    const run = coopfolio(['serve', '--help']);
    let stdout = '';
    run.child.stdout!.on('data', (t: string) => (stdout += t));
    expect(await run.exit).toBe(0);
    for (const option of [
      '--oidc-issuer',
      '--oidc-client-id',
      '--oidc-client-secret-file',
      '--oidc-role-claim',
      '--oidc-role-map',
      '--oidc-name-claim',
      '--oidc-provider-name',
      '--oidc-scope',
    ]) {
      expect(stdout).toContain(option);
    }
    expect(stdout).toContain('COOPFOLIO_OIDC_CLIENT_SECRET');
  }, 120_000);

  it('refuses bad settings naming the option, before it starts', async () => {
    const noSecret = coopfolio(['serve', '--database', database.url, '--port', '0', ...OIDC_ARGS()]);
    expect(await noSecret.exit).toBe(2);
    expect(noSecret.stderr()).toContain('COOPFOLIO_OIDC_CLIENT_SECRET');
    expect(noSecret.stderr()).toContain('--oidc-client-secret-file');

    const badMap = coopfolio(
      [
        'serve',
        '--database',
        database.url,
        '--port',
        '0',
        ...OIDC_ARGS(),
        '--oidc-role-map',
        'redactie=schrijver',
      ],
      { COOPFOLIO_OIDC_CLIENT_SECRET: CLIENT_SECRET },
    );
    expect(await badMap.exit).toBe(2);
    expect(badMap.stderr()).toContain('--oidc-role-map: "redactie=schrijver" is not VALUE=ROLE');
  }, 120_000);

  it('signs a user in through the provider, and says what to register there', async () => {
    const run = coopfolio(['serve', '--database', database.url, '--port', '0', ...OIDC_ARGS()], {
      COOPFOLIO_OIDC_CLIENT_SECRET: CLIENT_SECRET,
    });
    try {
      const url = new URL(await run.url);
      const callback = `${url.origin}/auth/oidc/callback`;
      provider.open(callback);
      await expect.poll(run.stderr).toContain(`register ${callback} as the redirect URI`);
      const info = await fetch(new URL('/auth/oidc/provider', url));
      expect(await info.json()).toEqual({
        name: 'Gemeente Teststad',
        origins: [new URL(provider.issuer).origin],
      });

      provider.setPerson('sub-els', { preferred_username: 'els', groups: ['coopfolio-redactie'] });
      provider.signInAs('sub-els');
      const browser = new Browser();
      const landed = await browser.follow(new URL('/auth/oidc/start', url).href, url.origin);
      expect(landed.href).toBe(url.href);
      const token = browser.cookie('127.0.0.1', 'coopfolio_session');
      expect(token).toBeDefined();
      const current = await fetch(new URL('/api/session.current', url), {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie: `coopfolio_session=${token}` },
        body: '{}',
      });
      expect(await current.json()).toEqual({ ok: true, value: { name: 'els', role: 'editor', team: true } });
    } finally {
      run.child.kill('SIGTERM');
    }
    expect(await run.exit).toBe(0);
  }, 180_000);
});
