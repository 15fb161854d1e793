import { useTranslation } from 'react-i18next';
import { CheckboxField } from '../../components/form/choices';
import { FieldErrors } from '../../components/form/Field';
import { TextField } from '../../components/form/inputs';
import { Icon } from '../../components/Icon';
import './cooperatives.css';
import { emptySgeiAidRow, type SgeiAidRowDraft } from './sgeiDraft';

interface AidRowsProps {
  formId: string;
  rows: readonly SgeiAidRowDraft[];
  onChange: (rows: SgeiAidRowDraft[]) => void;
  errorsFor: (name: string) => string[];
}

/** De minimis aid already received: year, amount and whether it was SGEI de minimis aid, per row. */
export function AidRows({ formId, rows, onChange, errorsFor }: AidRowsProps) {
  const { t } = useTranslation();
  const change = (index: number, patch: Partial<SgeiAidRowDraft>) =>
    onChange(rows.map((row, i) => (i === index ? { ...row, ...patch } : row)));
  return (
    <fieldset className="fieldset" data-testid="prior-state-aid">
      <legend className="fieldset__legend">{t('cooperatives.fields.priorStateAid')}</legend>
      <p className="field__hint">{t('cooperatives.priorStateAidHint')}</p>
      {rows.map((row, i) => (
        <div key={row.key} className="row-editor row-editor--aid">
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
          {/* SGEI de minimis aid counts against its own, higher ceiling (Reg. (EU) 2023/2832). */}
          <CheckboxField
            formId={formId}
            name={`priorStateAid[${i}].sgei`}
            label={t('cooperatives.fields.aidSgei', { row: i + 1 })}
            checked={row.sgei}
            onChange={(sgei) => change(i, { sgei })}
            errors={errorsFor(`priorStateAid[${i}].sgei`)}
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
        onClick={() => onChange([...rows, emptySgeiAidRow()])}
      >
        <Icon name="plus" />
        {t('form.addRow')}
      </button>
    </fieldset>
  );
}
