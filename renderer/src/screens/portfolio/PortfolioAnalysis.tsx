import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { nameById } from '../../domain/plans';
import { useWorkspaceData } from '../../state/workspaceContext';
import { AnalysisRegion } from '../analysis/AnalysisRegion';
import { ExplanationsPanel } from '../analysis/ExplanationsPanel';
import { GuaranteesTable } from '../analysis/GuaranteesTable';
import { FundsTable } from './FundsTable';
import { PortfolioPlans } from './PortfolioPlans';
import { PortfolioTotals } from './PortfolioTotals';
import { PortfolioWarnings } from './PortfolioWarnings';
import { StreamUseTable } from './StreamUseTable';
import { regionState, useScenarioAnalysis } from './useScenarioAnalysis';

const analyse = (input: { scenarioId: string }) => api.portfolio.analysis(input);

/** The portfolio blend of one scenario, recomputed in the host whenever the workspace changes. */
export function PortfolioAnalysis({ scenarioId }: { scenarioId: string }) {
  const { t } = useTranslation();
  const data = useWorkspaceData();
  const analysis = useScenarioAnalysis(analyse, scenarioId);
  const names = {
    stream: nameById(data.streams, (stream) => stream.name),
    plan: nameById(data.plans, (plan) => plan.name),
  };
  const value = analysis.value;
  return (
    <AnalysisRegion
      titleId="portfolio-analysis-title"
      title={t('portfolio.resultsTitle')}
      {...regionState(analysis)}
      computingText={t('portfolio.computing')}
      testId="portfolio-analysis"
    >
      {value !== null && (
        <>
          <PortfolioWarnings use={value.streamUse} streams={data.streams} streamName={names.stream} />
          <PortfolioTotals analysis={value} planName={names.plan} />
          <PortfolioPlans plans={value.plans} />
          <StreamUseTable use={value.streamUse} streamName={names.stream} />
          <FundsTable funds={value.funds} streamName={names.stream} />
          <GuaranteesTable guarantees={value.guarantees} names={names} showPlan />
          <ExplanationsPanel explanations={value.explanations} gap={value.gap} names={names} showPlan />
        </>
      )}
    </AnalysisRegion>
  );
}
