import { useTranslation } from 'react-i18next';
import type { Dimension } from '../../../../../src/model/doughnut';
import type { DimensionStatus } from '../../../../../src/charts/dimension-status';
import { DoughnutChart } from './DoughnutChart';
import { DoughnutLegend } from './DoughnutLegend';
import { DoughnutTable } from './DoughnutTable';

interface DoughnutFigureProps {
  statuses: readonly DimensionStatus[];
  year: number;
  scenarioName: string;
  selected: Dimension | null;
  onSelect: (dimension: Dimension) => void;
  indicatorLabel: (indicatorId: string) => string;
  /** Added to the title, e.g. the City Portrait lens shown. */
  subtitle?: string;
}

/** The Doughnut with its title, how to use it, its legend and its figures as a table. */
export function DoughnutFigure(props: DoughnutFigureProps) {
  const { statuses, year, scenarioName, selected, onSelect, indicatorLabel, subtitle } = props;
  const { t } = useTranslation();
  const base = t('doughnut.title', { year });
  const title = subtitle === undefined ? base : t('doughnutLens.title', { title: base, lens: subtitle });
  return (
    <figure className="chart doughnut" aria-labelledby="doughnut-title" data-testid="doughnut">
      <figcaption id="doughnut-title" className="chart__title">
        {title}
      </figcaption>
      <p className="field__hint">{t('doughnut.hint')}</p>
      <div className="doughnut__canvas">
        <DoughnutChart
          statuses={statuses}
          year={year}
          scenarioName={scenarioName}
          selected={selected}
          onSelect={onSelect}
          testId="doughnut-svg"
        />
      </div>
      <DoughnutLegend lensShown={subtitle !== undefined} />
      <details className="chart__data">
        <summary>{t('doughnut.showTable')}</summary>
        <DoughnutTable statuses={statuses} indicatorLabel={indicatorLabel} caption={title} />
      </details>
    </figure>
  );
}
