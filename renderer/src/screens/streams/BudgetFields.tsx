import { useTranslation } from 'react-i18next';
import { RadioGroup } from '../../components/form/choices';
import { draftFields } from '../../components/form/draftFields';
import { TextField } from '../../components/form/inputs';
import { RowList } from '../../components/form/RowList';
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
          {...draftFields(formId, { draft, update, errorsFor }).value('budgetAmount', 'budgetPerYear')}
          kind="amount"
          label={t('streams.fields.budgetAmount')}
          className="field--narrow"
        />
      )}
      {draft.budgetMode === 'schedule' && (
        <div className="schedule" data-testid="budget-schedule">
          <RowList
            rows={rows}
            onChange={setRows}
            newRow={emptyScheduleRow}
            addLabel={t('form.addYear')}
            renderRow={(row, i, change) => {
              const field = draftFields(
                formId,
                { draft: row, update: change, errorsFor },
                `budgetRows[${i}].`,
              );
              return (
                <>
                  <TextField {...field.value('year')} kind="year" label={t('form.rowYear', { row: i + 1 })} />
                  <TextField
                    {...field.value('amount')}
                    kind="amount"
                    label={t('form.rowAmount', { row: i + 1 })}
                  />
                </>
              );
            }}
          />
        </div>
      )}
    </div>
  );
}
