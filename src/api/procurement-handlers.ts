import { procurementAnalysis } from '../finance/analysis/procurement';
import { makeIssue } from '../model/issues';
import { SINGLE_RECORD_ID } from '../storage/backend';
import { workspaceReferenceProblems } from '../model/workspace';
import { InvalidInputError } from './errors';
import type { HandlerGroup } from './handler-types';
import { checkOf } from './versions';

export const procurementHandlers: HandlerGroup<
  'procurement.get' | 'procurement.update' | 'procurement.analysis'
> = {
  'procurement.get': async (services) => {
    const store = services.store();
    // The version first: a write in between then makes the answer's version older than its
    // contents, so the next save is asked about (conflict) rather than let through.
    const versions = await store.versions('procurement');
    const procurement = (await store.load()).procurement;
    if (procurement === undefined) return null;
    return { ...procurement, version: versions.get(SINGLE_RECORD_ID)?.version ?? 1 };
  },
  'procurement.update': async (services, input, context) => {
    const store = services.store();
    const workspace = await store.load();
    const procurement = input.procurement ?? undefined;
    // The rules an import runs, so a contract naming a deleted cooperative or another's plan is refused here too.
    const issues = workspaceReferenceProblems({
      ...workspace,
      ...(procurement === undefined ? {} : { procurement }),
    })
      .filter((problem) => problem.path[0] === 'procurement')
      .map((problem) => makeIssue(context.lang, problem.path, problem.messageKey, problem.params));
    if (issues.length > 0) throw new InvalidInputError(issues);
    const version = await store.updateProcurement(procurement, checkOf(input.expectedVersion));
    return procurement === undefined ? null : { ...procurement, version };
  },
  'procurement.analysis': async (services) =>
    procurementAnalysis((await services.store().load()).procurement),
};
