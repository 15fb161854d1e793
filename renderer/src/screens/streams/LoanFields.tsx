import { useTranslation } from 'react-i18next';
import { CheckboxField } from '../../components/form/choices';
import { FieldErrors } from '../../components/form/Field';
import { TextField } from '../../components/form/inputs';
import type { SectionProps } from './sectionProps';
import { useShareHint } from './useShareHint';

/** Loan terms; shown only for kind "loan", the only kind the format allows them on. */
export function LoanFields({ formId, draft, update, errorsFor }: SectionProps) {
  const { t } = useTranslation();
  const shareHint = useShareHint();
  return (
    <fieldset className="fieldset" data-testid="loan-terms">
      <legend className="fieldset__legend">{t('streams.fields.loan')}</legend>
      <div className="form-grid form-grid--compact">
        <TextField
          formId={formId}
          name="loan.rate"
          kind="percent"
          label={t('streams.fields.loanRate')}
          value={draft.loanRate}
          onChange={(loanRate) => update({ loanRate })}
          errors={errorsFor('loan.rate')}
        />
        <TextField
          formId={formId}
          name="loan.termYears"
          kind="number"
          label={t('streams.fields.loanTermYears')}
          value={draft.loanTermYears}
          onChange={(loanTermYears) => update({ loanTermYears })}
          errors={errorsFor('loan.termYears')}
        />
        <TextField
          formId={formId}
          name="loan.graceYears"
          kind="number"
          label={t('streams.fields.loanGraceYears')}
          hint={t('streams.graceHint')}
          value={draft.loanGraceYears}
          onChange={(loanGraceYears) => update({ loanGraceYears })}
          errors={errorsFor('loan.graceYears')}
        />
        <TextField
          formId={formId}
          name="loan.guaranteeRequired"
          kind="percent"
          label={t('streams.fields.loanGuaranteeRequired')}
          hint={shareHint(draft.loanGuaranteeRequired, t('streams.guaranteeRequiredHint'))}
          value={draft.loanGuaranteeRequired}
          onChange={(loanGuaranteeRequired) => update({ loanGuaranteeRequired })}
          errors={errorsFor('loan.guaranteeRequired')}
        />
      </div>
      <FieldErrors id={`${formId}-loan-error`} name="loan" errors={errorsFor('loan')} />
      <div className="checkbox-row">
        <CheckboxField
          formId={formId}
          name="revolving"
          label={t('streams.fields.revolving')}
          checked={draft.revolving}
          // Interest can only come back into a fund that revolves; unticking clears it too.
          onChange={(revolving) =>
            update(revolving ? { revolving } : { revolving, revolvingInterest: false })
          }
          errors={errorsFor('revolving')}
        />
        {draft.revolving && (
          <CheckboxField
            formId={formId}
            name="revolvingInterest"
            label={t('streams.fields.revolvingInterest')}
            checked={draft.revolvingInterest}
            onChange={(revolvingInterest) => update({ revolvingInterest })}
            errors={errorsFor('revolvingInterest')}
          />
        )}
      </div>
      <p className="field__hint">{t('streams.revolvingHint')}</p>
    </fieldset>
  );
}
