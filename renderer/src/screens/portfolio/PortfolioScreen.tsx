import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/EmptyState';
import { PageHeading } from '../../components/PageHeading';
import { useCan } from '../../session/sessionContext';
import { useWorkspaceData } from '../../state/workspaceContext';
import { ScenarioSelect, useChosenScenario } from '../shared/ScenarioSelect';
import { BudgetCyclePanel } from './BudgetCyclePanel';
import { PortfolioAnalysisRead, PortfolioByJob } from './PortfolioAnalysis';

/** A scenario's plans blended together: who gets funded, what is left, and which budgets run out. */
export function PortfolioScreen() {
  const { t } = useTranslation();
  const { scenarios } = useWorkspaceData();
  const { scenario, choose } = useChosenScenario(scenarios);
  // A role that may start blends follows one blend job for both regions; a viewer reads them.
  const asJob = useCan()('blends.start');

  return (
    <>
      <PageHeading title={t('portfolio.title')} intro={t('portfolio.intro')} />
      {scenario === undefined ? (
        <EmptyState text={t('portfolio.noScenarios')} testId="portfolio-empty" />
      ) : (
        <>
          <div className="portfolio-picker">
            <ScenarioSelect
              label={t('portfolio.scenario')}
              scenarios={scenarios}
              value={scenario.id}
              onChange={choose}
            />
          </div>
          {/* Keyed: another scenario starts with a progress bar, not the previous scenario's figures. */}
          {asJob ? (
            <PortfolioByJob key={scenario.id} scenarioId={scenario.id} />
          ) : (
            <>
              <PortfolioAnalysisRead key={scenario.id} scenarioId={scenario.id} />
              <BudgetCyclePanel key={`cycle-${scenario.id}`} scenarioId={scenario.id} />
            </>
          )}
        </>
      )}
    </>
  );
}
