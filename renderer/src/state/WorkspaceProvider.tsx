import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError, Result } from '../../../src/contract/result';
import { api, useWorkspaceChanged } from '../api';
import {
  afterRedo,
  afterUndo,
  emptyStack,
  nextRedo,
  nextUndo,
  pushCommand,
  type CommandStack,
} from '../domain/commandStack';
import { commandFor, isNoOpEdit, type Command, type Edit } from '../domain/commands';
import { loadWorkspace, type WorkspaceData } from './loadWorkspace';
import { runEdit } from './runEdit';
import {
  WorkspaceContext,
  type LoadState,
  type Notice,
  type WorkspaceContextValue,
} from './workspaceContext';

export function WorkspaceProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const [load, setLoad] = useState<LoadState>({ status: 'loading' });
  const [refreshError, setRefreshError] = useState<ApiError | null>(null);
  const [stack, setStack] = useState<CommandStack<Command>>(emptyStack);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(null);
  const reloadSeq = useRef(0);
  const noticeSeq = useRef(0);

  const announce = useCallback((kind: Notice['kind'], text: string) => {
    noticeSeq.current += 1;
    setNotice({ id: noticeSeq.current, kind, text });
  }, []);

  const apply = useCallback((seq: number, result: Result<WorkspaceData>) => {
    // Only the newest reload may write its answer; an older one can arrive later.
    if (seq !== reloadSeq.current) return;
    if (result.ok) {
      setLoad({ status: 'ready', data: result.value });
      setRefreshError(null);
    } else {
      setLoad((previous) =>
        previous.status === 'ready' ? previous : { status: 'failed', error: result.error },
      );
      setRefreshError(result.error);
    }
  }, []);

  const reload = useCallback(async () => {
    reloadSeq.current += 1;
    const seq = reloadSeq.current;
    apply(seq, await loadWorkspace(api));
  }, [apply]);

  useEffect(() => {
    reloadSeq.current += 1;
    const seq = reloadSeq.current;
    void loadWorkspace(api).then((result) => apply(seq, result));
  }, [apply]);

  useWorkspaceChanged(() => {
    // Another file is open now: its history is not this one's.
    setStack(emptyStack());
    void reload();
  });

  const perform = useCallback(
    async (edit: Edit): Promise<Result<Command>> => {
      // Saving an unchanged form must not leave an undo step that does nothing.
      if (
        edit.op !== 'cooperatives.delete' &&
        edit.op !== 'fundingStreams.delete' &&
        edit.op !== 'plans.delete' &&
        edit.op !== 'scenarios.delete' &&
        edit.op !== 'indicators.delete' &&
        isNoOpEdit(edit)
      ) {
        return { ok: true, value: commandFor(edit) };
      }
      const result = await runEdit(api, edit);
      if (!result.ok) return result;
      const command = commandFor(result.value);
      setStack((current) => pushCommand(current, command));
      await reload();
      return { ok: true, value: command };
    },
    [reload],
  );

  const step = useCallback(
    async (direction: 'undo' | 'redo') => {
      const command = direction === 'undo' ? nextUndo(stack) : nextRedo(stack);
      if (command === undefined || busy) return;
      setBusy(true);
      const result = await runEdit(api, direction === 'undo' ? command.undo : command.redo);
      const action = t(`history.${command.label.op}`, { name: command.label.name });
      if (result.ok) {
        setStack((current) => (direction === 'undo' ? afterUndo(current) : afterRedo(current)));
        announce('success', t(direction === 'undo' ? 'history.undone' : 'history.redone', { action }));
      } else {
        announce('error', t('history.failed', { action, message: result.error.message }));
      }
      await reload();
      setBusy(false);
    },
    [stack, busy, reload, announce, t],
  );

  const value = useMemo<WorkspaceContextValue>(
    () => ({
      load,
      refreshError,
      reload,
      perform,
      history: {
        undoLabel: nextUndo(stack)?.label ?? null,
        redoLabel: nextRedo(stack)?.label ?? null,
        busy,
      },
      undo: () => step('undo'),
      redo: () => step('redo'),
      clearHistory: () => setStack(emptyStack()),
      notice,
      announce,
    }),
    [load, refreshError, reload, perform, stack, busy, step, notice, announce],
  );

  return <WorkspaceContext.Provider value={value}>{children}</WorkspaceContext.Provider>;
}
