import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { AnalysisRegion } from '../analysis/AnalysisRegion';
import { BudgetCycleChart } from './BudgetCycleChart';
import { BudgetCyclePlans } from './BudgetCyclePlans';
import { BudgetCycleSilos } from './BudgetCycleSilos';
import { regionState, useScenarioAnalysis } from './useScenarioAnalysis';

const analyse = (input: { scenarioId: string }) => api.portfolio.budgetCycle(input);

/**
 * The budget cycle (begrotingscyclus) of one scenario: structural and one-off money per
 * budget year and silo, and what each plan needs after its last year to keep running.
 * Recomputed in the host whenever the workspace changes, as the portfolio blend is.
 */
export function BudgetCyclePanel({ scenarioId }: { scenarioId: string }) {
  const { t } = useTranslation();
  const cycle = useScenarioAnalysis(analyse, scenarioId);
  const value = cycle.value;
  return (
    <AnalysisRegion
      titleId="budget-cycle-title"
      title={t('budgetCycle.title')}
      {...regionState(cycle)}
      computingText={t('portfolio.computing')}
      testId="budget-cycle"
    >
      {value !== null && (
        <>
          <p className="field__hint">{t('budgetCycle.intro')}</p>
          <BudgetCycleChart years={value.years} />
          <BudgetCycleSilos cycle={value} />
          <BudgetCyclePlans plans={value.plans} />
        </>
      )}
    </AnalysisRegion>
  );
}
