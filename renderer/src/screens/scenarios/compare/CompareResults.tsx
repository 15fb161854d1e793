import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { compareRuns, commonYears } from '../../../domain/impact/compare';
import { dimensionStatuses } from '../../../../../src/charts/dimension-status';
import type { ScenarioRun } from '../../../domain/impact/types';
import { formatNumber } from '../../../domain/format';
import { useLang } from '../../../i18n/useLang';
import { DoughnutChart } from '../doughnut/DoughnutChart';
import { DoughnutLegend } from '../doughnut/DoughnutLegend';
import { YearSlider } from '../results/YearSlider';
import { DimensionDifferences } from './DimensionDifferences';
import { IndicatorDifferences } from './IndicatorDifferences';

interface CompareResultsProps {
  runs: readonly ScenarioRun[];
  names: readonly string[];
}

/** Doughnuts side by side for one year, then the differences per dimension and per indicator. */
export function CompareResults({ runs, names }: CompareResultsProps) {
  const { t } = useTranslation();
  const { locale } = useLang();
  const years = commonYears(runs);
  const [chosenYear, setYear] = useState<number | null>(null);
  const year =
    chosenYear !== null && years.includes(chosenYear) ? chosenYear : (years[years.length - 1] ?? 0);
  const comparison = compareRuns(runs, year);
  return (
    <div className="compare-results" data-testid="compare-results">
      <YearSlider years={years} value={year} onChange={setYear} testId="compare-year" />
      <ul className="compare-doughnuts">
        {runs.map((run, i) => (
          <li
            key={run.scenarioId}
            className="compare-doughnut"
            data-testid="compare-doughnut"
            data-id={run.scenarioId}
          >
            <p className="compare-doughnut__name" dir="auto">
              {names[i]}
            </p>
            <DoughnutChart
              statuses={dimensionStatuses(run.indicators, year)}
              year={year}
              scenarioName={names[i] ?? run.scenarioId}
              compact
              testId={`compare-doughnut-${run.scenarioId}`}
            />
            <p className="muted compare-doughnut__distance">
              {t('compare.weightedValue', { value: formatNumber(run.gapCost.weightedActual, locale, 3) })}
            </p>
          </li>
        ))}
      </ul>
      <DoughnutLegend />
      <p className="field__hint">
        {t('compare.tableHint')} {t('compare.referenceNote', { name: names[0] ?? '' })}
      </p>
      <DimensionDifferences comparison={comparison} names={names} year={year} />
      <IndicatorDifferences comparison={comparison} names={names} year={year} />
    </div>
  );
}
