import { useTranslation } from 'react-i18next';
import type { BudgetCycleJson } from '../../../../src/contract';
import type { ApiError } from '../../../../src/contract/result';
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
 * (A role that starts blend jobs gets it with the portfolio's blend job: PortfolioByJob.)
 */
export function BudgetCyclePanel({ scenarioId }: { scenarioId: string }) {
  const cycle = useScenarioAnalysis(analyse, scenarioId);
  return <BudgetCycleRegion value={cycle.value} {...regionState(cycle)} />;
}

interface BudgetCycleRegionProps {
  value: BudgetCycleJson | null;
  updating: boolean;
  error: ApiError | null;
  hasValue: boolean;
  onRetry: () => void;
}

/** The budget cycle's region, whichever way its figures came. */
export function BudgetCycleRegion({ value, ...state }: BudgetCycleRegionProps) {
  const { t } = useTranslation();
  return (
    <AnalysisRegion
      titleId="budget-cycle-title"
      title={t('budgetCycle.title')}
      {...state}
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
