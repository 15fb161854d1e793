import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Dimension } from '../../../../../src/model/doughnut';
import { dimensionStatuses, dimensionToOpen } from '../../../domain/impact/dimensionStatus';
import type { ScenarioRun } from '../../../domain/impact/types';
import { formatNumber } from '../../../domain/format';
import { useLang } from '../../../i18n/useLang';
import { DoughnutFigure } from '../doughnut/DoughnutFigure';
import { DimensionPanel } from './DimensionPanel';
import { GapCostTable } from './GapCostTable';
import { GuaranteeCallsLine } from './GuaranteeCallsLine';
import { IndicatorTable } from './IndicatorTable';
import { PlanFundingTable } from './PlanFundingTable';
import { YearSlider } from './YearSlider';

interface ScenarioResultsProps {
  run: ScenarioRun;
  scenarioName: string;
  planName: (id: string) => string;
}

/** A finished run: the Doughnut for a chosen year, the chosen dimension's indicators, and the tables. */
export function ScenarioResults({ run, scenarioName, planName }: ScenarioResultsProps) {
  const { t } = useTranslation();
  const { locale } = useLang();
  const lastYear = run.years[run.years.length - 1] ?? 0;
  const [chosenYear, setYear] = useState<number | null>(null);
  const year = chosenYear !== null && run.years.includes(chosenYear) ? chosenYear : lastYear;
  const statuses = dimensionStatuses(run.indicators, year);
  const [chosen, setChosen] = useState<Dimension | null>(null);
  const selected = chosen ?? dimensionToOpen(run.indicators, statuses, year);
  const entry = statuses.find((s) => s.dimension === selected);
  const labels = new Map(run.indicators.map((i) => [i.indicatorId, i.label]));

  return (
    <div className="scenario-results" data-testid="scenario-results">
      <YearSlider years={run.years} value={year} onChange={setYear} />
      <div className="doughnut-layout">
        <DoughnutFigure
          statuses={statuses}
          year={year}
          scenarioName={scenarioName}
          selected={selected}
          onSelect={setChosen}
          indicatorLabel={(id) => labels.get(id) ?? id}
        />
        {entry !== undefined && <DimensionPanel entry={entry} indicators={run.indicators} year={year} />}
      </div>
      <IndicatorTable indicators={run.indicators} year={year} />
      <PlanFundingTable plans={run.plans} planName={planName} />
      <GuaranteeCallsLine calls={run.guaranteeCalls} />
      <GapCostTable gapCost={run.gapCost} />
      <p className="muted monte-carlo-note">
        {t('scenarioRun.monteCarloNote', {
          draws: formatNumber(run.monteCarlo.draws, locale),
          seed: run.monteCarlo.seed,
        })}{' '}
        {run.monteCarlo.workers === 0
          ? t('scenarioRun.mainThread')
          : t('scenarioRun.workers', { count: run.monteCarlo.workers })}
      </p>
    </div>
  );
}
