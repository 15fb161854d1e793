import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { BackupEntry, BackupList } from '../../src/contract/backup-operations';
import { invoke } from '../../src/api/invoke';
import { createSession, type WorkspaceSession } from '../../src/api/session';
import { createPreferencesFile } from '../../src/prefs/preferences';
import { listBackups, WorkspaceFileError } from '../../src/storage';
import { makeTempDir } from '../helpers/temp-dir';
import { writeWorkspaceFile } from '../helpers/workspace-file';

let temp: ReturnType<typeof makeTempDir>;
let session: WorkspaceSession | null = null;
afterEach(() => {
  session?.close();
  session = null;
  temp.cleanup();
});

function sessionWithPreferences(): { session: WorkspaceSession; file: string } {
  temp = makeTempDir();
  const preferences = createPreferencesFile(join(temp.dir, 'user-data'));
  const opened = createSession({
    backups: {
      policy: () => preferences.read().backups,
      setPolicy: (policy) => preferences.setBackupPolicy(policy).backups,
    },
  });
  const file = writeWorkspaceFile(temp.dir, 'plan.coopfolio');
  opened.open(file);
  session = opened;
  return { session: opened, file };
}

describe('backups operations', () => {
  it('list the automatic backup made on open, with the policy', async () => {
    const { session, file } = sessionWithPreferences();
    await vi.waitFor(() => expect(listBackups(file)).toHaveLength(1));
    const listed = await invoke(session, 'backups.list', {}, { lang: 'nl' });
    expect(listed).toMatchObject({
      ok: true,
      value: {
        folder: join(temp.dir, 'backups'),
        policy: { keep: 10, automatic: true },
        configurable: true,
        automaticError: null,
        backups: [{ kind: 'rotating' }],
      },
    });
    if (!listed.ok) return;
    const [entry] = (listed.value as BackupList).backups;
    expect(entry?.fileName).toMatch(/^plan-\d{4}-\d\d-\d\dT.*\.coopfolio$/);
    expect(entry?.bytes).toBeGreaterThan(0);
    expect(Number.isNaN(Date.parse(entry?.savedAt ?? ''))).toBe(false);
  });

  it('make a backup now and prune to the policy’s number', async () => {
    const { session, file } = sessionWithPreferences();
    await vi.waitFor(() => expect(listBackups(file)).toHaveLength(1));
    expect(
      await invoke(session, 'backups.setPolicy', { policy: { keep: 2, automatic: true } }, { lang: 'en' }),
    ).toEqual({ ok: true, value: { keep: 2, automatic: true } });
    const removed: number[] = [];
    for (let i = 0; i < 3; i++) {
      const made = await invoke(session, 'backups.create', {}, { lang: 'en' });
      expect(made.ok).toBe(true);
      if (made.ok) {
        const value = made.value as { backup: BackupEntry; removed: number };
        expect(existsSync(join(temp.dir, 'backups', value.backup.fileName))).toBe(true);
        removed.push(value.removed);
      }
    }
    expect(listBackups(file)).toHaveLength(2);
    // The first joins the one made on open; each later one pushes the oldest out.
    expect(removed).toEqual([0, 1, 1]);
  });

  it('refuse a policy outside 1 to 100 or with unknown fields, naming the field, changing nothing', async () => {
    const { session } = sessionWithPreferences();
    for (const policy of [
      { keep: 0, automatic: true },
      { keep: 101, automatic: true },
      { keep: 2.5, automatic: true },
      { keep: 3, automatic: 'yes' },
      { keep: 3, automatic: true, __proto__: { polluted: true }, extra: 1 },
    ]) {
      const result = await invoke(session, 'backups.setPolicy', { policy }, { lang: 'en' });
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.issues?.[0]?.pathText).toMatch(/^policy\./);
    }
    const listed = await invoke(session, 'backups.list', {}, { lang: 'en' });
    expect(listed).toMatchObject({ ok: true, value: { policy: { keep: 10, automatic: true } } });
  });

  it('list the defaults but refuse a change in a host without preferences', async () => {
    temp = makeTempDir();
    const plain = createSession();
    session = plain;
    plain.open(writeWorkspaceFile(temp.dir, 'plan.coopfolio'));
    const listed = await invoke(plain, 'backups.list', {}, { lang: 'en' });
    expect(listed).toMatchObject({ ok: true, value: { configurable: false, backups: [] } });
    const set = await invoke(
      plain,
      'backups.setPolicy',
      { policy: { keep: 3, automatic: true } },
      { lang: 'en' },
    );
    expect(set).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('keeps no preferences') },
    });
  });
});

describe('a refused file and its backup', () => {
  it('answers every operation with the refusal, offers the latest usable backup and restores it', async () => {
    const { session: opened, file } = sessionWithPreferences();
    await vi.waitFor(() => expect(listBackups(file)).toHaveLength(1));
    opened.close();
    writeFileSync(file, 'damaged');
    let refusal: unknown;
    try {
      opened.open(file);
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toBeInstanceOf(WorkspaceFileError);
    opened.refuse(file, refusal as WorkspaceFileError);

    const info = await invoke(opened, 'workspace.info', {}, { lang: 'en' });
    expect(info).toMatchObject({ ok: false, error: { code: 'not-a-workspace' } });
    const offer = await invoke(opened, 'backups.offer', {}, { lang: 'nl' });
    expect(offer).toMatchObject({
      ok: true,
      value: {
        fileName: 'plan.coopfolio',
        code: 'not-a-workspace',
        backup: { fileName: expect.stringMatching(/^plan-/) },
      },
    });
    if (offer.ok) expect((offer.value as { reason: string }).reason).toContain('geen Coopfolio-werkruimte');
    expect(readFileSync(file, 'utf8')).toBe('damaged');

    const restored = await invoke(opened, 'backups.restoreLatest', {}, { lang: 'en' });
    expect(restored).toMatchObject({ ok: true, value: { keptAs: expect.stringMatching(/^plan\.refused-/) } });
    expect(await invoke(opened, 'workspace.info', {}, { lang: 'en' })).toMatchObject({ ok: true });
    expect(await invoke(opened, 'backups.offer', {}, { lang: 'en' })).toEqual({ ok: true, value: null });
  });

  it('refuses to restore when nothing was refused, changing nothing', async () => {
    const { session: opened, file } = sessionWithPreferences();
    const before = readFileSync(file);
    const result = await invoke(opened, 'backups.restoreLatest', {}, { lang: 'en' });
    expect(result).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('No file was refused') },
    });
    expect(readFileSync(file).equals(before)).toBe(true);
  });
});

describe('going back to a backup of the open workspace', () => {
  async function settingsOf(session: WorkspaceSession): Promise<string> {
    const result = await invoke(session, 'workspace.get', {}, { lang: 'en' });
    if (!result.ok) throw new Error(result.error.message);
    return (result.value as { settings: { municipality: string } }).settings.municipality;
  }

  async function rename(session: WorkspaceSession, municipality: string): Promise<void> {
    const got = await invoke(session, 'workspace.get', {}, { lang: 'en' });
    if (!got.ok) throw new Error(got.error.message);
    const settings = { ...(got.value as { settings: Record<string, unknown> }).settings, municipality };
    const saved = await invoke(session, 'settings.update', { settings }, { lang: 'en' });
    if (!saved.ok) throw new Error(saved.error.message);
  }

  it('puts the chosen backup back, keeps the current file as a backup, and that step can be undone', async () => {
    const { session: opened, file } = sessionWithPreferences();
    await vi.waitFor(() => expect(listBackups(file)).toHaveLength(1));
    const before = await settingsOf(opened);
    const [backup] = listBackups(file);
    await rename(opened, 'Na de reservekopie');

    const restored = await invoke(
      opened,
      'backups.restore',
      { fileName: basename(backup?.path ?? '') },
      { lang: 'en' },
    );
    expect(restored).toMatchObject({ ok: true, value: { keptAs: expect.stringMatching(/^plan-replaced-/) } });
    expect(await settingsOf(opened)).toBe(before);
    const listed = await invoke(opened, 'backups.list', {}, { lang: 'en' });
    expect(listed.ok && (listed.value as BackupList).backups.map((b) => b.kind)).toContain('before-replace');

    // The copy kept aside holds the edit: going back to it undoes the restore.
    const keptAs = restored.ok ? (restored.value as { keptAs: string }).keptAs : '';
    expect(await invoke(opened, 'backups.restore', { fileName: keptAs }, { lang: 'en' })).toMatchObject({
      ok: true,
    });
    expect(await settingsOf(opened)).toBe('Na de reservekopie');
  });

  it('refuses a name that is not one of this workspace’s backups, changing nothing', async () => {
    const { session: opened, file } = sessionWithPreferences();
    await vi.waitFor(() => expect(listBackups(file)).toHaveLength(1));
    const other = writeWorkspaceFile(temp.dir, 'other.coopfolio');
    for (const fileName of [
      '../plan.coopfolio',
      'plan.coopfolio',
      '/etc/passwd',
      basename(other),
      'plan-2020.coopfolio',
    ]) {
      const bytes = readFileSync(file);
      const result = await invoke(opened, 'backups.restore', { fileName }, { lang: 'en' });
      expect(result).toMatchObject({
        ok: false,
        error: { code: 'not-found', message: expect.stringContaining('no usable backup') },
      });
      expect(readFileSync(file).equals(bytes)).toBe(true);
      expect(await invoke(opened, 'workspace.info', {}, { lang: 'en' })).toMatchObject({ ok: true });
    }
  });
});
