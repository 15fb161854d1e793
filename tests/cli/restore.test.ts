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

  it('puts a chosen backup back over a sound file and keeps that file in the backups folder', async () => {
    const file = writeWorkspaceFile(temp.dir, 'plan.coopfolio');
    expect((await runIn(temp.dir, ['backup', '--db', 'plan.coopfolio', '--lang', 'en'])).code).toBe(0);
    const [backupName] = readdirSync(join(temp.dir, 'backups'));
    const store = openWorkspaceStore(file);
    const original = store.load();
    store.updateSettings({ ...original.settings, municipality: 'Later bewerkt' });
    store.close();

    const result = await runIn(temp.dir, [
      'restore',
      '--db',
      'plan.coopfolio',
      '--from',
      join('backups', backupName ?? ''),
      '--lang',
      'en',
    ]);
    expect(result.code).toBe(0);
    const back = openWorkspaceStore(file);
    expect(back.load().settings.municipality).toBe(original.settings.municipality);
    back.close();
    const kept = readdirSync(join(temp.dir, 'backups')).find((name) => name.startsWith('plan-replaced-'));
    expect(kept).toBeDefined();
    const keptStore = openWorkspaceStore(join(temp.dir, 'backups', kept ?? ''));
    expect(keptStore.load().settings.municipality).toBe('Later bewerkt');
    keptStore.close();
  });

  it('refuses a --from that is not one of the workspace’s backups, changing nothing', async () => {
    const file = writeWorkspaceFile(temp.dir, 'plan.coopfolio');
    const other = writeWorkspaceFile(temp.dir, 'other.coopfolio');
    const bytes = readFileSync(file);
    const result = await runIn(temp.dir, [
      'restore',
      '--db',
      'plan.coopfolio',
      '--from',
      other,
      '--lang',
      'en',
    ]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('There is no usable backup of');
    expect(readFileSync(file).equals(bytes)).toBe(true);
  });
});
