import { useCallback, useState, type ReactNode } from 'react';
import { ConflictDialog, type Conflict, type ConflictChoice } from '../screens/conflict/ConflictDialog';

interface Pending {
  conflict: Conflict;
  resolve: (choice: ConflictChoice) => void;
}

/**
 * Asking the user about a stale write: `ask` shows the conflict dialog and resolves with
 * their choice; `dialog` is the element to render (null while nothing is asked).
 */
export function useConflicts(): { ask: (conflict: Conflict) => Promise<ConflictChoice>; dialog: ReactNode } {
  const [pending, setPending] = useState<Pending | null>(null);
  const ask = useCallback(
    (conflict: Conflict) =>
      new Promise<ConflictChoice>((resolve) => {
        setPending({ conflict, resolve });
      }),
    [],
  );
  const dialog =
    pending === null ? null : (
      <ConflictDialog
        conflict={pending.conflict}
        onChoose={(choice) => {
          setPending(null);
          pending.resolve(choice);
        }}
      />
    );
  return { ask, dialog };
}
