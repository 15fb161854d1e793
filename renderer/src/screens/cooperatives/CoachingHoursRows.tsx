import { useTranslation } from 'react-i18next';
import { draftFields } from '../../components/form/draftFields';
import { TextField } from '../../components/form/inputs';
import { MonthField } from '../../components/form/DateField';
import { RowListFieldset } from '../../components/form/RowList';
import { localToday } from '../../domain/dates';
import { formatNumber } from '../../domain/format';
import { parseNumberEntry } from '../../domain/numbers';
import { useLang } from '../../i18n/useLang';
import { newHoursRow, type CooperativePathDraft, type HoursRowDraft } from './pathDraft';

interface CoachingHoursRowsProps {
  formId: string;
  draft: CooperativePathDraft;
  onChange: (rows: HoursRowDraft[]) => void;
  errorsFor: (name: string) => string[];
}

/** Coaching hours per calendar month, with the total of what is readable so far. */
export function CoachingHoursRows({ formId, draft, onChange, errorsFor }: CoachingHoursRowsProps) {
  const { t } = useTranslation();
  const { locale } = useLang();
  const rows = draft.coachingHours;
  const total = rows.reduce((sum, row) => {
    const entry = parseNumberEntry(row.hours, locale);
    return entry.kind === 'number' ? sum + entry.value : sum;
  }, 0);
  return (
    <RowListFieldset
      formId={formId}
      name="coachingHours"
      testId="coaching-hours"
      legend={t('cooperatives.fields.coachingHours')}
      hint={t('cooperatives.coachingHoursHint')}
      errorsFor={errorsFor}
      rows={rows}
      onChange={onChange}
      newRow={() => newHoursRow(draft, localToday())}
      addLabel={t('cooperatives.addMonth')}
      addTestId="add-hours"
      summary={
        rows.length > 0 && (
          <p className="field__hint" data-testid="coaching-hours-total">
            {t('cooperatives.hoursTotal', { hours: formatNumber(total, locale) })}
          </p>
        )
      }
      renderRow={(row, i, change) => {
        const field = draftFields(formId, { draft: row, update: change, errorsFor }, `coachingHours[${i}].`);
        return (
          <>
            <MonthField
              {...field.value('month')}
              label={t('cooperatives.fields.hoursMonth', { row: i + 1 })}
            />
            <TextField
              {...field.value('hours')}
              kind="number"
              label={t('cooperatives.fields.hours', { row: i + 1 })}
            />
          </>
        );
      }}
    />
  );
}
