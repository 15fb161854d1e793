import { useMemo } from 'react';
import { nameById } from '../../../domain/plans';
import type { WorkspaceData } from '../../../state/loadWorkspace';

export interface PlanNames {
  stream: (id: string) => string;
  plan: (id: string) => string;
}

type NameList = [id: string, name: string][];

/**
 * The names of streams and plans, the same object for as long as the names stay the
 * same. Every reload of the workspace brings new arrays; a new object each time would
 * redraw the builder's charts after every save for nothing.
 */
export function usePlanNames(data: WorkspaceData): PlanNames {
  const key = JSON.stringify([
    data.streams.map((stream) => [stream.id, stream.name]),
    data.plans.map((plan) => [plan.id, plan.name]),
  ]);
  return useMemo(() => {
    const [streams, plans] = JSON.parse(key) as [NameList, NameList];
    return {
      stream: nameById(
        streams.map(([id, name]) => ({ id, name })),
        (s) => s.name,
      ),
      plan: nameById(
        plans.map(([id, name]) => ({ id, name })),
        (p) => p.name,
      ),
    };
  }, [key]);
}
