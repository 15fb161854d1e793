import { useTranslation } from 'react-i18next';
import type { Result } from '../../../../src/contract/result';
import type { PlanJson } from '../../../../src/model/plan';
import type { PlanPlace } from '../../../../src/model/scenario-plans';
import { hrefOf } from '../../app/routes';
import { planCreate, planDelete } from '../../domain/commands';
import { copyOfPlan } from '../../domain/planForm';
import { placesForCopy, scenarioNames } from '../../domain/planScenarios';
import { useWorkspace, useWorkspaceData } from '../../state/workspaceContext';

/**
 * Creating, copying and deleting plans, each one undoable step through the command
 * stack. What happens to scenarios is said in the notice, so a plan never joins or
 * leaves a scenario unseen.
 */
export function usePlanActions() {
  const { t } = useTranslation();
  const { perform, announce } = useWorkspace();
  const data = useWorkspaceData();

  const joinedText = (places: readonly PlanPlace[]) =>
    places.length === 0
      ? ''
      : ` ${t('planActions.joined', {
          count: places.length,
          names: scenarioNames(
            data.scenarios,
            places.map((p) => p.id),
          ).join(', '),
        })}`;

  /** Once created, the builder of the new plan is shown; a refusal comes back for the form to place. */
  const create = async (plan: PlanJson, places: readonly PlanPlace[]): Promise<Result<unknown>> => {
    const result = await perform(planCreate(plan, places));
    if (!result.ok) return result;
    announce('success', t('planActions.created', { name: plan.name }) + joinedText(places));
    window.location.hash = hrefOf({ screen: 'plans', planId: plan.id });
    return result;
  };

  /** The copy goes right after the original, in the plan list and in the scenarios that hold all plans. */
  const copy = async (plan: PlanJson): Promise<void> => {
    const taken = new Set(data.plans.map((p) => p.id));
    const duplicate = copyOfPlan(plan, taken, t('planActions.copySuffix'));
    const places = placesForCopy(data, plan.id);
    const position = data.plans.findIndex((p) => p.id === plan.id) + 1;
    const result = await perform(planCreate(duplicate, places, position));
    if (!result.ok) {
      announce('error', result.error.message);
      return;
    }
    announce('success', t('planActions.copied', { name: duplicate.name }) + joinedText(places));
  };

  const remove = async (plan: PlanJson): Promise<string | null> => {
    const result = await perform(planDelete(plan.id));
    if (!result.ok) return result.error.message;
    announce('success', t('planActions.deleted', { name: plan.name }));
    return null;
  };

  return { create, copy, remove };
}
