import { useTranslation } from 'react-i18next';
import { DateField } from '../../components/form/DateField';
import { draftFields } from '../../components/form/draftFields';
import { SelectField } from '../../components/form/inputs';
import { RowListFieldset } from '../../components/form/RowList';
import { localToday } from '../../domain/dates';
import { useLabels } from '../../i18n/useLabels';
import { newStageRow, type CooperativePathDraft, type StageRowDraft } from './pathDraft';

interface StageHistoryRowsProps {
  formId: string;
  draft: CooperativePathDraft;
  onChange: (rows: StageRowDraft[]) => void;
  errorsFor: (name: string) => string[];
}

/** The stages the cooperative went through, oldest first; the last row is its current stage. */
export function StageHistoryRows({ formId, draft, onChange, errorsFor }: StageHistoryRowsProps) {
  const { t } = useTranslation();
  const labels = useLabels();
  const rows = draft.stageHistory;
  return (
    <RowListFieldset
      formId={formId}
      name="stageHistory"
      testId="stage-history"
      legend={t('cooperatives.fields.stageHistory')}
      hint={t('cooperatives.stageHistoryHint')}
      errorsFor={errorsFor}
      rows={rows}
      onChange={onChange}
      newRow={() => newStageRow(draft, localToday())}
      addLabel={rows.length === 0 ? t('cooperatives.startHistory') : t('cooperatives.addStage')}
      addTestId="add-stage"
      renderRow={(row, i, change) => {
        const field = draftFields(formId, { draft: row, update: change, errorsFor }, `stageHistory[${i}].`);
        return (
          <>
            <SelectField
              {...field.value('stage')}
              label={t('cooperatives.fields.historyStage', { row: i + 1 })}
              options={labels.stageOptions}
              placeholder={t('form.choose')}
            />
            <DateField
              {...field.value('from')}
              label={t('cooperatives.fields.historyFrom', { row: i + 1 })}
            />
          </>
        );
      }}
    />
  );
}
