import { useTranslation } from 'react-i18next';
import { FieldErrors } from '../../components/form/Field';
import { TextField } from '../../components/form/inputs';
import { MonthField } from '../../components/form/MonthField';
import { Icon } from '../../components/Icon';
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
  const change = (index: number, patch: Partial<HoursRowDraft>) =>
    onChange(rows.map((row, i) => (i === index ? { ...row, ...patch } : row)));
  const total = rows.reduce((sum, row) => {
    const entry = parseNumberEntry(row.hours, locale);
    return entry.kind === 'number' ? sum + entry.value : sum;
  }, 0);
  return (
    <fieldset className="fieldset" data-testid="coaching-hours">
      <legend className="fieldset__legend">{t('cooperatives.fields.coachingHours')}</legend>
      <p className="field__hint">{t('cooperatives.coachingHoursHint')}</p>
      {rows.map((row, i) => (
        <div key={row.key} className="row-editor">
          <MonthField
            formId={formId}
            name={`coachingHours[${i}].month`}
            label={t('cooperatives.fields.hoursMonth', { row: i + 1 })}
            value={row.month}
            onChange={(month) => change(i, { month })}
            errors={errorsFor(`coachingHours[${i}].month`)}
          />
          <TextField
            formId={formId}
            name={`coachingHours[${i}].hours`}
            kind="number"
            label={t('cooperatives.fields.hours', { row: i + 1 })}
            value={row.hours}
            onChange={(hours) => change(i, { hours })}
            errors={errorsFor(`coachingHours[${i}].hours`)}
          />
          <button
            type="button"
            className="button button--small button--quiet-danger row-editor__remove"
            onClick={() => onChange(rows.filter((_, j) => j !== i))}
            aria-label={t('form.removeRow', { row: i + 1 })}
          >
            <Icon name="trash" />
          </button>
        </div>
      ))}
      {rows.length > 0 && (
        <p className="field__hint" data-testid="coaching-hours-total">
          {t('cooperatives.hoursTotal', { hours: formatNumber(total, locale) })}
        </p>
      )}
      <FieldErrors
        id={`${formId}-coachingHours-error`}
        name="coachingHours"
        errors={errorsFor('coachingHours')}
      />
      <button
        type="button"
        className="button button--small"
        data-testid="add-hours"
        onClick={() => onChange([...rows, newHoursRow(draft, localToday())])}
      >
        <Icon name="plus" />
        {t('cooperatives.addMonth')}
      </button>
    </fieldset>
  );
}
