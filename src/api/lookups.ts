import { makeIssue } from '../model/issues';
import type { Lang } from '../model/messages';
import type { Plan } from '../model/plan';
import type { Scenario } from '../model/scenario';
import type { Workspace } from '../model/workspace';
import { InvalidInputError } from './errors';

/** The plan an input names by id, or an invalid-input error on that input field. */
export function findPlan(workspace: Workspace, id: string, lang: Lang, field = 'planId'): Plan {
  const plan = workspace.plans.find((p) => p.id === id);
  if (plan === undefined) throw new InvalidInputError([makeIssue(lang, [field], 'unknownPlan', { id })]);
  return plan;
}

/** The scenario an input names by id, or an invalid-input error on that input field. */
export function findScenario(workspace: Workspace, id: string, lang: Lang, field = 'scenarioId'): Scenario {
  const scenario = workspace.scenarios.find((s) => s.id === id);
  if (scenario === undefined) {
    throw new InvalidInputError([makeIssue(lang, [field], 'unknownScenario', { id })]);
  }
  return scenario;
}
