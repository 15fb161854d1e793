import type { MessageBoxOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import type { Result } from '../../src/contract/result';
import type { Workspace } from '../../src/model/workspace';
import type { BackupOffer, BackupRecovery } from '../../electron/backup-recovery';
import { Dialogs, withExtension, type DialogApi } from '../../electron/dialogs';
import type { InvokeFn } from '../../electron/ipc';
import { emptyWorkspace } from '../../electron/new-workspace';
import { createWorkspaceActions, firstLines, type ActionDeps } from '../../electron/workspace-actions';

type Win = 'main-window';

/** Dialogs answer from a script; message boxes are recorded and answered with `response`. */
function fakeDialog(script: { open?: string | null; save?: string | null; response?: number }) {
  const boxes: MessageBoxOptions[] = [];
  const api: DialogApi<Win> = {
    showOpenDialog: vi.fn(async () => ({
      canceled: script.open === null,
      filePaths: script.open ? [script.open] : [],
    })),
    showSaveDialog: vi.fn(async () =>
      script.save === null
        ? { canceled: true, filePath: '' }
        : { canceled: false, filePath: script.save ?? '' },
    ),
    showMessageBox: vi.fn(async (_w: Win, options: MessageBoxOptions) => {
      boxes.push(options);
      return { response: script.response ?? 0, checkboxChecked: false };
    }),
  };
  return { api, boxes };
}

function setup(
  script: { open?: string | null; save?: string | null; response?: number },
  options: {
    existing?: string[];
    invoke?: InvokeFn;
    failOpen?: boolean;
    size?: number;
    backup?: BackupOffer;
    restoreFails?: boolean;
    /** Paths on a "network drive". */
    risky?: string[];
  } = {},
) {
  const dialog = fakeDialog(script);
  const restored = new Set<string>();
  const recovery: BackupRecovery = {
    offer: vi.fn(() => options.backup ?? null),
    restore: vi.fn((path: string) => {
      if (options.restoreFails) throw new Error('disk full');
      restored.add(path);
    }),
  };
  const existing = new Set(options.existing ?? []);
  const session = {
    path: '/docs/current.coopfolio' as string | null,
    store: () => {
      throw new Error('not in this test');
    },
    open: vi.fn((path: string) => {
      if (options.failOpen && !restored.has(path)) throw new Error(`corrupt file ${path}`);
      session.path = path;
    }),
    create: vi.fn((path: string, _workspace: Workspace) => {
      session.path = path;
    }),
    saveAs: vi.fn(async (path: string) => {
      session.path = path;
    }),
  };
  const deps: ActionDeps<Win> = {
    dialogs: new Dialogs(dialog.api, () => 'en'),
    window: () => 'main-window',
    session,
    invoke: options.invoke ?? vi.fn<InvokeFn>(async () => ({ ok: true, value: {} })),
    recent: { add: vi.fn(() => []), remove: vi.fn(() => []) },
    files: {
      exists: (path) => existing.has(path),
      size: async () => options.size ?? 100,
      readText: async () => '{"format":"coopfolio-workspace"}',
      writeText: vi.fn(async () => undefined),
    },
    lang: () => 'en',
    describeError: (error) => `storage says: ${error instanceof Error ? error.message : String(error)}`,
    emptyWorkspace: (lang) => emptyWorkspace(lang, 2026),
    recovery,
    locationWarning: (path) =>
      (options.risky ?? []).includes(path) ? `${path} is on a network drive` : null,
    notifyWorkspaceChanged: vi.fn(),
    onRecentChanged: vi.fn(),
  };
  return { deps, session, recovery, boxes: dialog.boxes, actions: createWorkspaceActions(deps) };
}

describe('open', () => {
  it('opens the chosen file, remembers it and tells the renderer', async () => {
    const { actions, deps, session } = setup({ open: '/docs/other.coopfolio' });
    await expect(actions.open()).resolves.toBe('done');
    expect(session.open).toHaveBeenCalledWith('/docs/other.coopfolio');
    expect(deps.recent.add).toHaveBeenCalledWith('/docs/other.coopfolio');
    expect(deps.notifyWorkspaceChanged).toHaveBeenCalledOnce();
  });

  it('shows the storage error and keeps the current workspace when opening fails', async () => {
    const { actions, deps, boxes } = setup(
      { open: '/docs/bad.coopfolio' },
      { failOpen: true, existing: ['/docs/bad.coopfolio'] },
    );
    await expect(actions.open()).resolves.toBe('failed');
    expect(boxes[0]).toMatchObject({
      type: 'error',
      detail: 'storage says: corrupt file /docs/bad.coopfolio',
    });
    expect(deps.notifyWorkspaceChanged).not.toHaveBeenCalled();
    expect(deps.recent.remove).not.toHaveBeenCalled();
  });

  it('drops a vanished file from the recent list', async () => {
    const { actions, deps } = setup({}, { failOpen: true });
    await expect(actions.openPath('/docs/gone.coopfolio')).resolves.toBe('failed');
    expect(deps.recent.remove).toHaveBeenCalledWith('/docs/gone.coopfolio');
  });

  it('does nothing when the dialog is cancelled', async () => {
    const { actions, session } = setup({ open: null });
    await expect(actions.open()).resolves.toBe('cancelled');
    expect(session.open).not.toHaveBeenCalled();
  });
});

describe('a network drive or sync folder', () => {
  it('asks before opening, Cancel being the default, and opens nothing on Cancel', async () => {
    const { actions, boxes, session } = setup(
      { open: '/net/plan.coopfolio', response: 0 },
      { risky: ['/net/plan.coopfolio'] },
    );
    await expect(actions.open()).resolves.toBe('cancelled');
    expect(boxes[0]).toMatchObject({
      message: 'This is a risky place for a workspace file. Continue anyway?',
      detail: '/net/plan.coopfolio is on a network drive',
      buttons: ['Cancel', 'Continue anyway'],
      defaultId: 0,
      cancelId: 0,
    });
    expect(session.open).not.toHaveBeenCalled();
  });

  it('opens when the user continues anyway', async () => {
    const { actions, session } = setup(
      { open: '/net/plan.coopfolio', response: 1 },
      { risky: ['/net/plan.coopfolio'] },
    );
    await expect(actions.open()).resolves.toBe('done');
    expect(session.open).toHaveBeenCalledWith('/net/plan.coopfolio');
  });

  it('asks before creating or saving a copy there too', async () => {
    const created = setup({ save: '/net/new.coopfolio', response: 0 }, { risky: ['/net/new.coopfolio'] });
    await expect(created.actions.newWorkspace()).resolves.toBe('cancelled');
    expect(created.session.create).not.toHaveBeenCalled();
    const copied = setup({ save: '/net/copy.coopfolio', response: 0 }, { risky: ['/net/copy.coopfolio'] });
    await expect(copied.actions.saveAs()).resolves.toBe('cancelled');
    expect(copied.session.saveAs).not.toHaveBeenCalled();
  });

  it('does not ask for a file on the computer’s own disk', async () => {
    const { actions, boxes } = setup({ open: '/docs/plan.coopfolio' }, { risky: ['/net/plan.coopfolio'] });
    await expect(actions.open()).resolves.toBe('done');
    expect(boxes).toEqual([]);
  });
});

describe('open: a damaged file with a backup', () => {
  const backup: BackupOffer = {
    fileName: 'bad-2026-11-27T09-15-00-000Z.coopfolio',
    savedAt: new Date('2026-11-27T09:15:00Z'),
  };
  const damaged = { failOpen: true, existing: ['/docs/bad.coopfolio'], backup };

  it('offers the latest backup with Cancel as the default, and changes nothing on Cancel', async () => {
    const { actions, deps, boxes, recovery, session } = setup({ response: 0 }, damaged);
    await expect(actions.openPath('/docs/bad.coopfolio')).resolves.toBe('cancelled');
    expect(recovery.offer).toHaveBeenCalledWith('/docs/bad.coopfolio', expect.any(Error));
    expect(boxes).toHaveLength(1);
    expect(boxes[0]).toMatchObject({
      message: 'The file is damaged. Put the latest backup back?',
      buttons: ['Cancel', 'Restore backup'],
      defaultId: 0,
      cancelId: 0,
    });
    // The reason, the backup's name and the promise that nothing is deleted are all in the detail.
    expect(boxes[0]?.detail).toContain('storage says: corrupt file /docs/bad.coopfolio');
    expect(boxes[0]?.detail).toContain(backup.fileName);
    expect(boxes[0]?.detail).toContain('not deleted');
    expect(recovery.restore).not.toHaveBeenCalled();
    expect(session.path).toBe('/docs/current.coopfolio');
    expect(deps.notifyWorkspaceChanged).not.toHaveBeenCalled();
  });

  it('restores and opens the file when the user chooses the backup', async () => {
    const { actions, deps, recovery, session } = setup({ response: 1 }, damaged);
    await expect(actions.openPath('/docs/bad.coopfolio')).resolves.toBe('done');
    expect(recovery.restore).toHaveBeenCalledWith('/docs/bad.coopfolio');
    expect(session.path).toBe('/docs/bad.coopfolio');
    expect(deps.recent.add).toHaveBeenCalledWith('/docs/bad.coopfolio');
    expect(deps.notifyWorkspaceChanged).toHaveBeenCalledOnce();
  });

  it('says why when the restore fails, and keeps the current workspace', async () => {
    const { actions, boxes, session } = setup({ response: 1 }, { ...damaged, restoreFails: true });
    await expect(actions.openPath('/docs/bad.coopfolio')).resolves.toBe('failed');
    expect(boxes[1]).toMatchObject({
      type: 'error',
      message: 'The backup could not be restored.',
      detail: 'storage says: disk full',
    });
    expect(session.path).toBe('/docs/current.coopfolio');
  });

  it('shows only the error when there is no backup to offer', async () => {
    const { actions, boxes } = setup({ response: 1 }, { failOpen: true, existing: ['/docs/bad.coopfolio'] });
    await expect(actions.openPath('/docs/bad.coopfolio')).resolves.toBe('failed');
    expect(boxes).toHaveLength(1);
    expect(boxes[0]).toMatchObject({ type: 'error', buttons: ['OK'] });
  });
});

describe('new workspace', () => {
  it('creates an empty workspace at the chosen path', async () => {
    const { actions, session } = setup({ save: '/docs/new' });
    await expect(actions.newWorkspace()).resolves.toBe('done');
    expect(session.create).toHaveBeenCalledWith(
      '/docs/new.coopfolio',
      expect.objectContaining({ plans: [] }),
    );
  });

  it('never creates over an existing file, even after the dialog asked', async () => {
    const { actions, session, boxes } = setup(
      { save: '/docs/keep.coopfolio' },
      { existing: ['/docs/keep.coopfolio'] },
    );
    await expect(actions.newWorkspace()).resolves.toBe('failed');
    expect(session.create).not.toHaveBeenCalled();
    expect(boxes[0]?.detail).toMatch(/already exists/);
  });
});

describe('save as', () => {
  it('copies to the new file and continues there', async () => {
    const { actions, session, deps } = setup({ save: '/docs/copy.coopfolio' });
    await expect(actions.saveAs()).resolves.toBe('done');
    expect(session.saveAs).toHaveBeenCalledWith('/docs/copy.coopfolio');
    expect(deps.notifyWorkspaceChanged).toHaveBeenCalledOnce();
  });

  it('refuses to save onto the open file', async () => {
    const { actions, session } = setup({ save: '/docs/current.coopfolio' });
    await expect(actions.saveAs()).resolves.toBe('cancelled');
    expect(session.saveAs).not.toHaveBeenCalled();
  });

  it('does not replace a file the dialog never asked about', async () => {
    const { actions, session } = setup({ save: '/docs/copy' }, { existing: ['/docs/copy.coopfolio'] });
    await expect(actions.saveAs()).resolves.toBe('cancelled');
    expect(session.saveAs).not.toHaveBeenCalled();
  });
});

describe('JSON export and import', () => {
  it('writes the exported text to the chosen file', async () => {
    const invoke = vi.fn<InvokeFn>(async () => ({
      ok: true,
      value: { text: '{}\n', fileName: 'current.json' },
    }));
    const { actions, deps } = setup({ save: '/docs/out.json' }, { invoke });
    await expect(actions.exportJson()).resolves.toBe('done');
    expect(invoke).toHaveBeenCalledWith(deps.session, 'workspace.exportJson', {}, { lang: 'en' });
    expect(deps.files.writeText).toHaveBeenCalledWith('/docs/out.json', '{}\n');
  });

  it('asks before replacing the workspace, with Cancel as the default', async () => {
    const invoke = vi.fn<InvokeFn>();
    const { actions, boxes } = setup({ open: '/docs/in.json', response: 0 }, { invoke });
    await expect(actions.importJson()).resolves.toBe('cancelled');
    expect(boxes[0]).toMatchObject({ defaultId: 0, cancelId: 0, buttons: ['Cancel', 'Replace'] });
    expect(invoke).not.toHaveBeenCalled();
  });

  it('imports after confirmation and tells the renderer', async () => {
    const invoke = vi.fn<InvokeFn>(async () => ({
      ok: true,
      value: { cooperatives: 1, fundingStreams: 1, plans: 1 },
    }));
    const { actions, deps } = setup({ open: '/docs/in.json', response: 1 }, { invoke });
    await expect(actions.importJson()).resolves.toBe('done');
    expect(invoke).toHaveBeenCalledWith(
      deps.session,
      'workspace.importJson',
      { text: '{"format":"coopfolio-workspace"}' },
      { lang: 'en' },
    );
    expect(deps.notifyWorkspaceChanged).toHaveBeenCalledOnce();
  });

  it('shows the validation problems of a refused import', async () => {
    const refused: Result<unknown> = {
      ok: false,
      error: { code: 'invalid-input', message: 'plans[0].id: is required' },
    };
    const { actions, boxes, deps } = setup(
      { open: '/docs/in.json', response: 1 },
      { invoke: vi.fn<InvokeFn>(async () => refused) },
    );
    await expect(actions.importJson()).resolves.toBe('failed');
    expect(boxes.at(-1)?.detail).toBe('plans[0].id: is required');
    expect(deps.notifyWorkspaceChanged).not.toHaveBeenCalled();
  });

  it('refuses a file over 50 MB before reading it', async () => {
    const invoke = vi.fn<InvokeFn>();
    const { actions, boxes } = setup({ open: '/docs/huge.json' }, { invoke, size: 200 * 1024 * 1024 });
    await expect(actions.importJson()).resolves.toBe('failed');
    expect(boxes[0]?.detail).toMatch(/50 MB/);
    expect(invoke).not.toHaveBeenCalled();
  });

  it('cuts a long issue list for the dialog', () => {
    const text = Array.from({ length: 40 }, (_, i) => `line ${i}`).join('\n');
    expect(firstLines(text).split('\n')).toHaveLength(26);
  });
});

describe('save dialog names', () => {
  it('adds the extension some dialogs leave off', () => {
    expect(withExtension('/a/b', 'workspace')).toEqual({ path: '/a/b.coopfolio', appended: true });
    expect(withExtension('/a/b.COOPFOLIO', 'workspace')).toEqual({ path: '/a/b.COOPFOLIO', appended: false });
    expect(withExtension('/a/b.json', 'json').appended).toBe(false);
  });
});
