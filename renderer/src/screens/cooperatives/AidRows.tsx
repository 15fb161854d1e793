import { useTranslation } from 'react-i18next';
import { CheckboxField } from '../../components/form/choices';
import { TextField } from '../../components/form/inputs';
import { RowListFieldset } from '../../components/form/RowList';
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
  return (
    <RowListFieldset
      formId={formId}
      name="priorStateAid"
      testId="prior-state-aid"
      legend={t('cooperatives.fields.priorStateAid')}
      hint={t('cooperatives.priorStateAidHint')}
      errorsFor={errorsFor}
      rows={rows}
      onChange={onChange}
      rowClassName="row-editor row-editor--aid"
      newRow={emptySgeiAidRow}
      addLabel={t('form.addRow')}
      renderRow={(row, i, change) => (
        <>
          <TextField
            formId={formId}
            name={`priorStateAid[${i}].year`}
            kind="year"
            label={t('form.rowYear', { row: i + 1 })}
            value={row.year}
            onChange={(year) => change({ year })}
            errors={errorsFor(`priorStateAid[${i}].year`)}
          />
          <TextField
            formId={formId}
            name={`priorStateAid[${i}].amount`}
            kind="amount"
            label={t('form.rowAmount', { row: i + 1 })}
            value={row.amount}
            onChange={(amount) => change({ amount })}
            errors={errorsFor(`priorStateAid[${i}].amount`)}
          />
          {/* SGEI de minimis aid counts against its own, higher ceiling (Reg. (EU) 2023/2832). */}
          <CheckboxField
            formId={formId}
            name={`priorStateAid[${i}].sgei`}
            label={t('cooperatives.fields.aidSgei', { row: i + 1 })}
            checked={row.sgei}
            onChange={(sgei) => change({ sgei })}
            errors={errorsFor(`priorStateAid[${i}].sgei`)}
          />
        </>
      )}
    />
  );
}
