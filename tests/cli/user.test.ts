/**
 * `coopfolio user add | list | disable --database URL` on the harness's real PostgreSQL:
 * the password comes from standard input (never argv), bad names, roles and passwords
 * are refused naming what is wrong, and nothing prints the database password.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openAccountsDatabase } from '../../src/accounts/database';
import { authenticate, signIn } from '../../src/accounts/sessions';
import { runCli } from '../../src/cli/program';
import { createTestDatabase, type TestDatabase } from '../support/postgres';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database?.drop();
});

async function cli(args: string[], secret?: string) {
  let stdout = '';
  let stderr = '';
  const prompts: string[] = [];
  const code = await runCli(args, {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    cwd: process.cwd(),
    env: {},
    ...(secret === undefined
      ? {}
      : {
          readSecret: async (prompt: string) => {
            prompts.push(prompt);
            return secret;
          },
        }),
  });
  return { code, stdout, stderr, prompts };
}

describe('coopfolio user', () => {
  it('adds an account with the password from standard input; it can sign in', async () => {
    const added = await cli(
      ['user', 'add', 'marit@amsterdam.nl', '--role', 'editor', '--database', database.url, '--lang', 'en'],
      'een lang genoeg wachtwoord',
    );
    expect(added).toMatchObject({
      code: 0,
      stderr: 'Added the account "marit@amsterdam.nl" with the role editor.\n',
    });
    expect(added.prompts).toEqual(['Password for marit@amsterdam.nl: ']);
    const accounts = await openAccountsDatabase(database.url, 1);
    try {
      const session = await signIn(
        accounts.pool,
        { user: 'marit@amsterdam.nl', password: 'een lang genoeg wachtwoord', address: 'cli-test' },
        new Date(),
      );
      expect(await authenticate(accounts.pool, session.token, new Date())).toEqual({
        name: 'marit@amsterdam.nl',
        role: 'editor',
      });
    } finally {
      await accounts.close();
    }
  });

  it('refuses a taken name, a bad name, an unknown role and a short password, changing nothing', async () => {
    const url = database.url;
    const taken = await cli(
      ['user', 'add', 'marit@amsterdam.nl', '--role', 'admin', '--database', url, '--lang', 'nl'],
      'nog een lang wachtwoord',
    );
    expect(taken.code).toBe(2);
    expect(taken.stderr).toBe('Er is al een account "marit@amsterdam.nl". Er is niets gewijzigd.\n');
    const badName = await cli(
      ['user', 'add', "x'; DROP TABLE users;--", '--role', 'admin', '--database', url, '--lang', 'en'],
      'nog een lang wachtwoord',
    );
    expect(badName.code).toBe(2);
    expect(badName.stderr).toContain('is not a valid account name');
    const badRole = await cli(
      ['user', 'add', 'piet', '--role', 'root', '--database', url, '--lang', 'en'],
      'nog een lang wachtwoord',
    );
    expect(badRole.stderr).toBe(
      '--role must be one of viewer, analyst, editor, admin, not "root". Nothing was changed.\n',
    );
    const short = await cli(
      ['user', 'add', 'piet', '--role', 'viewer', '--database', url, '--lang', 'en'],
      'kort',
    );
    expect(short.stderr).toBe('The password must be 12 to 1000 characters long. Nothing was changed.\n');
    const noInput = await cli(['user', 'add', 'piet', '--role', 'viewer', '--database', url, '--lang', 'en']);
    expect(noInput.code).toBe(2);
    const list = await cli(['user', 'list', '--database', url, '--json']);
    expect(JSON.parse(list.stdout).map((u: { name: string }) => u.name)).toEqual(['marit@amsterdam.nl']);
  });

  it('lists and disables accounts; disabling an unknown one is refused', async () => {
    const url = database.url;
    await cli(['user', 'add', 'joost', '--role', 'viewer', '--database', url], 'joost zijn wachtwoord');
    const disabled = await cli(['user', 'disable', 'joost', '--database', url, '--lang', 'en']);
    expect(disabled).toMatchObject({
      code: 0,
      stderr: 'The account "joost" is disabled and its sessions are ended.\n',
    });
    const unknown = await cli(['user', 'disable', 'niemand', '--database', url, '--lang', 'en']);
    expect([unknown.code, unknown.stderr]).toEqual([
      2,
      'There is no account "niemand". Nothing was changed.\n',
    ]);
    const table = await cli(['user', 'list', '--database', url, '--lang', 'nl']);
    expect(table.code).toBe(0);
    expect(table.stdout.split('\n')[0]).toMatch(/^naam\s+rol\s+status\s+aangemaakt$/);
    expect(table.stdout).toMatch(/joost\s+viewer\s+uitgeschakeld/);
    expect(table.stdout).toMatch(/marit@amsterdam\.nl\s+editor\s+actief/);
    const password = decodeURIComponent(new URL(url).password);
    if (password !== '') expect(table.stdout + table.stderr).not.toContain(password);
  });

  it('names the database without its password when it cannot be reached', async () => {
    const url = new URL(database.url);
    url.port = '1';
    url.password = 'geheim-wachtwoord';
    const failed = await cli(['user', 'list', '--database', url.toString(), '--lang', 'en']);
    expect(failed.code).not.toBe(0);
    expect(failed.stderr).not.toContain('geheim-wachtwoord');
    expect(failed.stderr).toContain('127.0.0.1:1');
  });
});
