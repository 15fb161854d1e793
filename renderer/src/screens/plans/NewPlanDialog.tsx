import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { uniqueId } from '../../../../src/model/ids';
import type { Result } from '../../../../src/contract/result';
import type { PlanJson } from '../../../../src/model/plan';
import type { PlanPlace } from '../../../../src/model/scenario-plans';
import { hrefOf } from '../../app/routes';
import { CheckboxGroup } from '../../components/form/choices';
import { useEditorForm } from '../../components/form/useEditorForm';
import { checkNewPlanDraft, newPlanDraft, PLAN_DETAIL_FIELDS } from '../../domain/planForm';
import { defaultScenariosForNewPlan, placesAtEnd } from '../../domain/planScenarios';
import { useWorkspaceData } from '../../state/workspaceContext';
import { EditorShell } from '../shared/EditorShell';
import { PlanFactFields } from './PlanFactFields';

interface NewPlanDialogProps {
  /** Creates the plan in the chosen scenarios; a refusal is shown beside the fields it names. */
  onCreate: (plan: PlanJson, places: readonly PlanPlace[]) => Promise<Result<unknown>>;
  onClose: () => void;
}

/**
 * A new plan from scratch: its name, cooperative, start year and number of years, and
 * the scenarios it joins. Cost lines and amounts are added in the builder, which opens
 * once the plan is made.
 */
export function NewPlanDialog({ onCreate, onClose }: NewPlanDialogProps) {
  const { t } = useTranslation();
  const data = useWorkspaceData();
  const formRef = useRef<HTMLFormElement>(null);
  const formId = useId().replace(/:/g, '');
  const takenIds = new Set(data.plans.map((plan) => plan.id));
  const [scenarios, setScenarios] = useState<string[]>(() => defaultScenariosForNewPlan(data));
  const [idTouched, setIdTouched] = useState(false);

  const form = useEditorForm({
    initial: newPlanDraft(data.info, data.cooperatives),
    formRef,
    fieldsOf: () => PLAN_DETAIL_FIELDS,
    check: checkNewPlanDraft,
    serverPrefix: 'plan',
    save: (plan: PlanJson) => onCreate(plan, placesAtEnd(data, scenarios)),
    onSaved: onClose,
  });
  const { draft, update } = form;

  const setName = (name: string) => {
    // The id follows the name until the user types one; it never changes after creation.
    if (idTouched) update({ name });
    else update({ name, id: name.trim() === '' ? '' : uniqueId(name, takenIds) });
  };

  const editor = { titleId: `${formId}-title`, title: t('planActions.newTitle'), onClose, form };
  return (
    <EditorShell editor={editor} formRef={formRef} testId="new-plan-dialog" operation="plans.create">
      {data.cooperatives.length === 0 && (
        <p className="alert alert--warning" role="alert" data-testid="new-plan-no-cooperatives">
          {t('planActions.noCooperatives')}{' '}
          <a href={hrefOf({ screen: 'cooperatives' })} onClick={onClose}>
            {t('planActions.toCooperatives')}
          </a>
        </p>
      )}
      <PlanFactFields
        formId={formId}
        draft={draft}
        errorsFor={form.errorsFor}
        onChange={update}
        onNameChange={setName}
        id={{
          hint: t('form.idHintNew'),
          onChange: (id) => {
            setIdTouched(true);
            update({ id });
          },
        }}
      />
      {data.scenarios.length > 0 && (
        <CheckboxGroup
          formId={formId}
          name="scenarios"
          legend={t('planActions.scenariosLegend')}
          hint={t('planActions.scenariosHint')}
          options={data.scenarios.map((scenario) => ({ value: scenario.id, label: scenario.name }))}
          selected={scenarios}
          onChange={setScenarios}
        />
      )}
    </EditorShell>
  );
}
