import { useTranslation } from 'react-i18next';
import { continuesAfterPlan } from '../../../../../src/model/plan';
import type { CostCategory } from '../../../../../src/model/stream';
import { RadioGroup } from '../../../components/form/choices';
import type { ContinuesChoice } from '../../../domain/costLineContinues';

interface ContinuesFieldProps {
  formId: string;
  category: CostCategory;
  value: ContinuesChoice;
  onChange: (value: ContinuesChoice) => void;
}

/**
 * Whether the cost goes on after the plan's last year (the budget cycle's "what a plan
 * needs to keep running"). The first option follows the category and says what that
 * means for the category chosen right now.
 */
export function ContinuesField({ formId, category, value, onChange }: ContinuesFieldProps) {
  const { t } = useTranslation();
  const byCategory = continuesAfterPlan({ category }) ? t('budgetCycle.yes') : t('budgetCycle.no');
  return (
    <RadioGroup<ContinuesChoice>
      formId={formId}
      name="continues"
      legend={t('budgetCycle.continuesField')}
      options={[
        { value: '', label: t('budgetCycle.continuesDefault', { answer: byCategory }) },
        { value: 'yes', label: t('budgetCycle.yes') },
        { value: 'no', label: t('budgetCycle.no') },
      ]}
      value={value}
      onChange={onChange}
      hint={t('budgetCycle.continuesHint')}
    />
  );
}
