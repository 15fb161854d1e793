import { useTranslation } from 'react-i18next';
import { CheckboxField, CheckboxGroup } from '../../components/form/choices';
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
  const hint = t('streams.eligibilityHint');
  const limited = draft.sectors.length > 0 || draft.categories.length > 0 || draft.stages.length > 0;
  return (
    <div className="eligibility">
      <CheckboxGroup
        formId={formId}
        name="eligible.sectors"
        legend={t('streams.fields.eligibleSectors')}
        hint={hint}
        options={labels.sectorOptions}
        selected={draft.sectors}
        onChange={(sectors) => update({ sectors })}
        errors={errorsFor('eligible.sectors')}
      />
      <CheckboxGroup
        formId={formId}
        name="eligible.categories"
        legend={t('streams.fields.eligibleCategories')}
        hint={hint}
        options={labels.costCategoryOptions}
        selected={draft.categories}
        onChange={(categories) => update({ categories })}
        errors={errorsFor('eligible.categories')}
      />
      <CheckboxGroup
        formId={formId}
        name="eligible.stages"
        legend={t('streams.fields.eligibleStages')}
        hint={hint}
        options={labels.stageOptions}
        selected={draft.stages}
        onChange={(stages) => update({ stages })}
        errors={errorsFor('eligible.stages')}
      />
      {!limited && (
        <CheckboxField
          formId={formId}
          name="eligibilityOpen"
          label={t('streamStatus.eligibilityOpen')}
          checked={draft.eligibilityOpen}
          onChange={(eligibilityOpen) => update({ eligibilityOpen })}
          errors={errorsFor('eligibilityOpen')}
        />
      )}
      <FieldErrors id={`${formId}-eligible-error`} name="eligible" errors={errorsFor('eligible')} />
    </div>
  );
}
