import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import type { PortfolioAnalysisJson } from '../../domain/analysis/types';
import { nameById } from '../../domain/plans';
import { useCan } from '../../session/sessionContext';
import { useWorkspaceData } from '../../state/workspaceContext';
import { AnalysisRegion } from '../analysis/AnalysisRegion';
import { ExplanationsPanel } from '../analysis/ExplanationsPanel';
import { GuaranteesTable } from '../analysis/GuaranteesTable';
import { BlendDistanceLine, type BlendFigures } from './BlendDistanceLine';
import { BlendJobStatus } from './BlendJobStatus';
import { FundsTable } from './FundsTable';
import { PortfolioPlans } from './PortfolioPlans';
import { PortfolioTotals } from './PortfolioTotals';
import { PortfolioWarnings } from './PortfolioWarnings';
import { StreamUseTable } from './StreamUseTable';
import { useBlendJob } from './useBlendJob';
import { regionState, useScenarioAnalysis } from './useScenarioAnalysis';

const analyse = (input: { scenarioId: string }) => api.portfolio.analysis(input);

/**
 * The portfolio blend of one scenario, recomputed in the host whenever the workspace
 * changes. A role that may start blends follows it as a job (progress, cancel, the
 * proven distance); a viewer reads the analysis in one request.
 */
export function PortfolioAnalysis({ scenarioId }: { scenarioId: string }) {
  const can = useCan();
  return can('blends.start') ? (
    <PortfolioBlendJob scenarioId={scenarioId} />
  ) : (
    <PortfolioAnalysisRead scenarioId={scenarioId} />
  );
}

function PortfolioBlendJob({ scenarioId }: { scenarioId: string }) {
  const { t } = useTranslation();
  const job = useBlendJob(scenarioId);
  // An older result stays, dimmed, while a newer blend runs; a cancelled or failed one leaves only its own.
  const result = job.running || job.fresh ? job.state.result : null;
  const failed = job.state.phase === 'failed' ? job.state.error : null;
  return (
    <AnalysisRegion
      titleId="portfolio-analysis-title"
      title={t('portfolio.resultsTitle')}
      updating={job.running}
      error={failed}
      // The region's own bar would show at once; the job's status shows its bar only after a moment.
      hasValue={result !== null || failed === null}
      onRetry={job.restart}
      computingText={t('portfolio.computing')}
      testId="portfolio-analysis"
    >
      <BlendJobStatus view={job} />
      {result !== null && <PortfolioResults value={result.analysis} blend={result.blend} />}
    </AnalysisRegion>
  );
}

function PortfolioAnalysisRead({ scenarioId }: { scenarioId: string }) {
  const { t } = useTranslation();
  const analysis = useScenarioAnalysis(analyse, scenarioId);
  return (
    <AnalysisRegion
      titleId="portfolio-analysis-title"
      title={t('portfolio.resultsTitle')}
      {...regionState(analysis)}
      computingText={t('portfolio.computing')}
      testId="portfolio-analysis"
    >
      {analysis.value !== null && <PortfolioResults value={analysis.value} blend={null} />}
    </AnalysisRegion>
  );
}

/** The blend's figures for the scenario: totals, plans, budgets, funds, guarantees and why gaps remain. */
function PortfolioResults({ value, blend }: { value: PortfolioAnalysisJson; blend: BlendFigures | null }) {
  const data = useWorkspaceData();
  const names = {
    stream: nameById(data.streams, (stream) => stream.name),
    plan: nameById(data.plans, (plan) => plan.name),
  };
  return (
    <>
      <PortfolioWarnings use={value.streamUse} streams={data.streams} streamName={names.stream} />
      <PortfolioTotals analysis={value} planName={names.plan} />
      {blend !== null && <BlendDistanceLine blend={blend} testId="portfolio-distance" />}
      <PortfolioPlans plans={value.plans} />
      <StreamUseTable use={value.streamUse} streamName={names.stream} />
      <FundsTable funds={value.funds} streamName={names.stream} />
      <GuaranteesTable guarantees={value.guarantees} names={names} showPlan />
      <ExplanationsPanel explanations={value.explanations} gap={value.gap} names={names} showPlan />
    </>
  );
}
