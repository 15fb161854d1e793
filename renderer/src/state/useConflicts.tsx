import { useCallback, useRef, useState, type ReactNode } from 'react';
import { ConflictDialog, type Conflict, type ConflictChoice } from '../screens/conflict/ConflictDialog';

interface Pending {
  /** Counts the questions, so a newer one gets a fresh dialog. */
  id: number;
  conflict: Conflict;
  resolve: (choice: ConflictChoice) => void;
}

/**
 * Asking the user about a stale write: `ask` shows the conflict dialog and resolves with
 * their choice; `dialog` is the element to render (null while nothing is asked). One
 * question at a time: a newer one answers an open one with `reload` (nothing of it is
 * written), so no caller waits forever.
 */
export function useConflicts(): { ask: (conflict: Conflict) => Promise<ConflictChoice>; dialog: ReactNode } {
  const [pending, setPending] = useState<Pending | null>(null);
  const open = useRef<Pending | null>(null);
  const asked = useRef(0);
  const ask = useCallback(
    (conflict: Conflict) =>
      new Promise<ConflictChoice>((resolve) => {
        open.current?.resolve('reload');
        asked.current += 1;
        open.current = { id: asked.current, conflict, resolve };
        setPending(open.current);
      }),
    [],
  );
  const dialog =
    pending === null ? null : (
      <ConflictDialog
        key={pending.id}
        conflict={pending.conflict}
        onChoose={(choice) => {
          if (open.current === pending) open.current = null;
          setPending(null);
          pending.resolve(choice);
        }}
      />
    );
  return { ask, dialog };
}
