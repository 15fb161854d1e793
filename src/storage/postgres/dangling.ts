/**
 * The references the workspace file's foreign keys enforce, checked in memory: the team
 * database keeps each record as one JSON body, so nothing in SQL stops a plan from naming
 * a cooperative that is not there. A write whose record names a missing one is refused
 * as `constraint`, as the file refuses it. (What refers TO a record is `in-use`, checked
 * before a delete with ../references.ts.)
 */
import type { Cooperative, FundingStream, Indicator, Plan, Procurement, Scenario } from '../../model';
import { storageError } from '../errors';

/** The ids of each list as the write leaves them. */
export interface KnownIds {
  cooperative: ReadonlySet<string>;
  fundingStream: ReadonlySet<string>;
  plan: ReadonlySet<string>;
  indicator: ReadonlySet<string>;
}

/** One missing target: which kind the record names, and the id it names. */
interface Missing {
  missing: keyof KnownIds | 'costLine';
  missingId: string;
}

function first(
  kind: Missing['missing'],
  ids: Iterable<string>,
  known: ReadonlySet<string>,
): Missing | undefined {
  for (const id of ids) if (!known.has(id)) return { missing: kind, missingId: id };
  return undefined;
}

function planTargets(plan: Plan, known: KnownIds): Missing | undefined {
  const costs = new Set(plan.costs.map((cost) => cost.id));
  return (
    first('cooperative', [plan.cooperativeId], known.cooperative) ??
    first(
      'fundingStream',
      plan.locked.map((lock) => lock.streamId),
      known.fundingStream,
    ) ??
    first(
      'costLine',
      plan.locked.map((lock) => lock.costId),
      costs,
    ) ??
    first(
      'fundingStream',
      plan.awards.map((award) => award.streamId),
      known.fundingStream,
    ) ??
    first(
      'indicator',
      plan.impacts.map((impact) => impact.indicatorId),
      known.indicator,
    )
  );
}

function scenarioTargets(scenario: Scenario, known: KnownIds): Missing | undefined {
  return (
    first('plan', scenario.plans, known.plan) ??
    first('fundingStream', Object.keys(scenario.streamFactors), known.fundingStream) ??
    first('indicator', Object.keys(scenario.indicatorOverrides), known.indicator)
  );
}

function procurementTargets(procurement: Procurement, known: KnownIds): Missing | undefined {
  return (
    first(
      'cooperative',
      procurement.contracts.map((contract) => contract.cooperativeId),
      known.cooperative,
    ) ??
    first(
      'plan',
      procurement.contracts.flatMap((contract) => (contract.planId === undefined ? [] : [contract.planId])),
      known.plan,
    )
  );
}

export type Referring =
  | { entity: 'cooperative'; item: Cooperative }
  | { entity: 'fundingStream'; item: FundingStream }
  | { entity: 'plan'; item: Plan }
  | { entity: 'indicator'; item: Indicator }
  | { entity: 'scenario'; item: Scenario }
  | { entity: 'procurement'; item: Procurement };

function missingTarget(record: Referring, known: KnownIds): Missing | undefined {
  switch (record.entity) {
    case 'plan':
      return planTargets(record.item, known);
    case 'scenario':
      return scenarioTargets(record.item, known);
    case 'procurement':
      return procurementTargets(record.item, known);
    case 'fundingStream':
      return first('fundingStream', record.item.guarantee?.backs ?? [], known.fundingStream);
    case 'cooperative':
    case 'indicator':
      return undefined;
    default: {
      const never: never = record;
      return never;
    }
  }
}

/** Throws `constraint` (naming the record and what it names) when `record` refers to a missing one. */
export function refuseDangling(location: string, record: Referring, id: string, known: KnownIds): void {
  const missing = missingTarget(record, known);
  if (missing !== undefined) {
    throw storageError('constraint', location, {
      entity: record.entity,
      id,
      reason: 'reference',
      ...missing,
    });
  }
}
