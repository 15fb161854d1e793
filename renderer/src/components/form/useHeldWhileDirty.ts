import { useState } from 'react';

/**
 * What a section form (settings, procurement) starts from: what is stored, except while
 * the user has unsaved changes. Then it stays what the form started from, so a reload
 * (a colleague's change arriving live, docs/team.md) neither wipes the draft nor moves
 * the version a save expects: saving over a colleague's change still asks first.
 */
export function useHeldWhileDirty<T>(stored: T): { value: T; onDirtyChange: (dirty: boolean) => void } {
  const [dirty, setDirty] = useState(false);
  const [held, setHeld] = useState(stored);
  // Following what is stored while clean, so the moment it turns dirty the right value is held.
  if (!dirty && held !== stored) setHeld(stored);
  return { value: dirty ? held : stored, onDirtyChange: setDirty };
}
