import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { invoke } from '../../src/api/invoke';
import type { WorkspaceInfo } from '../../src/contract/operations';
import { createSession } from '../../src/api/session';
import { makeTempDir } from '../helpers/temp-dir';
import { writeWorkspaceFile } from '../helpers/workspace-file';

let temp: ReturnType<typeof makeTempDir>;
afterEach(() => temp.cleanup());

async function infoOf(dir: string, lang: 'nl' | 'en'): Promise<WorkspaceInfo> {
  const session = createSession();
  const file = join(dir, 'plan.coopfolio');
  session.open(existsSync(file) ? file : writeWorkspaceFile(dir, 'plan.coopfolio'));
  try {
    const result = await invoke(session, 'workspace.info', {}, { lang });
    if (!result.ok) throw new Error(result.error.message);
    return result.value as WorkspaceInfo;
  } finally {
    session.close();
  }
}

describe('workspace.info on a risky location', () => {
  it('warns, in the caller’s language, when the workspace is in a sync folder', async () => {
    temp = makeTempDir();
    const synced = join(temp.dir, 'Dropbox', 'coops');
    mkdirSync(synced, { recursive: true });
    const nl = await infoOf(synced, 'nl');
    expect(nl.locationRisk?.kind).toBe('sync');
    expect(nl.locationRisk?.message).toContain(
      '"plan.coopfolio" staat in een map die Dropbox synchroniseert',
    );
    const en = await infoOf(synced, 'en');
    expect(en.locationRisk?.message).toContain('Dropbox synchronises');
  });

  it('says nothing for a folder on this computer’s own disk', async () => {
    temp = makeTempDir();
    expect((await infoOf(temp.dir, 'en')).locationRisk).toBeNull();
  });
});
