import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CheckboxField } from '../../../components/form/choices';
import { FormSummary } from '../../../components/form/FormSummary';
import { useEditorForm } from '../../../components/form/useEditorForm';
import { formatMoney, formatYearRange } from '../../../domain/format';
import {
  checkPlanDetails,
  draftOutside,
  draftPeriod,
  PLAN_DETAIL_FIELDS,
  planDetailsDraft,
  withDetails,
  type PlanDetails as CheckedDetails,
  type PlanDetailsDraft,
} from '../../../domain/planForm';
import { outsideTotal, type OutsideAmount, type Period } from '../../../domain/planPeriod';
import { nameById, planLastYear } from '../../../domain/plans';
import { useLang } from '../../../i18n/useLang';
import { useCan } from '../../../session/sessionContext';
import { useWorkspace, useWorkspaceData } from '../../../state/workspaceContext';
import { PlanFactFields } from '../PlanFactFields';
import type { PlanSaver } from './usePlanSaver';

/** How many amounts the message beside the field names one by one. */
const LISTED = 4;

/** The plan's facts, and a form to change them; saved as one undoable step with the grid's edits. */
export function PlanDetails({ saver }: { saver: PlanSaver }) {
  const { t } = useTranslation();
  const data = useWorkspaceData();
  const plan = saver.shown;
  const [editing, setEditing] = useState(false);
  const can = useCan();
  const cooperative = nameById(data.cooperatives, (c) => c.name)(plan.cooperativeId);

  if (editing) return <PlanDetailsForm saver={saver} onClose={() => setEditing(false)} />;
  return (
    <div className="plan-facts">
      <dl className="facts" data-testid="plan-facts">
        <div>
          <dt>{t('plans.columns.cooperative')}</dt>
          <dd dir="auto">{cooperative}</dd>
        </div>
        <div>
          <dt>{t('plans.columns.years')}</dt>
          <dd>{formatYearRange(plan.startYear, planLastYear(plan))}</dd>
        </div>
      </dl>
      {can('plans.update') && (
        <button
          type="button"
          className="button button--small"
          onClick={() => setEditing(true)}
          data-testid="edit-plan-details"
        >
          {t('planDetails.edit')}
        </button>
      )}
    </div>
  );
}

function PlanDetailsForm({ saver, onClose }: { saver: PlanSaver; onClose: () => void }) {
  const { t } = useTranslation();
  const { locale } = useLang();
  const { announce } = useWorkspace();
  const formRef = useRef<HTMLFormElement>(null);
  const formId = useId().replace(/:/g, '');
  // The plan the draft was made against: its version is the one a save expects.
  const [plan, setPlan] = useState(saver.shown);

  const periodText = (period: Period) =>
    formatYearRange(period.startYear, period.startYear + period.years - 1);

  /** Beside the field: how many amounts and what to do; the list itself is in the note under the fields. */
  const describe = (outside: readonly OutsideAmount[], period: Period) =>
    t('planDetails.outside', { count: outside.length, period: periodText(period) });

  const listOf = (outside: readonly OutsideAmount[]) => {
    const named = outside.slice(0, LISTED).map((item) =>
      t(`planDetails.outsideItem.${item.kind}`, {
        label: item.label,
        year: item.year,
        amount: formatMoney(item.amount, locale, true),
      }),
    );
    const more = outside.length - named.length;
    return named.join('; ') + (more > 0 ? `; ${t('planDetails.outsideMore', { count: more })}` : '');
  };

  const form = useEditorForm({
    initial: planDetailsDraft(plan),
    formRef,
    fieldsOf: () => PLAN_DETAIL_FIELDS,
    check: (draft, lang, loc) => checkPlanDetails(plan, draft, lang, loc, describe),
    serverPrefix: 'plan',
    save: (details: CheckedDetails) => saver.save((current) => withDetails(current, details), plan),
    onSaved: () => {
      announce('success', t('planDetails.saved'));
      onClose();
    },
  });
  const { draft, update } = form;
  // Nothing typed yet: follow the stored plan (a colleague's change, live) and its version.
  // With a draft, the plan stays as opened, so saving over their change asks first.
  if (
    saver.shown !== plan &&
    !saver.saving &&
    !form.saving &&
    JSON.stringify(draft) === JSON.stringify(planDetailsDraft(plan))
  ) {
    setPlan(saver.shown);
    form.reset(planDetailsDraft(saver.shown));
  }
  const outside = draftOutside(plan, draft, locale);
  const period = draftPeriod(draft, locale);

  const removeChoice =
    outside.length > 0 && period !== null ? (
      <div className="plan-facts-form__remove" data-testid="plan-outside">
        <p className="plan-facts-form__outside" dir="auto">
          {t('planDetails.outsideList', { period: periodText(period), list: listOf(outside) })}
        </p>
        <CheckboxField
          formId={formId}
          name="removeOutside"
          label={t('planDetails.removeOutside', {
            count: outside.length,
            total: formatMoney(outsideTotal(outside), locale, true),
            period: periodText(period),
          })}
          checked={draft.removeOutside}
          onChange={(removeOutside) => update({ removeOutside })}
        />
      </div>
    ) : null;

  return (
    <form
      ref={formRef}
      className="panel plan-details-form"
      onSubmit={form.onSubmit}
      noValidate
      aria-labelledby={`${formId}-title`}
      data-testid="plan-details-form"
    >
      <h2 id={`${formId}-title`} className="panel__title">
        {t('planDetails.title')}
      </h2>
      <FormSummary count={form.issueCount} messages={form.formErrors} />
      <PlanFactFields
        formId={formId}
        draft={draft}
        errorsFor={form.errorsFor}
        onChange={(patch) => update({ ...patch, ...(isPeriodChange(patch) ? { removeOutside: false } : {}) })}
        periodNote={removeChoice}
      />
      <div className="plan-details-form__buttons">
        <button type="button" className="button" onClick={onClose}>
          {t('common.cancel')}
        </button>
        <button
          type="submit"
          className="button button--primary"
          disabled={form.saving}
          data-testid="plan-details-save"
        >
          {t('common.save')}
        </button>
      </div>
    </form>
  );
}

/** A new period asks again: agreeing to remove 2030's amounts is not agreeing to remove 2029's. */
function isPeriodChange(patch: Partial<PlanDetailsDraft>): boolean {
  return 'startYear' in patch || 'years' in patch;
}
