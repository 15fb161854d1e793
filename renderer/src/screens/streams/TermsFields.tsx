import { useTranslation } from 'react-i18next';
import { DateField } from '../../components/form/DateField';
import { draftFields } from '../../components/form/draftFields';
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
  const field = draftFields(formId, { draft, update, errorsFor });
  const termsDate = draft.termsDate.trim() === '' ? undefined : draft.termsDate;
  return (
    <>
      <div className="form-grid">
        <DateField
          {...field.value('termsDate')}
          label={t('streams.fields.termsDate')}
          hint={t('streams.termsDateHint')}
        />
        <TextField
          {...field.value('source')}
          label={t('streams.fields.source')}
          hint={t('streams.sourceHint')}
          className="field--terms-source"
        />
      </div>
      <p className="terms-preview" aria-live="polite">
        <TermsFlag termsDate={termsDate} showCurrent testId="editor-terms-flag" />
        <TermsSource source={draft.source} />
      </p>
      <div className="form-grid">
        <TextField
          {...field.value('decisionWeeks')}
          kind="number"
          label={t('streams.fields.decisionWeeks')}
          hint={t('streams.decisionWeeksHint')}
        />
        <DateField
          {...field.value('applicationDeadline')}
          label={t('streams.fields.applicationDeadline')}
          hint={t('streams.applicationDeadlineHint')}
        />
      </div>
    </>
  );
}
