import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldErrors } from '../../../components/form/Field';
import { SelectField } from '../../../components/form/inputs';
import { Icon, type IconName } from '../../../components/Icon';
import { addPlan, movePlan, removePlan } from '../../../domain/scenarioDraft';

interface PlanOrderFieldProps {
  formId: string;
  plans: readonly string[];
  allPlans: readonly { id: string; name: string }[];
  onChange: (plans: string[]) => void;
  errors: readonly string[];
}

/** One of the small buttons beside a plan in the list. */
interface PlanAction {
  what: 'up' | 'down' | 'remove';
  icon: IconName;
  label: string;
  onClick: () => void;
  disabled: boolean;
}

/** Focus the control with this id once React has drawn the list anew. */
function focusLater(id: string) {
  requestAnimationFrame(() => document.getElementById(id)?.focus());
}

/** The scenario's plans in priority order: move up and down, take out, add from the plans not in it yet. */
export function PlanOrderField({ formId, plans, allPlans, onChange, errors }: PlanOrderFieldProps) {
  const { t } = useTranslation();
  const [adding, setAdding] = useState('');
  const nameOf = (id: string) => allPlans.find((plan) => plan.id === id)?.name ?? id;
  const available = allPlans.filter((plan) => !plans.includes(plan.id));
  const buttonId = (planId: string, what: string) => `${formId}-plan-${planId}-${what}`;
  const move = (index: number, delta: -1 | 1, planId: string) => {
    onChange(movePlan(plans, index, delta));
    const atEdge = index + delta === 0 || index + delta === plans.length - 1;
    focusLater(buttonId(planId, atEdge ? (delta < 0 ? 'down' : 'up') : delta < 0 ? 'up' : 'down'));
  };
  const remove = (index: number, planId: string) => {
    onChange(removePlan(plans, planId));
    const next = plans[index + 1] ?? plans[index - 1];
    focusLater(next === undefined ? `${formId}-add-plan` : buttonId(next, 'remove'));
  };
  const actionsOf = (planId: string, index: number, name: string): readonly PlanAction[] => [
    {
      what: 'up',
      icon: 'arrowUp',
      label: t('scenarioEditor.moveUp', { name }),
      onClick: () => move(index, -1, planId),
      disabled: index === 0,
    },
    {
      what: 'down',
      icon: 'arrowDown',
      label: t('scenarioEditor.moveDown', { name }),
      onClick: () => move(index, 1, planId),
      disabled: index === plans.length - 1,
    },
    {
      what: 'remove',
      icon: 'trash',
      label: t('scenarioEditor.removePlan', { name }),
      onClick: () => remove(index, planId),
      disabled: false,
    },
  ];
  const add = () => {
    const chosen = adding === '' ? available[0]?.id : adding;
    if (chosen === undefined) return;
    onChange(addPlan(plans, chosen));
    setAdding('');
  };

  return (
    <div className="plan-order" data-testid="plan-order">
      <p className="field__hint">{t('scenarioEditor.plansHint')}</p>
      {plans.length === 0 ? (
        <p className="muted">{t('scenarioEditor.noPlans')}</p>
      ) : (
        <ol className="plan-order__list">
          {plans.map((planId, index) => {
            const name = nameOf(planId);
            return (
              <li key={planId} className="plan-order__item" data-testid="plan-order-item" data-id={planId}>
                <span className="plan-order__position" aria-hidden="true">
                  {t('scenarioEditor.position', { position: index + 1 })}
                </span>
                <span className="plan-order__name" dir="auto">
                  {name}
                </span>
                <span className="plan-order__actions">
                  {actionsOf(planId, index, name).map((action) => (
                    <button
                      key={action.what}
                      type="button"
                      id={buttonId(planId, action.what)}
                      className={
                        action.what === 'remove'
                          ? 'button button--small button--square button--quiet-danger'
                          : 'button button--small button--square'
                      }
                      onClick={action.onClick}
                      disabled={action.disabled}
                      aria-label={action.label}
                    >
                      <Icon name={action.icon} />
                    </button>
                  ))}
                </span>
              </li>
            );
          })}
        </ol>
      )}
      <FieldErrors id={`${formId}-plans-error`} name="plans" errors={errors} />
      {available.length === 0 ? (
        <p className="muted">{t('scenarioEditor.allPlansIn')}</p>
      ) : (
        <div className="plan-order__add">
          <SelectField
            formId={formId}
            name="add-plan"
            label={t('scenarioEditor.addPlanLabel')}
            value={adding === '' ? (available[0]?.id ?? '') : adding}
            options={available.map((plan) => ({ value: plan.id, label: plan.name }))}
            onChange={setAdding}
          />
          <button type="button" className="button" onClick={add} data-testid="add-plan">
            <Icon name="plus" />
            {t('scenarioEditor.addPlan')}
          </button>
        </div>
      )}
    </div>
  );
}
