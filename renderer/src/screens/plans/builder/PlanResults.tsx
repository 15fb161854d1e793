import { useTranslation } from 'react-i18next';
import type { PlanJson } from '../../../../../src/model/plan';
import { allocationGrid } from '../../../domain/analysis/allocationGrid';
import { allocationTotals, ownRevenueRows } from '../../../domain/analysis/allocationTotals';
import type { PlanAnalysisJson } from '../../../domain/analysis/types';
import type { CellKey } from '../../../domain/planEdits';
import { useLang } from '../../../i18n/useLang';
import { AllocationTable } from './AllocationTable';
import { PlanFigures } from './PlanFigures';

interface PlanResultsProps {
  analysis: PlanAnalysisJson;
  /** The plan the analysis was asked for (the draft of an edit still being saved, or the stored plan). */
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
  const byName = (a: string, b: string) => names.stream(a).localeCompare(names.stream(b), locale);
  return (
    <>
      <PlanFigures analysis={analysis} plan={plan} names={names} />
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
