import { useTranslation } from 'react-i18next';
import type { PlanJson } from '../../../../../src/model/plan';
import { allocationGrid } from '../../../domain/analysis/allocationGrid';
import { allocationTotals, ownRevenueRows } from '../../../domain/analysis/allocationTotals';
import { cashFlowChart } from '../../../domain/analysis/cashFlowChart';
import { siloLabel } from '../../../../../src/model/silo';
import { siloColours } from '../../../../../src/charts/colours';
import { fundingBySilo, siloCategoryFlows } from '../../../domain/analysis/fundingCharts';
import type { PlanAnalysisJson } from '../../../domain/analysis/types';
import type { CellKey } from '../../../domain/planEdits';
import { useLabels } from '../../../i18n/useLabels';
import { useLang } from '../../../i18n/useLang';
import { ExplanationsPanel } from '../../analysis/ExplanationsPanel';
import { GuaranteesTable } from '../../analysis/GuaranteesTable';
import { AllocationTable } from './AllocationTable';
import { CashFlowChart } from './charts/CashFlowChart';
import { FundingBySiloChart } from './charts/FundingBySiloChart';
import { SiloSankeyChart } from './charts/SiloSankeyChart';
import { PlanMetrics } from './PlanMetrics';

interface PlanResultsProps {
  analysis: PlanAnalysisJson;
  /** The stored plan the analysis was asked for. */
  plan: PlanJson;
  /** The plan as shown, with locks still being saved. */
  shown: PlanJson;
  names: { stream: (id: string) => string; plan: (id: string) => string };
  updating: boolean;
  onToggleLock: (cell: CellKey, amount: number, locked: boolean) => void;
}

/** Everything the blend says about the plan: figures, charts, the allocation and why the gap remains. */
export function PlanResults({ analysis, plan, shown, names, updating, onToggleLock }: PlanResultsProps) {
  const { t } = useTranslation();
  const { locale } = useLang();
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
  const byName = (a: string, b: string) => names.stream(a).localeCompare(names.stream(b), locale);
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
      <section aria-labelledby="allocations-title" className="allocations">
        <h3 id="allocations-title" className="section-title">
          {t('allocations.title')}
        </h3>
        <p className="field__hint">
          {t('allocations.intro')} {t('allocations.totalsCaption')}.
        </p>
        <AllocationTable
          plan={shown}
          grid={allocationGrid(shown, analysis.allocations, byName)}
          ownRows={ownRevenueRows(shown, analysis.ownRevenueUses)}
          totals={allocationTotals(shown, analysis.allocations, analysis.ownRevenueUses)}
          streamName={names.stream}
          onToggleLock={onToggleLock}
          disabled={updating}
        />
      </section>
    </>
  );
}
