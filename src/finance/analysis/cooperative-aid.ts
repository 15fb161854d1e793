import type { z } from 'zod';
import type { sgeiDeMinimisSchema } from '../../api/cooperative-operations';
import { asCents } from '../../model/money';
import type { Plan } from '../../model/plan';
import type { Workspace } from '../../model/workspace';
import { planLastYear, streamById } from '../cashflow';
import type { AidAmount } from '../metrics/deMinimis';
import { ratioOrNull } from '../metrics/rounding';
import { aidPerEuro } from '../state-aid';
import { euros } from './euros';

export type SgeiDeMinimisInEuros = z.infer<typeof sgeiDeMinimisSchema>;

function add(map: Map<number, number>, year: number, value: number): void {
  map.set(year, (map.get(year) ?? 0) + value);
}

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

  const prior = new Map<number, number>();
  for (const aid of cooperative.priorStateAid) add(prior, aid.year, aid.amount);
  const blend = new Map<number, number>();
  const touched = new Set<number>();
  for (const plan of own) {
    for (let year = plan.startYear; year <= planLastYear(plan); year++) touched.add(year);
    for (const a of allocations) {
      if (a.planId !== plan.id) continue;
      const weight = aidPerEuro(streamById(workspace, a.streamId), workspace.settings.deMinimis);
      if (weight <= 0) continue;
      add(blend, a.year, a.amount * weight);
      touched.add(a.year);
    }
  }

  const sumIn = (map: ReadonlyMap<number, number>, first: number) => {
    let total = 0;
    for (let year = first; year < first + periodYears; year++) total += map.get(year) ?? 0;
    return total;
  };
  let worst: { first: number; priorAid: number; blendAid: number } | undefined;
  for (let first = Math.min(...touched) - periodYears + 1; first <= Math.max(...touched); first++) {
    let touches = false;
    for (let year = first; year < first + periodYears && !touches; year++) touches = touched.has(year);
    if (!touches) continue;
    const priorAid = sumIn(prior, first);
    const blendAid = sumIn(blend, first);
    if (worst === undefined || priorAid + blendAid > worst.priorAid + worst.blendAid)
      worst = { first, priorAid, blendAid };
  }
  // `touched` holds at least the first plan's start year, so some window always touches it.
  if (worst === undefined) throw new Error('No de minimis window touches the plans');
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
