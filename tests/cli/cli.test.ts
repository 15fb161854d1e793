import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { clone, workspaceJson } from '../helpers/builders';
import { runIn } from '../helpers/cli';
import { makeTempDir } from '../helpers/temp-dir';

let temp: ReturnType<typeof makeTempDir>;

beforeEach(() => {
  temp = makeTempDir();
});
afterEach(() => temp.cleanup());

function cli(...args: string[]) {
  return runIn(temp.dir, args);
}

function writeJson(name: string, value: unknown): string {
  writeFileSync(join(temp.dir, name), JSON.stringify(value, null, 2));
  return name;
}

describe('coopfolio CLI', () => {
  it('validate accepts a good file and reports counts', async () => {
    const result = await cli('validate', writeJson('ws.json', workspaceJson()), '--lang', 'en');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('is valid: 1 cooperatives, 2 funding streams, 1 plans');
  });

  it('validate rejects a bad file with paths and exit code 2', async () => {
    const json = clone(workspaceJson());
    json.plans![0]!.costs[0]!.amounts['2031'] = 5;
    const result = await cli('validate', writeJson('bad.json', json), '--lang', 'en');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('plans[0].costs[0].amounts.2031: year outside plan horizon (2026-2028)');
  });

  it('validate --json prints the issues as JSON on stdout', async () => {
    const json = clone(workspaceJson());
    json.cooperatives![0]!.members = -3;
    const result = await cli('validate', writeJson('bad.json', json), '--json', '--lang', 'en');
    expect(result.code).toBe(2);
    expect(JSON.parse(result.stdout)).toEqual({
      valid: false,
      issues: [{ path: 'cooperatives[0].members', message: 'must be at least 0' }],
    });
  });

  it('import then export then import then export is byte-identical', async () => {
    writeJson('ws.json', workspaceJson());
    expect((await cli('import', 'ws.json', '--db', 'a.coopfolio')).code).toBe(0);
    expect((await cli('export', '--db', 'a.coopfolio', '--out', 'a.json')).code).toBe(0);
    expect((await cli('import', 'a.json', '--db', 'b.coopfolio')).code).toBe(0);
    expect((await cli('export', '--db', 'b.coopfolio', '--out', 'b.json')).code).toBe(0);
    const a = readFileSync(join(temp.dir, 'a.json'));
    expect(a.equals(readFileSync(join(temp.dir, 'b.json')))).toBe(true);
    const stdout = await cli('export', '--db', 'b.coopfolio');
    expect(stdout.stdout).toBe(a.toString('utf8'));
  });

  it('import refuses an existing file without --replace and leaves it untouched', async () => {
    writeJson('ws.json', workspaceJson());
    await cli('import', 'ws.json', '--db', 'a.coopfolio');
    const before = readFileSync(join(temp.dir, 'a.coopfolio'));
    const result = await cli('import', 'ws.json', '--db', 'a.coopfolio', '--lang', 'en');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('already exists');
    expect(readFileSync(join(temp.dir, 'a.coopfolio')).equals(before)).toBe(true);
  });

  it('import --replace keeps a backup of the replaced file', async () => {
    writeJson('ws.json', workspaceJson());
    await cli('import', 'ws.json', '--db', 'a.coopfolio');
    const result = await cli('import', 'ws.json', '--db', 'a.coopfolio', '--replace', '--lang', 'en');
    expect(result.code).toBe(0);
    const backup = /kept as (.+)\.\n/.exec(result.stderr)?.[1];
    expect(backup).toBeDefined();
    expect(statSync(backup!).size).toBeGreaterThan(0);
  });

  it('import of an invalid file writes nothing', async () => {
    const json = clone(workspaceJson());
    json.plans![0]!.cooperativeId = 'ghost';
    const result = await cli('import', writeJson('bad.json', json), '--db', 'x.coopfolio');
    expect(result.code).toBe(2);
    expect(() => statSync(join(temp.dir, 'x.coopfolio'))).toThrow();
  });

  it('backup writes a file that exports the same workspace', async () => {
    writeJson('ws.json', workspaceJson());
    await cli('import', 'ws.json', '--db', 'a.coopfolio');
    expect((await cli('backup', '--db', 'a.coopfolio', '--out', 'copy.coopfolio')).code).toBe(0);
    const original = await cli('export', '--db', 'a.coopfolio');
    const copy = await cli('export', '--db', 'copy.coopfolio');
    expect(copy.stdout).toBe(original.stdout);
  });

  it('refuses a file that is not a workspace with exit code 2', async () => {
    writeFileSync(join(temp.dir, 'junk.coopfolio'), 'this is not a database at all, just text'.repeat(100));
    const result = await cli('export', '--db', 'junk.coopfolio', '--lang', 'en');
    expect(result.code).toBe(2);
    expect(result.stderr.length).toBeGreaterThan(0);
  });

  it('treats unknown options and missing arguments as bad input', async () => {
    expect((await cli('validate')).code).toBe(2);
    expect((await cli('export', '--db', 'a.coopfolio', '--bogus')).code).toBe(2);
    expect((await cli('validate', 'x.json', '--lang', 'fr')).code).toBe(2);
  });
});
