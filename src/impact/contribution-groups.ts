import { PARTNERSHIPS, SECTORS, type Cooperative } from '../model/cooperative';
import type { Plan } from '../model/plan';
import type { ContributionGroupKind } from './contribution-types';
import { PORTFOLIO_KEY } from './contribution-types';

/** One group of the scenario's plans: the portfolio, a cooperative, a district, a sector or a partnership form. */
export interface ContributionGroup {
  kind: ContributionGroupKind;
  key: string;
  /** Indices into the scenario's plans (priority order), ascending. */
  plans: number[];
}

/** The kinds that split the portfolio into parts; each plan is in exactly one group of each. */
export const PARTITION_KINDS = ['cooperative', 'district', 'sector', 'partnership'] as const;
export type PartitionKind = (typeof PARTITION_KINDS)[number];

/** A plan's group key of one kind: its cooperative's id, district ('' for none), sector or partnership form. */
function keyOf(kind: PartitionKind, cooperative: Cooperative): string {
  switch (kind) {
    case 'cooperative':
      return cooperative.id;
    case 'district':
      return cooperative.district?.trim() ?? '';
    case 'sector':
      return cooperative.sector;
    case 'partnership':
      return cooperative.partnership;
    default: {
      const never: never = kind;
      throw new Error(`unknown group kind ${String(never)}`);
    }
  }
}

/**
 * The order groups are listed in: cooperatives as the workspace lists them, districts
 * alphabetically with "none" ('') last, sectors and partnership forms in the model's order.
 */
function orderOf(
  kind: PartitionKind,
  cooperatives: readonly Cooperative[],
): (a: string, b: string) => number {
  const rank = (list: readonly string[]) => (a: string, b: string) => list.indexOf(a) - list.indexOf(b);
  switch (kind) {
    case 'cooperative':
      return rank(cooperatives.map((c) => c.id));
    case 'district':
      return (a, b) => (a === '' ? 1 : 0) - (b === '' ? 1 : 0) || a.localeCompare(b, 'nl');
    case 'sector':
      return rank(SECTORS);
    case 'partnership':
      return rank(PARTNERSHIPS);
    default: {
      const never: never = kind;
      throw new Error(`unknown group kind ${String(never)}`);
    }
  }
}

/**
 * The portfolio and its parts: per kind, one group per key that at least one of the
 * scenario's plans has. Every plan is in the portfolio and in exactly one group of each
 * partition kind, which is why the parts of a kind add up to the portfolio.
 */
export function contributionGroups(
  plans: readonly Plan[],
  cooperatives: readonly Cooperative[],
): { portfolio: ContributionGroup; partitions: Record<PartitionKind, ContributionGroup[]> } {
  const byId = new Map(cooperatives.map((c) => [c.id, c]));
  const cooperativeOf = plans.map((plan) => {
    const cooperative = byId.get(plan.cooperativeId);
    if (cooperative === undefined)
      throw new Error(`plan ${plan.id}: cooperative ${plan.cooperativeId} not found`);
    return cooperative;
  });
  const partition = (kind: PartitionKind): ContributionGroup[] => {
    const members = new Map<string, number[]>();
    cooperativeOf.forEach((cooperative, p) => {
      const key = keyOf(kind, cooperative);
      members.set(key, [...(members.get(key) ?? []), p]);
    });
    return [...members.keys()]
      .sort(orderOf(kind, cooperatives))
      .map((key) => ({ kind, key, plans: members.get(key)! }));
  };
  return {
    portfolio: { kind: 'portfolio', key: PORTFOLIO_KEY, plans: plans.map((_, p) => p) },
    partitions: {
      cooperative: partition('cooperative'),
      district: partition('district'),
      sector: partition('sector'),
      partnership: partition('partnership'),
    },
  };
}
