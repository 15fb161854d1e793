import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import type { PortfolioAnalysisJson } from '../../domain/analysis/types';
import { nameById } from '../../domain/plans';
import { useWorkspaceData } from '../../state/workspaceContext';
import { AnalysisRegion } from '../analysis/AnalysisRegion';
import { ExplanationsPanel } from '../analysis/ExplanationsPanel';
import { GuaranteesTable } from '../analysis/GuaranteesTable';
import { BlendDistanceLine, type BlendFigures } from './BlendDistanceLine';
import { BlendJobStatus } from './BlendJobStatus';
import { BudgetCycleRegion } from './BudgetCyclePanel';
import { FundsTable } from './FundsTable';
import { PortfolioPlans } from './PortfolioPlans';
import { PortfolioTotals } from './PortfolioTotals';
import { PortfolioWarnings } from './PortfolioWarnings';
import { StreamUseTable } from './StreamUseTable';
import { useBlendJob, type BlendJobView } from './useBlendJob';
import { regionState, useScenarioAnalysis } from './useScenarioAnalysis';

const analyse = (input: { scenarioId: string }) => api.portfolio.analysis(input);

/**
 * The portfolio blend of one scenario as a job in the host (progress, cancel, the
 * proven distance), for a role that may start blends: one blend gives both the
 * portfolio's figures and its budget cycle. Started again whenever the workspace changes.
 */
export function PortfolioByJob({ scenarioId }: { scenarioId: string }) {
  const job = useBlendJob(scenarioId);
  // An older result stays, dimmed, while a newer blend runs; a cancelled or failed one leaves only its own.
  const result = job.running || job.fresh ? job.state.result : null;
  const failed = job.state.phase === 'failed' ? job.state.error : null;
  return (
    <>
      <PortfolioBlendJob job={job} result={result} failed={failed} />
      <BudgetCycleRegion
        value={result?.budgetCycle ?? null}
        updating={job.running}
        error={failed}
        // No bar of its own: the portfolio's region above shows the blend's progress.
        hasValue={result !== null || failed === null}
        onRetry={job.restart}
      />
    </>
  );
}

interface BlendJobRegionProps {
  job: BlendJobView;
  result: BlendJobView['state']['result'];
  failed: BlendJobView['state']['error'];
}

function PortfolioBlendJob({ job, result, failed }: BlendJobRegionProps) {
  const { t } = useTranslation();
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

/** The portfolio blend of one scenario in one request, recomputed whenever the workspace changes (a viewer's). */
export function PortfolioAnalysisRead({ scenarioId }: { scenarioId: string }) {
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
