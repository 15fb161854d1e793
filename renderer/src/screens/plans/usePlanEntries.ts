import { useState } from 'react';
import type { PlanJson } from '../../../../src/model/plan';
import { useWorkspace } from '../../state/workspaceContext';
import type { PlanSaver } from './builder/usePlanSaver';

/** Which entry the editor is open on: an index, or null for a new one. */
export type EntryEditing = { index: number | null } | null;

/**
 * The state of a plan section made of entries (awards, impact lines) changed through the
 * builder's saver: which entry is being edited, and removal with what follows it.
 */
export function usePlanEntries(saver: PlanSaver, titleId: string) {
  const { announce } = useWorkspace();
  const [editing, setEditing] = useState<EntryEditing>(null);

  const remove = async (change: (plan: PlanJson) => PlanJson, removedText: string) => {
    const result = await saver.save(change);
    if (result.ok) announce('success', removedText);
    else announce('error', result.error.message);
    // The row and its buttons are gone; the section's heading is the nearest place to resume.
    document.getElementById(titleId)?.focus();
  };

  return {
    editing,
    edit: (index: number) => setEditing({ index }),
    add: () => setEditing({ index: null }),
    close: () => setEditing(null),
    remove: (change: (plan: PlanJson) => PlanJson, removedText: string) => void remove(change, removedText),
  };
}
