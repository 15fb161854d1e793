import { useTranslation } from 'react-i18next';
import type { Dimension } from '../../../../../src/model/doughnut';
import type { DimensionStatus } from '../../../../../src/charts/dimension-status';
import { DoughnutChart } from './DoughnutChart';
import { DoughnutFrame, useLensTitle } from './DoughnutFrame';
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
  const title = useLensTitle(t('doughnut.title', { year }), subtitle);
  return (
    <DoughnutFrame
      title={title}
      titleId="doughnut-title"
      testId="doughnut"
      hint={t('doughnut.hint')}
      chart={
        <DoughnutChart
          statuses={statuses}
          year={year}
          scenarioName={scenarioName}
          selected={selected}
          onSelect={onSelect}
          testId="doughnut-svg"
        />
      }
      legend={<DoughnutLegend lensShown={subtitle !== undefined} />}
      showTable={t('doughnut.showTable')}
    >
      <DoughnutTable statuses={statuses} indicatorLabel={indicatorLabel} caption={title} />
    </DoughnutFrame>
  );
}
