import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { Workspace } from '../../src/model/workspace';
import {
  freshDemoPath,
  openStartupWorkspace,
  TEAM_WORKSPACE,
  workspaceArgument,
  type RecoveryChoice,
  type StartupDeps,
} from '../../electron/workspace-location';
import { emptyWorkspace } from '../../electron/new-workspace';
import type { BackupOffer } from '../../electron/backup-recovery';

const USER_DATA = '/users/ada/.config/Coopfolio';
const DEMO = join(USER_DATA, 'demo.coopfolio');
const demo = emptyWorkspace('nl', 2026);

/** A fake file system of names plus a session that fails for the paths in `broken`. */
function setup(
  options: {
    files?: string[];
    broken?: string[];
    last?: string | null;
    answer?: RecoveryChoice;
    teamOpens?: boolean;
    backup?: BackupOffer;
    restoreFails?: boolean;
  } = {},
) {
  const files = new Set(options.files ?? []);
  const broken = new Set(options.broken ?? []);
  const session = {
    open: vi.fn((path: string) => {
      if (!files.has(path)) throw new Error(`not found: ${path}`);
      if (broken.has(path)) throw new Error(`corrupt: ${path}`);
    }),
    create: vi.fn((path: string, _workspace: Workspace) => {
      if (files.has(path)) throw new Error('would overwrite');
      files.add(path);
    }),
  };
  const deps: StartupDeps = {
    session,
    userDataDir: USER_DATA,
    exists: (path) => files.has(path),
    loadDemo: () => demo,
    lastUsed: () => options.last ?? null,
    remember: vi.fn(),
    describeError: (error) => (error instanceof Error ? error.message : String(error)),
    askRecovery: vi.fn(async () => options.answer ?? 'demo'),
    openTeam: vi.fn(async () => options.teamOpens ?? false),
    recovery: {
      offer: vi.fn(() => options.backup ?? null),
      restore: vi.fn((path: string) => {
        if (options.restoreFails) throw new Error('no space left');
        broken.delete(path);
      }),
    },
    showRestoreFailed: vi.fn(async () => undefined),
  };
  return { deps, session, files };
}

describe('startup workspace', () => {
  it('copies the demo into the user data folder on first run', async () => {
    const { deps, session } = setup();
    await expect(openStartupWorkspace(deps, null)).resolves.toBe(DEMO);
    expect(session.create).toHaveBeenCalledWith(DEMO, demo);
    expect(deps.remember).toHaveBeenCalledWith(DEMO);
  });

  it('reopens the existing demo instead of recreating it', async () => {
    const { deps, session } = setup({ files: [DEMO] });
    await expect(openStartupWorkspace(deps, null)).resolves.toBe(DEMO);
    expect(session.create).not.toHaveBeenCalled();
    expect(session.open).toHaveBeenCalledWith(DEMO);
  });

  it('reopens the last used file on later runs', async () => {
    const { deps, session } = setup({ files: ['/work/plan.coopfolio'], last: '/work/plan.coopfolio' });
    await expect(openStartupWorkspace(deps, null)).resolves.toBe('/work/plan.coopfolio');
    expect(session.open).toHaveBeenCalledWith('/work/plan.coopfolio');
    expect(deps.askRecovery).not.toHaveBeenCalled();
  });

  it('prefers a file passed at launch over the last used one', async () => {
    const { deps } = setup({ files: ['/a.coopfolio', '/b.coopfolio'], last: '/a.coopfolio' });
    await expect(openStartupWorkspace(deps, '/b.coopfolio')).resolves.toBe('/b.coopfolio');
  });

  it('explains a failed open with the storage message and offers the demo as the safe default', async () => {
    const { deps, session, files } = setup({
      files: ['/work/plan.coopfolio'],
      broken: ['/work/plan.coopfolio'],
      last: '/work/plan.coopfolio',
    });
    await expect(openStartupWorkspace(deps, null)).resolves.toBe(DEMO);
    expect(deps.askRecovery).toHaveBeenCalledWith(
      '/work/plan.coopfolio',
      'corrupt: /work/plan.coopfolio',
      null,
    );
    // The broken file is still there: nothing was deleted or overwritten.
    expect(files.has('/work/plan.coopfolio')).toBe(true);
    expect(session.create).not.toHaveBeenCalledWith('/work/plan.coopfolio', expect.anything());
  });

  it('offers the backup of a damaged last file, and restores and opens it when chosen', async () => {
    const backup = { fileName: 'plan-2026-11-27T09-15-00-000Z.coopfolio', savedAt: new Date() };
    const plan = '/work/plan.coopfolio';
    const { deps, session } = setup({ files: [plan], broken: [plan], last: plan, answer: 'restore', backup });
    await expect(openStartupWorkspace(deps, null)).resolves.toBe(plan);
    expect(deps.askRecovery).toHaveBeenCalledWith(plan, `corrupt: ${plan}`, backup);
    expect(deps.recovery.restore).toHaveBeenCalledWith(plan);
    expect(deps.remember).toHaveBeenCalledWith(plan);
    expect(session.create).not.toHaveBeenCalled();
  });

  it('opens the demo after saying why when the chosen restore fails', async () => {
    const backup = { fileName: 'plan-2026-11-27T09-15-00-000Z.coopfolio', savedAt: new Date() };
    const plan = '/work/plan.coopfolio';
    const { deps } = setup({
      files: [plan],
      broken: [plan],
      last: plan,
      answer: 'restore',
      backup,
      restoreFails: true,
    });
    await expect(openStartupWorkspace(deps, null)).resolves.toBe(DEMO);
    expect(deps.showRestoreFailed).toHaveBeenCalledWith('no space left');
  });

  it('opens nothing and creates nothing when the user chooses to quit', async () => {
    const { deps, session } = setup({
      files: ['/w.coopfolio'],
      broken: ['/w.coopfolio'],
      last: '/w.coopfolio',
      answer: 'quit',
    });
    await expect(openStartupWorkspace(deps, null)).resolves.toBeNull();
    expect(session.create).not.toHaveBeenCalled();
  });

  it('opens a team workspace instead when the user chooses one, and creates nothing', async () => {
    const { deps, session } = setup({
      files: ['/w.coopfolio'],
      broken: ['/w.coopfolio'],
      last: '/w.coopfolio',
      answer: 'team',
      teamOpens: true,
    });
    await expect(openStartupWorkspace(deps, null)).resolves.toBe(TEAM_WORKSPACE);
    expect(deps.openTeam).toHaveBeenCalledOnce();
    expect(session.create).not.toHaveBeenCalled();
    expect(deps.remember).not.toHaveBeenCalled();
  });

  it('opens the demo when the team prompt is cancelled or its server fails', async () => {
    const { deps } = setup({
      files: ['/w.coopfolio'],
      broken: ['/w.coopfolio'],
      last: '/w.coopfolio',
      answer: 'team',
      teamOpens: false,
    });
    await expect(openStartupWorkspace(deps, null)).resolves.toBe(DEMO);
    expect(deps.openTeam).toHaveBeenCalledOnce();
  });

  it('leaves a broken demo alone and starts a fresh copy beside it', async () => {
    const { deps, session } = setup({ files: [DEMO], broken: [DEMO] });
    const opened = await openStartupWorkspace(deps, null);
    expect(opened).toBe(join(USER_DATA, 'demo-2.coopfolio'));
    expect(session.create).toHaveBeenCalledWith(opened, demo);
    expect(session.create).not.toHaveBeenCalledWith(DEMO, expect.anything());
  });

  it('picks the first free demo name', () => {
    const taken = new Set([join(USER_DATA, 'demo-2.coopfolio'), join(USER_DATA, 'demo-3.coopfolio')]);
    expect(freshDemoPath(USER_DATA, (path) => taken.has(path))).toBe(join(USER_DATA, 'demo-4.coopfolio'));
  });
});

describe('launch arguments', () => {
  it('finds a double-clicked workspace file, resolved against the working folder', () => {
    expect(workspaceArgument(['.', 'plan.coopfolio'], '/home/a')).toBe('/home/a/plan.coopfolio');
    expect(workspaceArgument(['/x/PLAN.COOPFOLIO'], '/home/a')).toBe('/x/PLAN.COOPFOLIO');
  });

  it('ignores flags and other files', () => {
    expect(workspaceArgument(['--inspect=9229', '.', 'notes.json', '--x=a.coopfolio'], '/')).toBeNull();
  });
});
