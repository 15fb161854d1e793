import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openWorkspaceStore } from '../../src/storage';
import { runIn } from '../helpers/cli';
import { makeTempDir } from '../helpers/temp-dir';
import { writeWorkspaceFile } from '../helpers/workspace-file';

let temp: ReturnType<typeof makeTempDir>;
beforeEach(() => (temp = makeTempDir()));
afterEach(() => temp.cleanup());

describe('coopfolio restore', () => {
  it('puts the latest backup (made by coopfolio backup) in place of a damaged file and keeps that file aside', async () => {
    const file = writeWorkspaceFile(temp.dir, 'plan.coopfolio');
    const backup = await runIn(temp.dir, ['backup', '--db', 'plan.coopfolio', '--lang', 'en']);
    expect(backup.code).toBe(0);
    const expected = openWorkspaceStore(file);
    const before = expected.load();
    expected.close();
    const damaged = Buffer.from('this is not a workspace any more');
    writeFileSync(file, damaged);

    const result = await runIn(temp.dir, ['restore', '--db', 'plan.coopfolio', '--lang', 'en']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Restored from the backup');
    const store = openWorkspaceStore(file);
    expect(store.load()).toEqual(before);
    store.close();
    const aside = readdirSync(temp.dir).find((name) => name.startsWith('plan.refused-'));
    expect(aside).toBeDefined();
    expect(readFileSync(join(temp.dir, aside!)).equals(damaged)).toBe(true);
  });

  it('changes nothing and says so when there is no backup', async () => {
    const file = writeWorkspaceFile(temp.dir, 'alone.coopfolio');
    const bytes = readFileSync(file);
    const result = await runIn(temp.dir, ['restore', '--db', 'alone.coopfolio', '--lang', 'nl']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Er is geen bruikbare reservekopie van');
    expect(result.stderr).toContain('backups');
    expect(readFileSync(file).equals(bytes)).toBe(true);
  });
});
