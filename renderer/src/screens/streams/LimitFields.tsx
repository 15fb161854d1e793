import { useTranslation } from 'react-i18next';
import { draftFields } from '../../components/form/draftFields';
import { FieldErrors } from '../../components/form/Field';
import { TextField } from '../../components/form/inputs';
import type { SectionProps } from './sectionProps';
import { useShareHint } from './useShareHint';

/** When the stream pays and how much one plan may get from it. */
export function LimitFields({ formId, draft, update, errorsFor }: SectionProps) {
  const { t } = useTranslation();
  const shareHint = useShareHint();
  const field = draftFields(formId, { draft, update, errorsFor });
  const noLimit = t('form.emptyMeansNoLimit');
  // The limits differ only in what they hold and say; one field each, in this order.
  const limits = [
    { key: 'maxPerPlan', kind: 'amount', label: t('streams.fields.maxPerPlan'), hint: noLimit },
    {
      key: 'maxShareOfPlan',
      kind: 'percent',
      label: t('streams.fields.maxShareOfPlan'),
      hint: shareHint(draft.maxShareOfPlan, noLimit),
    },
    { key: 'minAward', kind: 'amount', label: t('streams.fields.minAward'), hint: noLimit },
    { key: 'matching', kind: 'number', label: t('streams.fields.matching'), hint: t('streams.matchingHint') },
    {
      key: 'awardProbability',
      kind: 'percent',
      label: t('streams.fields.awardProbability'),
      hint: shareHint(draft.awardProbability, t('streams.awardProbabilityHint')),
    },
  ] as const;
  return (
    <>
      <fieldset className="fieldset">
        <legend className="fieldset__legend">{t('streams.fields.years')}</legend>
        <p className="field__hint">{t('streams.yearsHint')}</p>
        <div className="form-grid form-grid--compact">
          <TextField
            {...field.value('yearFrom', 'years[0]')}
            kind="year"
            label={t('streams.fields.yearFrom')}
          />
          <TextField {...field.value('yearTo', 'years[1]')} kind="year" label={t('streams.fields.yearTo')} />
        </div>
        <FieldErrors id={`${formId}-years-error`} name="years" errors={errorsFor('years')} />
      </fieldset>
      <div className="form-grid">
        {limits.map(({ key, kind, label, hint }) => (
          <TextField key={key} {...field.value(key)} kind={kind} label={label} hint={hint} />
        ))}
      </div>
    </>
  );
}
