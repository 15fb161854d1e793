import { useTranslation } from 'react-i18next';
import { RadioGroup } from '../../components/form/choices';
import { TextField } from '../../components/form/inputs';
import { Icon } from '../../components/Icon';
import {
  BUDGET_MODES,
  emptyScheduleRow,
  type BudgetChoice,
  type ScheduleRowDraft,
} from '../../domain/streamDraft';
import type { SectionProps } from './sectionProps';

/**
 * The yearly budget: unlimited, one amount for every year, or a schedule of years. A new
 * stream starts with none chosen, so "unlimited" is always a choice, never a default.
 */
export function BudgetFields({ formId, draft, update, errorsFor }: SectionProps) {
  const { t } = useTranslation();
  const rows = draft.budgetRows;
  const setRows = (budgetRows: ScheduleRowDraft[]) => update({ budgetRows });
  const change = (index: number, patch: Partial<ScheduleRowDraft>) =>
    setRows(rows.map((row, i) => (i === index ? { ...row, ...patch } : row)));
  const modeErrors = draft.budgetMode === 'fixed' ? [] : errorsFor('budgetPerYear');

  return (
    <div className="budget">
      <RadioGroup<BudgetChoice>
        formId={formId}
        name="budgetMode"
        legend={t('streams.fields.budgetPerYear')}
        options={BUDGET_MODES.map((value) => ({ value, label: t(`streams.budgetModes.${value}`) }))}
        value={draft.budgetMode}
        onChange={(budgetMode) =>
          update(
            budgetMode === 'schedule' && rows.length === 0
              ? { budgetMode, budgetRows: [emptyScheduleRow()] }
              : { budgetMode },
          )
        }
        hint={t('streams.budgetHint')}
        errors={modeErrors}
      />
      {draft.budgetMode === 'fixed' && (
        <TextField
          formId={formId}
          name="budgetPerYear"
          kind="amount"
          label={t('streams.fields.budgetAmount')}
          value={draft.budgetAmount}
          onChange={(budgetAmount) => update({ budgetAmount })}
          errors={errorsFor('budgetPerYear')}
          className="field--narrow"
        />
      )}
      {draft.budgetMode === 'schedule' && (
        <div className="schedule" data-testid="budget-schedule">
          {rows.map((row, i) => (
            <div key={row.key} className="row-editor">
              <TextField
                formId={formId}
                name={`budgetRows[${i}].year`}
                kind="year"
                label={t('form.rowYear', { row: i + 1 })}
                value={row.year}
                onChange={(year) => change(i, { year })}
                errors={errorsFor(`budgetRows[${i}].year`)}
              />
              <TextField
                formId={formId}
                name={`budgetRows[${i}].amount`}
                kind="amount"
                label={t('form.rowAmount', { row: i + 1 })}
                value={row.amount}
                onChange={(amount) => change(i, { amount })}
                errors={errorsFor(`budgetRows[${i}].amount`)}
              />
              <button
                type="button"
                className="button button--small button--quiet-danger row-editor__remove"
                onClick={() => setRows(rows.filter((_, j) => j !== i))}
                aria-label={t('form.removeRow', { row: i + 1 })}
              >
                <Icon name="trash" />
              </button>
            </div>
          ))}
          <button
            type="button"
            className="button button--small"
            onClick={() => setRows([...rows, emptyScheduleRow()])}
          >
            <Icon name="plus" />
            {t('form.addYear')}
          </button>
        </div>
      )}
    </div>
  );
}
