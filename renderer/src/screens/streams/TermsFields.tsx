import { useTranslation } from 'react-i18next';
import { DateField } from '../../components/form/DateField';
import { TextField } from '../../components/form/inputs';
import { TermsFlag, TermsSource } from '../../components/terms/TermsFlag';
import type { SectionProps } from './sectionProps';

/**
 * Where the terms come from and when they were last checked (peildatum, bron). The flag
 * under the fields follows the draft, so the user sees at once whether the date entered
 * still counts as current.
 */
export function TermsFields({ formId, draft, update, errorsFor }: SectionProps) {
  const { t } = useTranslation();
  const termsDate = draft.termsDate.trim() === '' ? undefined : draft.termsDate;
  return (
    <>
      <div className="form-grid">
        <DateField
          formId={formId}
          name="termsDate"
          label={t('streams.fields.termsDate')}
          hint={t('streams.termsDateHint')}
          value={draft.termsDate}
          onChange={(value) => update({ termsDate: value })}
          errors={errorsFor('termsDate')}
        />
        <TextField
          formId={formId}
          name="source"
          label={t('streams.fields.source')}
          hint={t('streams.sourceHint')}
          value={draft.source}
          onChange={(source) => update({ source })}
          errors={errorsFor('source')}
          className="field--terms-source"
        />
      </div>
      <p className="terms-preview" aria-live="polite">
        <TermsFlag termsDate={termsDate} showCurrent testId="editor-terms-flag" />
        <TermsSource source={draft.source} />
      </p>
      <div className="form-grid">
        <TextField
          formId={formId}
          name="decisionWeeks"
          kind="number"
          label={t('streams.fields.decisionWeeks')}
          hint={t('streams.decisionWeeksHint')}
          value={draft.decisionWeeks}
          onChange={(decisionWeeks) => update({ decisionWeeks })}
          errors={errorsFor('decisionWeeks')}
        />
        <DateField
          formId={formId}
          name="applicationDeadline"
          label={t('streams.fields.applicationDeadline')}
          hint={t('streams.applicationDeadlineHint')}
          value={draft.applicationDeadline}
          onChange={(applicationDeadline) => update({ applicationDeadline })}
          errors={errorsFor('applicationDeadline')}
        />
      </div>
    </>
  );
}
