import { useTranslation } from 'react-i18next';
import { CheckboxField, CheckboxGroup } from '../../components/form/choices';
import { draftFields } from '../../components/form/draftFields';
import { FieldErrors } from '../../components/form/Field';
import { useLabels } from '../../i18n/useLabels';
import type { SectionProps } from './sectionProps';

/**
 * Who and what the stream may fund; an empty list means no limit on that axis. With no
 * list ticked at all the stream funds everyone, so that takes a tick of its own.
 */
export function EligibilityFields({ formId, draft, update, errorsFor }: SectionProps) {
  const { t } = useTranslation();
  const labels = useLabels();
  const field = draftFields(formId, { draft, update, errorsFor });
  const hint = t('streams.eligibilityHint');
  const limited = draft.sectors.length > 0 || draft.categories.length > 0 || draft.stages.length > 0;
  return (
    <div className="eligibility">
      <CheckboxGroup
        {...field.selected('sectors', 'eligible.sectors')}
        legend={t('streams.fields.eligibleSectors')}
        hint={hint}
        options={labels.sectorOptions}
      />
      <CheckboxGroup
        {...field.selected('categories', 'eligible.categories')}
        legend={t('streams.fields.eligibleCategories')}
        hint={hint}
        options={labels.costCategoryOptions}
      />
      <CheckboxGroup
        {...field.selected('stages', 'eligible.stages')}
        legend={t('streams.fields.eligibleStages')}
        hint={hint}
        options={labels.stageOptions}
      />
      {!limited && (
        <CheckboxField {...field.checked('eligibilityOpen')} label={t('streamStatus.eligibilityOpen')} />
      )}
      <FieldErrors id={`${formId}-eligible-error`} name="eligible" errors={errorsFor('eligible')} />
    </div>
  );
}
