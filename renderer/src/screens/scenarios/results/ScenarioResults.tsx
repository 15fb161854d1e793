import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { indicatorsOfLens, type LensChoice } from '../../../../../src/impact/doughnut-wedges';
import type { Dimension } from '../../../../../src/model/doughnut';
import { dimensionStatuses, dimensionToOpen } from '../../../../../src/charts/dimension-status';
import type { ScenarioRun } from '../../../domain/impact/types';
import { formatNumber } from '../../../domain/format';
import { useDoughnutLabels } from '../../../i18n/useDoughnutLabels';
import { useLang } from '../../../i18n/useLang';
import { DoughnutFigure } from '../doughnut/DoughnutFigure';
import { LensPicker } from '../doughnut/LensPicker';
import { ContributionView } from './ContributionView';
import { DesiloingPanel } from './DesiloingPanel';
import { DimensionPanel } from './DimensionPanel';
import { GapCostTable } from './GapCostTable';
import { GuaranteeCallsLine } from './GuaranteeCallsLine';
import { IndicatorTable } from './IndicatorTable';
import { PlanFundingTable } from './PlanFundingTable';
import { BlendDistanceLine } from '../../portfolio/BlendDistanceLine';
import { ProcurementPanel } from './ProcurementPanel';
import { YearSlider } from './YearSlider';

interface ScenarioResultsProps {
  run: ScenarioRun;
  scenarioName: string;
  planName: (id: string) => string;
}

/**
 * A finished run: the Doughnut for a chosen year and City Portrait lens, the chosen
 * dimension's indicators, the portfolio's contribution, and the tables.
 */
export function ScenarioResults({ run, scenarioName, planName }: ScenarioResultsProps) {
  const { t } = useTranslation();
  const { locale } = useLang();
  const lastYear = run.years[run.years.length - 1] ?? 0;
  const [chosenYear, setYear] = useState<number | null>(null);
  const year = chosenYear !== null && run.years.includes(chosenYear) ? chosenYear : lastYear;
  const [lens, setLens] = useState<LensChoice>('all');
  const names = useDoughnutLabels();
  const statuses = dimensionStatuses(run.indicators, year, lens);
  const [chosen, setChosen] = useState<Dimension | null>(null);
  const selected = chosen ?? dimensionToOpen(indicatorsOfLens(run.indicators, lens), statuses, year);
  const entry = statuses.find((s) => s.dimension === selected);
  const labels = new Map(run.indicators.map((i) => [i.indicatorId, i.label]));
  const indicatorLabel = (id: string) => labels.get(id) ?? id;

  return (
    <div className="scenario-results" data-testid="scenario-results">
      <YearSlider years={run.years} value={year} onChange={setYear} />
      <LensPicker indicators={run.indicators} value={lens} onChange={setLens} />
      <div className="doughnut-layout">
        <DoughnutFigure
          statuses={statuses}
          year={year}
          scenarioName={scenarioName}
          selected={selected}
          onSelect={setChosen}
          indicatorLabel={indicatorLabel}
          {...(lens === 'all' ? {} : { subtitle: names.lens(lens) })}
        />
        {entry !== undefined && (
          <DimensionPanel
            entry={entry}
            indicators={run.indicators}
            year={year}
            {...(lens === 'all' ? {} : { lensName: names.lens(lens) })}
          />
        )}
      </div>
      <ContributionView
        contribution={run.contribution}
        indicators={run.indicators}
        year={year}
        lens={lens}
        scenarioName={scenarioName}
        indicatorLabel={indicatorLabel}
      />
      <IndicatorTable indicators={run.indicators} year={year} />
      <PlanFundingTable plans={run.plans} planName={planName} />
      <BlendDistanceLine blend={run.blend} testId="scenario-distance" />
      {run.desiloing !== null && <DesiloingPanel desiloing={run.desiloing} planName={planName} />}
      {run.procurement !== undefined && <ProcurementPanel effect={run.procurement} planName={planName} />}
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
