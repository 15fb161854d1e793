import { useTranslation } from 'react-i18next';
import { CheckboxField } from '../../components/form/choices';
import { draftFields } from '../../components/form/draftFields';
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
      renderRow={(row, i, change) => {
        const field = draftFields(formId, { draft: row, update: change, errorsFor }, `priorStateAid[${i}].`);
        return (
          <>
            <TextField {...field.value('year')} kind="year" label={t('form.rowYear', { row: i + 1 })} />
            <TextField {...field.value('amount')} kind="amount" label={t('form.rowAmount', { row: i + 1 })} />
            {/* SGEI de minimis aid counts against its own, higher ceiling (Reg. (EU) 2023/2832). */}
            <CheckboxField
              {...field.checked('sgei')}
              label={t('cooperatives.fields.aidSgei', { row: i + 1 })}
            />
          </>
        );
      }}
    />
  );
}
