import { useTranslation } from 'react-i18next';
import { CheckboxField } from '../../components/form/choices';
import { draftFields } from '../../components/form/draftFields';
import { FieldErrors } from '../../components/form/Field';
import { TextField } from '../../components/form/inputs';
import type { SectionProps } from './sectionProps';
import { useShareHint } from './useShareHint';

/** Loan terms; shown only for kind "loan", the only kind the format allows them on. */
export function LoanFields({ formId, draft, update, errorsFor }: SectionProps) {
  const { t } = useTranslation();
  const shareHint = useShareHint();
  const field = draftFields(formId, { draft, update, errorsFor });
  return (
    <fieldset className="fieldset" data-testid="loan-terms">
      <legend className="fieldset__legend">{t('streams.fields.loan')}</legend>
      <div className="form-grid form-grid--compact">
        <TextField
          {...field.value('loanRate', 'loan.rate')}
          kind="percent"
          label={t('streams.fields.loanRate')}
        />
        <TextField
          {...field.value('loanTermYears', 'loan.termYears')}
          kind="number"
          label={t('streams.fields.loanTermYears')}
        />
        <TextField
          {...field.value('loanGraceYears', 'loan.graceYears')}
          kind="number"
          label={t('streams.fields.loanGraceYears')}
          hint={t('streams.graceHint')}
        />
        <TextField
          {...field.value('loanGuaranteeRequired', 'loan.guaranteeRequired')}
          kind="percent"
          label={t('streams.fields.loanGuaranteeRequired')}
          hint={shareHint(draft.loanGuaranteeRequired, t('streams.guaranteeRequiredHint'))}
        />
      </div>
      <FieldErrors id={`${formId}-loan-error`} name="loan" errors={errorsFor('loan')} />
      <div className="checkbox-row">
        <CheckboxField
          {...field.checked('revolving')}
          label={t('streams.fields.revolving')}
          // Interest can only come back into a fund that revolves; unticking clears it too.
          onChange={(revolving) =>
            update(revolving ? { revolving } : { revolving, revolvingInterest: false })
          }
        />
        {draft.revolving && (
          <CheckboxField
            {...field.checked('revolvingInterest')}
            label={t('streams.fields.revolvingInterest')}
          />
        )}
      </div>
      <p className="field__hint">{t('streams.revolvingHint')}</p>
    </fieldset>
  );
}
