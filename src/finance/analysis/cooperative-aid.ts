import type { z } from 'zod';
import type { sgeiDeMinimisSchema } from './cooperative-schema';
import { asCents } from '../../model/money';
import type { Plan } from '../../model/plan';
import type { Workspace } from '../../model/workspace';
import { worstAidWindow, type AidAmount } from '../metrics/deMinimis';
import { ratioOrNull } from '../metrics/rounding';
import { euros } from './euros';

export type SgeiDeMinimisInEuros = z.infer<typeof sgeiDeMinimisSchema>;

/**
 * SGEI de minimis room of a cooperative entrusted with a service of general economic
 * interest (Reg. (EU) 2023/2832): general and SGEI aid together, prior and from the
 * blend (allocations and guarantees) at gross grant equivalent, against the SGEI ceiling, in the worst rolling
 * window the plans' years touch. The same windows as `deMinimisHeadroom` (general aid
 * only); the blend's own check (check-aid.ts, rule sgeiDeMinimis) counts the same aid.
 * Null for a cooperative without SGEI entrustment or without plans.
 */
export function sgeiDeMinimisHeadroom(
  workspace: Workspace,
  cooperativeId: string,
  plans: readonly Plan[],
  allocations: readonly AidAmount[],
): SgeiDeMinimisInEuros | null {
  const cooperative = workspace.cooperatives.find((c) => c.id === cooperativeId);
  const own = plans.filter((p) => p.cooperativeId === cooperativeId);
  if (cooperative === undefined || !cooperative.sgei || own.length === 0) return null;
  const { sgeiCeiling: ceiling, periodYears } = workspace.settings.deMinimis;

  // SGEI and general aid together, prior and from the blend.
  const worst = worstAidWindow(workspace, cooperative, own, allocations, {
    prior: () => true,
    stream: () => true,
  });
  const used = Math.round(worst.priorAid + worst.blendAid);
  return {
    ceiling: euros(ceiling),
    periodYears,
    window: { first: worst.first, last: worst.first + periodYears - 1 },
    priorAid: euros(asCents(worst.priorAid)),
    blendAid: euros(asCents(Math.round(worst.blendAid))),
    used: euros(asCents(used)),
    headroom: euros(asCents(ceiling - used)),
    usedShare: ratioOrNull(used, ceiling),
    warning: used * 5 >= ceiling * 4,
  };
}
