import { useTranslation } from 'react-i18next';
import type { FundingStreamJson } from '../../../../src/model/stream';
import { CheckboxGroup } from '../../components/form/choices';
import { draftFields } from '../../components/form/draftFields';
import { FieldErrors } from '../../components/form/Field';
import { TextField } from '../../components/form/inputs';
import type { SectionProps } from './sectionProps';
import { useShareHint } from './useShareHint';

interface GuaranteeFieldsProps extends SectionProps {
  /** Every stream of the workspace; the loans among them can be backed. */
  streams: readonly FundingStreamJson[];
}

/**
 * A guarantee's terms (borgstelling). It backs loans only, so only loans are offered;
 * a stream it already names that is no longer a loan stays listed (by name or id) so
 * the user can see the problem the check reports and untick it.
 */
export function GuaranteeFields({ formId, draft, update, errorsFor, streams }: GuaranteeFieldsProps) {
  const { t } = useTranslation();
  const shareHint = useShareHint();
  const field = draftFields(formId, { draft, update, errorsFor });
  const loans = streams.filter((s) => s.kind === 'loan' && s.id !== draft.id);
  const offered = [
    ...loans.map((s) => ({ value: s.id, label: s.name })),
    ...draft.guaranteeBacks
      .filter((id) => !loans.some((s) => s.id === id))
      .map((id) => ({ value: id, label: streams.find((s) => s.id === id)?.name ?? id })),
  ];
  return (
    <fieldset className="fieldset" data-testid="guarantee-terms">
      <legend className="fieldset__legend">{t('streams.fields.guarantee')}</legend>
      {offered.length === 0 ? (
        <>
          <p className="muted">{t('streams.guaranteeNoLoans')}</p>
          <FieldErrors
            id={`${formId}-guarantee-backs-error`}
            name="guarantee.backs"
            errors={errorsFor('guarantee.backs')}
          />
        </>
      ) : (
        <CheckboxGroup
          {...field.selected('guaranteeBacks', 'guarantee.backs')}
          legend={t('streams.fields.guaranteeBacks')}
          hint={t('streams.guaranteeBacksHint')}
          options={offered}
        />
      )}
      <div className="form-grid form-grid--compact">
        <TextField
          {...field.value('guaranteeShare', 'guarantee.share')}
          kind="percent"
          label={t('streams.fields.guaranteeShare')}
          hint={shareHint(draft.guaranteeShare)}
        />
        <TextField
          {...field.value('guaranteeTermYears', 'guarantee.termYears')}
          kind="number"
          label={t('streams.fields.guaranteeTermYears')}
        />
        <TextField
          {...field.value('guaranteeCallRate', 'guarantee.callRate')}
          kind="percent"
          label={t('streams.fields.guaranteeCallRate')}
          hint={t('streams.callRateHint')}
        />
      </div>
      <FieldErrors id={`${formId}-guarantee-error`} name="guarantee" errors={errorsFor('guarantee')} />
    </fieldset>
  );
}
