import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError, Result } from '../../../src/contract/result';
import { api, useLiveChanges, useWorkspaceChanged } from '../api';
import {
  afterRedo,
  afterUndo,
  emptyStack,
  nextRedo,
  nextUndo,
  pushCommand,
  type CommandStack,
} from '../domain/commandStack';
import { useSession } from '../session/sessionContext';
import { commandFor, isNoOpEdit, type Command, type Edit } from '../domain/commands';
import {
  expectedVersionOf,
  recordIn,
  recordKey,
  startingFrom,
  targetOf,
  writtenRecordOf,
} from './editTarget';
import { namesOf } from '../screens/conflict/fieldLabel';
import { loadWorkspace, type WorkspaceData } from './loadWorkspace';
import { runEdit, type EditDone } from './runEdit';
import { useConflicts } from './useConflicts';
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
  // The newest data loaded: the versions a user's next edit expects.
  const dataRef = useRef<WorkspaceData | null>(null);
  // The version each record got from this window's own latest write: what undo and redo expect.
  const ownVersions = useRef(new Map<string, number>());
  const { ask, dialog } = useConflicts();

  const announce = useCallback((kind: Notice['kind'], text: string) => {
    noticeSeq.current += 1;
    setNotice({ id: noticeSeq.current, kind, text });
  }, []);

  const apply = useCallback((seq: number, result: Result<WorkspaceData>) => {
    // Only the newest reload may write its answer; an older one can arrive later.
    if (seq !== reloadSeq.current) return;
    if (result.ok) {
      dataRef.current = result.value;
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
    ownVersions.current.clear();
    void reload();
  });

  // Someone else wrote on the team server: show it, as after one's own edits. Open forms
  // keep their drafts (they hold their own state) and the undo history stays.
  const team = useSession()?.user.team === true;
  useLiveChanges(team, () => void reload());

  /**
   * Sends an edit expecting `expected`. A `conflict` answer (someone wrote the record
   * since) asks the user: reload theirs (the answer stays the refusal) or write theirs
   * over with the user's, expecting the version now stored.
   */
  const write = useCallback(
    async (asked: Edit, firstExpected: number | undefined): Promise<Result<EditDone>> => {
      let edit = asked;
      let expected = firstExpected;
      // Until the host takes the edit, refuses it otherwise, or the user keeps theirs.
      for (;;) {
        const result = await runEdit(api, edit, expected);
        if (result.ok) {
          const written = writtenRecordOf(edit);
          if (written !== null) {
            if (result.value.version === undefined) ownVersions.current.delete(recordKey(written));
            else ownVersions.current.set(recordKey(written), result.value.version);
          }
          return result;
        }
        const target = targetOf(edit);
        if (result.error.code !== 'conflict' || target === null) return result;
        reloadSeq.current += 1;
        const seq = reloadSeq.current;
        const fresh = await loadWorkspace(api);
        if (!fresh.ok) {
          apply(seq, fresh);
          return result;
        }
        const seen = dataRef.current;
        const choice = await ask({
          kind: target.kind,
          names: namesOf(fresh.value),
          message: result.error.message,
          theirs: recordIn(fresh.value, target),
          mine: target.mine ?? (seen === null ? null : recordIn(seen, target)),
          deleting: target.mine === null,
        });
        apply(seq, fresh);
        if (choice === 'reload') return result;
        // Mine on top of theirs: undo then brings theirs back.
        edit = startingFrom(edit, fresh.value);
        expected = fresh.value.versions[target.kind].get(target.id);
      }
    },
    [apply, ask],
  );

  /** What an undo or redo expects: the version this window's own last write gave the record. */
  const stepVersion = useCallback((edit: Edit): number | undefined => {
    const written = writtenRecordOf(edit);
    const own = written === null ? undefined : ownVersions.current.get(recordKey(written));
    return own ?? expectedVersionOf(edit, dataRef.current?.versions);
  }, []);

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
      const result = await write(edit, expectedVersionOf(edit, dataRef.current?.versions));
      if (!result.ok) return result;
      const command = commandFor(result.value.done);
      setStack((current) => pushCommand(current, command));
      await reload();
      return { ok: true, value: command };
    },
    [reload, write],
  );

  const step = useCallback(
    async (direction: 'undo' | 'redo') => {
      const command = direction === 'undo' ? nextUndo(stack) : nextRedo(stack);
      if (command === undefined || busy) return;
      setBusy(true);
      const edit = direction === 'undo' ? command.undo : command.redo;
      const result = await write(edit, stepVersion(edit));
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
    [stack, busy, reload, announce, t, write, stepVersion],
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

  return (
    <WorkspaceContext.Provider value={value}>
      {children}
      {dialog}
    </WorkspaceContext.Provider>
  );
}
