/**
 * What still refers to a record, worked out from a workspace in memory: the lists an
 * `in-use` refusal names. The workspace file answers the same question in SQL
 * (entities.ts, `usedBy`); the team database loads the workspace and asks here.
 * tests/storage/references.test.ts checks that both give the same lists in the same order.
 */
import type { ProcurementContract, Workspace } from '../model';

/** What an `in-use` refusal adds to the entity and id: lists of what refers to it, by kind. */
export type UsedBy = Record<string, string>;

/** The entities a delete can be refused for. */
export type ReferencedEntity = 'cooperative' | 'fundingStream' | 'plan' | 'indicator' | 'scenario';

/** The non-empty lists, in the order given, each joined for the message; undefined when all are empty. */
export function listed(lists: Record<string, string[]>): UsedBy | undefined {
  const used = Object.entries(lists).filter(([, ids]) => ids.length > 0);
  return used.length === 0
    ? undefined
    : Object.fromEntries(used.map(([kind, ids]) => [kind, ids.join(', ')]));
}

/** The years of the contracts that name the cooperative or plan, ascending and once each; '' when none. */
function contractYears(workspace: Workspace, names: (contract: ProcurementContract) => boolean): string {
  const years = new Set((workspace.procurement?.contracts ?? []).filter(names).map((c) => c.year));
  return [...years].sort((a, b) => a - b).join(', ');
}

/** A municipal contract names cooperatives and plans; it is checked only when nothing else refers to them. */
function orContracts(first: UsedBy | undefined, contracts: string): UsedBy | undefined {
  if (first !== undefined) return first;
  return contracts === '' ? undefined : { contracts };
}

function ids(items: readonly { id: string }[]): string[] {
  return items.map((item) => item.id);
}

function streamReferences(workspace: Workspace, id: string): UsedBy | undefined {
  const stream = workspace.fundingStreams.find((s) => s.id === id);
  if (stream === undefined) return undefined;
  // A scenario's pooling of the stream's silo holds the stream only while no other stream has that silo.
  const siloShared = workspace.fundingStreams.some((s) => s.silo === stream.silo && s.id !== id);
  return listed({
    // Locked amounts and awards (applications, decisions) both tie a plan to the stream.
    plans: ids(
      workspace.plans.filter(
        (plan) => plan.locked.some((l) => l.streamId === id) || plan.awards.some((a) => a.streamId === id),
      ),
    ),
    scenarios: ids(
      workspace.scenarios.filter(
        (scenario) =>
          Object.hasOwn(scenario.streamFactors, id) ||
          (!siloShared && (scenario.desiloing?.silos.includes(stream.silo) ?? false)),
      ),
    ),
    guarantees: ids(workspace.fundingStreams.filter((s) => s.guarantee?.backs.includes(id) ?? false)),
  });
}

/**
 * What refers to the record `id` of `entity` in `workspace`, as an `in-use` refusal lists
 * it (each kind in the workspace's order); undefined when it may be deleted or is not there.
 */
export function referencesTo(workspace: Workspace, entity: ReferencedEntity, id: string): UsedBy | undefined {
  switch (entity) {
    case 'cooperative':
      return orContracts(
        listed({ plans: ids(workspace.plans.filter((plan) => plan.cooperativeId === id)) }),
        contractYears(workspace, (contract) => contract.cooperativeId === id),
      );
    case 'fundingStream':
      return streamReferences(workspace, id);
    case 'plan':
      return orContracts(
        listed({ scenarios: ids(workspace.scenarios.filter((scenario) => scenario.plans.includes(id))) }),
        contractYears(workspace, (contract) => contract.planId === id),
      );
    case 'indicator':
      return listed({
        plans: ids(workspace.plans.filter((plan) => plan.impacts.some((line) => line.indicatorId === id))),
        scenarios: ids(
          workspace.scenarios.filter((scenario) => Object.hasOwn(scenario.indicatorOverrides, id)),
        ),
      });
    case 'scenario':
      // Nothing refers to a scenario.
      return undefined;
    default: {
      const unreachable: never = entity;
      return unreachable;
    }
  }
}
