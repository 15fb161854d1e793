import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../../components/form/inputs';
import { EmptyState } from '../../components/EmptyState';
import { PageHeading } from '../../components/PageHeading';
import { useWorkspaceData } from '../../state/workspaceContext';
import { BudgetCyclePanel } from './BudgetCyclePanel';
import { PortfolioAnalysis } from './PortfolioAnalysis';

/** A scenario's plans blended together: who gets funded, what is left, and which budgets run out. */
export function PortfolioScreen() {
  const { t } = useTranslation();
  const { scenarios } = useWorkspaceData();
  const formId = useId().replace(/:/g, '');
  const [chosen, setChosen] = useState<string | null>(null);
  const scenario = scenarios.find((s) => s.id === chosen) ?? scenarios[0];

  return (
    <>
      <PageHeading title={t('portfolio.title')} intro={t('portfolio.intro')} />
      {scenario === undefined ? (
        <EmptyState text={t('portfolio.noScenarios')} testId="portfolio-empty" />
      ) : (
        <>
          <div className="portfolio-picker">
            <SelectField
              formId={formId}
              name="scenario"
              label={t('portfolio.scenario')}
              value={scenario.id}
              options={scenarios.map((s) => ({ value: s.id, label: s.name }))}
              onChange={(id) => setChosen(id === '' ? null : id)}
            />
          </div>
          {/* Keyed: another scenario starts with a progress bar, not the previous scenario's figures. */}
          <PortfolioAnalysis key={scenario.id} scenarioId={scenario.id} />
          <BudgetCyclePanel key={`cycle-${scenario.id}`} scenarioId={scenario.id} />
        </>
      )}
    </>
  );
}
