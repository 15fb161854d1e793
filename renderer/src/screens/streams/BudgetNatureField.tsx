import { useTranslation } from 'react-i18next';
import { budgetNatureOf, BUDGET_NATURES, type BudgetNature } from '../../../../src/model/stream';
import { RadioGroup } from '../../components/form/choices';
import { draftFields } from '../../components/form/draftFields';
import type { SectionProps } from './sectionProps';

/**
 * Structural (structureel) or one-off (incidenteel) money, for the budget cycle view.
 * "As its years say" keeps the field absent, so the default follows the stream's years
 * window (one-off when it has one); the option names what that means right now.
 */
export function BudgetNatureField({ formId, draft, update, errorsFor }: SectionProps) {
  const { t } = useTranslation();
  const hasWindow = draft.yearFrom.trim() !== '' || draft.yearTo.trim() !== '';
  const derived = budgetNatureOf(hasWindow ? { years: [0, 0] } : {});
  const options: { value: BudgetNature | ''; label: string }[] = [
    {
      value: '',
      label: t('budgetCycle.natureDefault', { nature: t(`budgetNature.${derived}`).toLowerCase() }),
    },
    ...BUDGET_NATURES.map((value) => ({ value, label: t(`budgetNature.${value}`) })),
  ];
  return (
    <RadioGroup<BudgetNature | ''>
      {...draftFields(formId, { draft, update, errorsFor }).value('budgetNature')}
      legend={t('budgetCycle.natureField')}
      options={options}
      hint={t('budgetCycle.natureHint')}
    />
  );
}
