import { useTranslation } from 'react-i18next';
import { FieldErrors } from '../../components/form/Field';
import { TextField } from '../../components/form/inputs';
import { Icon } from '../../components/Icon';
import { emptyAidRow, type AidRowDraft } from '../../domain/cooperativeForm';

interface AidRowsProps {
  formId: string;
  rows: readonly AidRowDraft[];
  onChange: (rows: AidRowDraft[]) => void;
  errorsFor: (name: string) => string[];
}

/** De minimis aid already received: year and amount per row. */
export function AidRows({ formId, rows, onChange, errorsFor }: AidRowsProps) {
  const { t } = useTranslation();
  const change = (index: number, patch: Partial<AidRowDraft>) =>
    onChange(rows.map((row, i) => (i === index ? { ...row, ...patch } : row)));
  return (
    <fieldset className="fieldset" data-testid="prior-state-aid">
      <legend className="fieldset__legend">{t('cooperatives.fields.priorStateAid')}</legend>
      <p className="field__hint">{t('cooperatives.priorStateAidHint')}</p>
      {rows.map((row, i) => (
        <div key={row.key} className="row-editor">
          <TextField
            formId={formId}
            name={`priorStateAid[${i}].year`}
            kind="year"
            label={t('form.rowYear', { row: i + 1 })}
            value={row.year}
            onChange={(year) => change(i, { year })}
            errors={errorsFor(`priorStateAid[${i}].year`)}
          />
          <TextField
            formId={formId}
            name={`priorStateAid[${i}].amount`}
            kind="amount"
            label={t('form.rowAmount', { row: i + 1 })}
            value={row.amount}
            onChange={(amount) => change(i, { amount })}
            errors={errorsFor(`priorStateAid[${i}].amount`)}
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
      <FieldErrors
        id={`${formId}-priorStateAid-error`}
        name="priorStateAid"
        errors={errorsFor('priorStateAid')}
      />
      <button
        type="button"
        className="button button--small"
        onClick={() => onChange([...rows, emptyAidRow()])}
      >
        <Icon name="plus" />
        {t('form.addRow')}
      </button>
    </fieldset>
  );
}
