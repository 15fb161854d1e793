import { useTranslation } from 'react-i18next';
import { DateField } from '../../components/form/DateField';
import { FieldErrors } from '../../components/form/Field';
import { SelectField } from '../../components/form/inputs';
import { Icon } from '../../components/Icon';
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
  const change = (index: number, patch: Partial<StageRowDraft>) =>
    onChange(rows.map((row, i) => (i === index ? { ...row, ...patch } : row)));
  return (
    <fieldset className="fieldset" data-testid="stage-history">
      <legend className="fieldset__legend">{t('cooperatives.fields.stageHistory')}</legend>
      <p className="field__hint">{t('cooperatives.stageHistoryHint')}</p>
      {rows.map((row, i) => (
        <div key={row.key} className="row-editor">
          <SelectField
            formId={formId}
            name={`stageHistory[${i}].stage`}
            label={t('cooperatives.fields.historyStage', { row: i + 1 })}
            value={row.stage}
            options={labels.stageOptions}
            placeholder={t('form.choose')}
            onChange={(stage) => change(i, { stage })}
            errors={errorsFor(`stageHistory[${i}].stage`)}
          />
          <DateField
            formId={formId}
            name={`stageHistory[${i}].from`}
            label={t('cooperatives.fields.historyFrom', { row: i + 1 })}
            value={row.from}
            onChange={(from) => change(i, { from })}
            errors={errorsFor(`stageHistory[${i}].from`)}
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
        id={`${formId}-stageHistory-error`}
        name="stageHistory"
        errors={errorsFor('stageHistory')}
      />
      <button
        type="button"
        className="button button--small"
        data-testid="add-stage"
        onClick={() => onChange([...rows, newStageRow(draft, localToday())])}
      >
        <Icon name="plus" />
        {rows.length === 0 ? t('cooperatives.startHistory') : t('cooperatives.addStage')}
      </button>
    </fieldset>
  );
}
