import type { Allocation } from '../blend/types';
import { planLastYear, streamById } from '../cashflow';
import { asCents, type Cents } from '../../model/money';
import type { Plan } from '../../model/plan';
import type { Workspace } from '../../model/workspace';
import { aidPerEuro, isSgeiAidFor } from '../state-aid';
import { ratioOrNull } from './rounding';

/** An amount of aid: an allocation, or a guarantee (which counts its gross grant equivalent too). */
export type AidAmount = Pick<Allocation, 'planId' | 'streamId' | 'year' | 'amount'>;

export interface DeMinimisHeadroom {
  cooperativeId: string;
  ceiling: Cents;
  periodYears: number;
  /** The worst window (most aid; earliest on a tie) of those the plans' years touch. */
  window: { first: number; last: number };
  /** `priorStateAid` received in that window. */
  priorAid: Cents;
  /** Allocations of `stateAid` streams to the cooperative's plans in that window, as gross grant equivalent. */
  blendAid: Cents;
  used: Cents;
  /** ceiling - used; negative when the window is over the ceiling. */
  headroom: Cents;
  /** used / ceiling; null when the ceiling is 0. */
  usedShare: number | null;
  /**
   * used is 80 % of the ceiling or more: the warning level of shared/reference/facts.md
   * ("EU and Dutch rules", Reg. (EU) 2023/2831).
   */
  warning: boolean;
}

function add(map: Map<number, number>, year: number, value: number): void {
  map.set(year, (map.get(year) ?? 0) + value);
}

function sumIn(map: ReadonlyMap<number, number>, first: number, last: number): number {
  let total = 0;
  for (let year = first; year <= last; year++) total += map.get(year) ?? 0;
  return total;
}

type Cooperative = Workspace['cooperatives'][number];

/** Which aid counts against a ceiling: of the aid received before, and of the blend's streams. */
export interface CountedAid {
  prior: (aid: Cooperative['priorStateAid'][number]) => boolean;
  stream: (stream: ReturnType<typeof streamById>) => boolean;
}

/** The window of the most counted aid (earliest on a tie): its first year, prior aid and blend aid (gross grant equivalent). */
export interface AidWindow {
  first: number;
  priorAid: number;
  blendAid: number;
}

/**
 * The worst `periodYears` window of those the plans' years (or their aid's years) touch,
 * counting the aid `counted` selects: the same walk for the general and the SGEI ceiling.
 * `own` are the cooperative's plans, at least one.
 */
export function worstAidWindow(
  workspace: Workspace,
  cooperative: Cooperative,
  own: readonly Plan[],
  allocations: readonly AidAmount[],
  counted: CountedAid,
): AidWindow {
  const { periodYears } = workspace.settings.deMinimis;
  const prior = new Map<number, number>();
  for (const aid of cooperative.priorStateAid) if (counted.prior(aid)) add(prior, aid.year, aid.amount);
  const blend = new Map<number, number>();
  const touched = new Set<number>();
  for (const plan of own) {
    for (let year = plan.startYear; year <= planLastYear(plan); year++) touched.add(year);
    for (const a of allocations) {
      if (a.planId !== plan.id) continue;
      const stream = streamById(workspace, a.streamId);
      const weight = aidPerEuro(stream, workspace.settings.deMinimis);
      if (weight <= 0 || !counted.stream(stream)) continue;
      add(blend, a.year, a.amount * weight);
      touched.add(a.year);
    }
  }

  const firstTouched = Math.min(...touched);
  const lastTouched = Math.max(...touched);
  let worst: AidWindow | undefined;
  for (let first = firstTouched - periodYears + 1; first <= lastTouched; first++) {
    const last = first + periodYears - 1;
    let touches = false;
    for (let year = first; year <= last && !touches; year++) touches = touched.has(year);
    if (!touches) continue;
    const priorAid = sumIn(prior, first, last);
    const blendAid = sumIn(blend, first, last);
    if (worst === undefined || priorAid + blendAid > worst.priorAid + worst.blendAid) {
      worst = { first, priorAid, blendAid };
    }
  }
  // `touched` holds at least the first plan's start year, so some window always touches it.
  if (worst === undefined) throw new Error('No de minimis window touches the plans');
  return worst;
}

/**
 * De minimis room of one cooperative under a blend of its plans (spec rule 6). Aid
 * counts in the year of its allocation, the year the right to it is granted, at its gross
 * grant equivalent (a grant in full, a loan the interest it saves: `aidPerEuro`); SGEI aid
 * of an entrusted cooperative is left to its own ceiling (Reg. (EU) 2023/2832). The windows
 * considered are every `periodYears` window that contains a year of one of the plans
 * (or of their state-aid allocations): the rolling windows this blend can still change.
 * Plans of other cooperatives and allocations of plans not given are ignored.
 */
export function deMinimisHeadroom(
  workspace: Workspace,
  cooperativeId: string,
  plans: readonly Plan[],
  allocations: readonly AidAmount[],
): DeMinimisHeadroom {
  const cooperative = workspace.cooperatives.find((c) => c.id === cooperativeId);
  if (cooperative === undefined) throw new Error(`Unknown cooperative "${cooperativeId}"`);
  const own = plans.filter((p) => p.cooperativeId === cooperativeId);
  if (own.length === 0) throw new RangeError(`No plan of cooperative "${cooperativeId}" given`);
  const { ceiling, periodYears } = workspace.settings.deMinimis;

  // General de minimis only: SGEI aid of an entrusted cooperative has its own ceiling.
  const worst = worstAidWindow(workspace, cooperative, own, allocations, {
    prior: (aid) => !aid.sgei,
    stream: (stream) => !isSgeiAidFor(stream, cooperative),
  });

  const used = worst.priorAid + worst.blendAid;
  return {
    cooperativeId,
    ceiling,
    periodYears,
    window: { first: worst.first, last: worst.first + periodYears - 1 },
    priorAid: asCents(worst.priorAid),
    blendAid: asCents(Math.round(worst.blendAid)),
    used: asCents(Math.round(used)),
    headroom: asCents(Math.round(ceiling - used)),
    usedShare: ratioOrNull(used, ceiling),
    // 80 % in whole numbers, so a window at exactly 80 % warns without floating-point doubt.
    warning: used * 5 >= ceiling * 4,
  };
}

/** De minimis room of every cooperative that owns one of the plans, by cooperative id. */
export function deMinimisByCooperative(
  workspace: Workspace,
  plans: readonly Plan[],
  allocations: readonly AidAmount[],
): DeMinimisHeadroom[] {
  const ids = [...new Set(plans.map((p) => p.cooperativeId))].sort();
  return ids.map((id) => deMinimisHeadroom(workspace, id, plans, allocations));
}
