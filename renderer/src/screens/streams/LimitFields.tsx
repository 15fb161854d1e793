import { useTranslation } from 'react-i18next';
import { FieldErrors } from '../../components/form/Field';
import { TextField } from '../../components/form/inputs';
import type { SectionProps } from './sectionProps';
import { useShareHint } from './useShareHint';

/** When the stream pays and how much one plan may get from it. */
export function LimitFields({ formId, draft, update, errorsFor }: SectionProps) {
  const { t } = useTranslation();
  const shareHint = useShareHint();
  const common = { formId };
  return (
    <>
      <fieldset className="fieldset">
        <legend className="fieldset__legend">{t('streams.fields.years')}</legend>
        <p className="field__hint">{t('streams.yearsHint')}</p>
        <div className="form-grid form-grid--compact">
          <TextField
            {...common}
            name="years[0]"
            kind="year"
            label={t('streams.fields.yearFrom')}
            value={draft.yearFrom}
            onChange={(yearFrom) => update({ yearFrom })}
            errors={errorsFor('years[0]')}
          />
          <TextField
            {...common}
            name="years[1]"
            kind="year"
            label={t('streams.fields.yearTo')}
            value={draft.yearTo}
            onChange={(yearTo) => update({ yearTo })}
            errors={errorsFor('years[1]')}
          />
        </div>
        <FieldErrors id={`${formId}-years-error`} name="years" errors={errorsFor('years')} />
      </fieldset>
      <div className="form-grid">
        <TextField
          {...common}
          name="maxPerPlan"
          kind="amount"
          label={t('streams.fields.maxPerPlan')}
          hint={t('form.emptyMeansNoLimit')}
          value={draft.maxPerPlan}
          onChange={(maxPerPlan) => update({ maxPerPlan })}
          errors={errorsFor('maxPerPlan')}
        />
        <TextField
          {...common}
          name="maxShareOfPlan"
          kind="percent"
          label={t('streams.fields.maxShareOfPlan')}
          hint={shareHint(draft.maxShareOfPlan, t('form.emptyMeansNoLimit'))}
          value={draft.maxShareOfPlan}
          onChange={(maxShareOfPlan) => update({ maxShareOfPlan })}
          errors={errorsFor('maxShareOfPlan')}
        />
        <TextField
          {...common}
          name="minAward"
          kind="amount"
          label={t('streams.fields.minAward')}
          hint={t('form.emptyMeansNoLimit')}
          value={draft.minAward}
          onChange={(minAward) => update({ minAward })}
          errors={errorsFor('minAward')}
        />
        <TextField
          {...common}
          name="matching"
          kind="number"
          label={t('streams.fields.matching')}
          hint={t('streams.matchingHint')}
          value={draft.matching}
          onChange={(matching) => update({ matching })}
          errors={errorsFor('matching')}
        />
        <TextField
          {...common}
          name="awardProbability"
          kind="percent"
          label={t('streams.fields.awardProbability')}
          hint={shareHint(draft.awardProbability, t('streams.awardProbabilityHint'))}
          value={draft.awardProbability}
          onChange={(awardProbability) => update({ awardProbability })}
          errors={errorsFor('awardProbability')}
        />
      </div>
    </>
  );
}
