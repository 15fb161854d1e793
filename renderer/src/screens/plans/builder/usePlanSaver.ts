import { useRef, useState } from 'react';
import type { Result } from '../../../../../src/contract/result';
import type { PlanJson } from '../../../../../src/model/plan';
import { planUpdate, type Command } from '../../../domain/commands';
import { useWorkspace } from '../../../state/workspaceContext';

export interface PlanSaver {
  /** The plan as the builder shows it: the stored one with the changes still being saved. */
  shown: PlanJson;
  /** Changes are on their way to the host. */
  saving: boolean;
  /**
   * Saves `change` applied to the plan as shown, as one undoable step. Resolves when
   * stored (or refused). `basis`: the plan a form's draft was made against (opened
   * earlier); the save expects its version, so a colleague's change since meets the
   * conflict dialog instead of being written over. Without it, the plan as shown.
   */
  save: (change: (plan: PlanJson) => PlanJson, basis?: PlanJson) => Promise<Result<Command>>;
}

/**
 * Saves the builder's changes one after another. Each change is applied to the plan
 * including the changes still being saved, so typing into the next cell before the
 * previous one is stored never loses either; the host sees them in order. A refused
 * change drops what was shown optimistically: the screen returns to the stored plan.
 */
export function usePlanSaver(stored: PlanJson): PlanSaver {
  const { perform } = useWorkspace();
  const [optimistic, setOptimistic] = useState<PlanJson | null>(null);
  const latest = useRef<PlanJson | null>(null);
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const inFlight = useRef(0);

  const save = (change: (plan: PlanJson) => PlanJson, basis?: PlanJson): Promise<Result<Command>> => {
    const current = latest.current ?? stored;
    const next = change(current);
    latest.current = next;
    setOptimistic(next);
    inFlight.current += 1;
    const done = queue.current.then(() => perform(planUpdate(next, basis ?? current)));
    queue.current = done;
    return done.then((result) => {
      inFlight.current -= 1;
      // Once nothing is outstanding, the reloaded workspace holds every change (or the refusal's state).
      if (!result.ok || inFlight.current === 0) {
        latest.current = null;
        setOptimistic(null);
      }
      return result;
    });
  };

  return { shown: optimistic ?? stored, saving: optimistic !== null, save };
}
