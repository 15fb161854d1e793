import { useTranslation } from 'react-i18next';
import type { CostCategory } from '../../../../../src/model/stream';
import { SelectField, TextField } from '../../../components/form/inputs';
import { useLabels } from '../../../i18n/useLabels';

interface CostLineFieldsProps {
  formId: string;
  category: CostCategory | '';
  onCategory: (category: CostCategory | '') => void;
  /** A new line starts with no category, so the list opens on "choose"; a line's own always has one. */
  choosePrompt: boolean;
  categoryErrors?: readonly string[];
  label: string;
  onLabel: (label: string) => void;
  labelErrors: readonly string[];
}

/** What names a cost line: its category and its label, for a new line and when changing one. */
export function CostLineFields({
  formId,
  category,
  onCategory,
  choosePrompt,
  categoryErrors,
  label,
  onLabel,
  labelErrors,
}: CostLineFieldsProps) {
  const { t } = useTranslation();
  const labels = useLabels();
  return (
    <>
      <SelectField
        formId={formId}
        name="category"
        label={t('builder.addCategory')}
        value={category}
        options={labels.costCategoryOptions}
        onChange={onCategory}
        placeholder={choosePrompt ? t('form.choose') : undefined}
        errors={categoryErrors}
      />
      <TextField
        formId={formId}
        name="label"
        label={t('builder.addLabel')}
        value={label}
        onChange={onLabel}
        errors={labelErrors}
        maxLength={200}
      />
    </>
  );
}
