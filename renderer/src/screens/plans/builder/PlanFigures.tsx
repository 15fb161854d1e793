import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanJson } from '../../../../../src/model/plan';
import { siloLabel } from '../../../../../src/model/silo';
import { siloColours } from '../../../../../src/charts/colours';
import { cashFlowChart } from '../../../domain/analysis/cashFlowChart';
import { fundingBySilo, siloCategoryFlows } from '../../../domain/analysis/fundingCharts';
import type { PlanAnalysisJson } from '../../../domain/analysis/types';
import { useLabels } from '../../../i18n/useLabels';
import { ExplanationsPanel } from '../../analysis/ExplanationsPanel';
import { GuaranteesTable } from '../../analysis/GuaranteesTable';
import { CashFlowChart } from './charts/CashFlowChart';
import { FundingBySiloChart } from './charts/FundingBySiloChart';
import { SiloSankeyChart } from './charts/SiloSankeyChart';
import { PlanMetrics } from './PlanMetrics';

export interface PlanFiguresProps {
  analysis: PlanAnalysisJson;
  /** The plan the analysis was asked for. */
  plan: PlanJson;
  names: { stream: (id: string) => string; plan: (id: string) => string };
}

/**
 * The blend's figures, charts, explanations and guarantees. Memoised: the builder
 * re-renders on every keystroke, save and reload, but these (the Recharts charts above
 * all, the costliest part of a redraw) change only with the analysis or the plan it was
 * computed for, so they are drawn once per new blend.
 */
export const PlanFigures = memo(function PlanFigures({ analysis, plan, names }: PlanFiguresProps) {
  const { t } = useTranslation();
  const labels = useLabels();
  const funding = fundingBySilo(plan, analysis.allocations, analysis.ownRevenueUses);
  const colours = siloColours(funding.silos);
  const flows = siloCategoryFlows(
    plan,
    analysis.allocations,
    {
      silo: siloLabel,
      category: labels.costCategory,
      ownRevenue: t('charts.ownRevenue'),
      gap: t('charts.gap'),
    },
    analysis.ownRevenueUses,
  );
  const cashFlow = cashFlowChart(analysis.cashFlow);
  // Recharts keeps an axis's categories between renders: when the plan's years change
  // (its period was edited, or undone) a chart kept mounted draws the new years against
  // the old axis (NaN positions). A chart per set of years starts clean.
  const fundingYears = funding.years.map((y) => y.year).join();
  const cashFlowYears = cashFlow.points.map((p) => p.year).join();
  return (
    <>
      <PlanMetrics analysis={analysis} streamName={names.stream} />
      <div className="chart-grid">
        <FundingBySiloChart key={`funding-${fundingYears}`} data={funding} colours={colours} />
        <SiloSankeyChart key={`sankey-${fundingYears}`} flows={flows} colours={colours} />
      </div>
      <CashFlowChart key={cashFlowYears} data={cashFlow} />
      <ExplanationsPanel explanations={analysis.explanations} gap={analysis.gap} names={names} />
      <GuaranteesTable guarantees={analysis.guarantees} names={names} />
    </>
  );
});
