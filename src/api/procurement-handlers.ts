import { procurementAnalysis } from '../finance/analysis/procurement';
import { makeIssue } from '../model/issues';
import { workspaceReferenceProblems } from '../model/workspace';
import { InvalidInputError } from './errors';
import type { HandlerGroup } from './handler-types';

export const procurementHandlers: HandlerGroup<
  'procurement.get' | 'procurement.update' | 'procurement.analysis'
> = {
  'procurement.get': async (services) => (await services.store().load()).procurement ?? null,
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
    await store.updateProcurement(procurement);
    return input.procurement;
  },
  'procurement.analysis': async (services) =>
    procurementAnalysis((await services.store().load()).procurement),
};
