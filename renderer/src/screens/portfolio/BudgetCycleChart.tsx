import { useTranslation } from 'react-i18next';
import { Bar, ComposedChart, Line } from 'recharts';
import type { BudgetCycleJson } from '../../../../src/contract';
import { moneyAxis } from '../../../../src/charts/scale';
import { GAP_COLOUR, OWN_REVENUE_COLOUR, SERIES_COLOURS } from '../../../../src/charts/colours';
import { ChartFigure } from '../analysis/charts/ChartFigure';
import { MoneyYearAxes } from '../analysis/charts/MoneyYearAxes';
import { useChartFormat } from '../analysis/charts/useChartFormat';
import { yearChartBox, yearTable } from '../analysis/charts/yearCharts';

const STRUCTURAL_COLOUR = SERIES_COLOURS[0];
const ONE_OFF_COLOUR = SERIES_COLOURS[5];

/**
 * Money per budget year as a stack (structural, one-off, own revenue), with a line for
 * what the plans whose years have ended need to keep running: where the line rises
 * while the one-off bars fall is the cliff the council has to decide on.
 */
export function BudgetCycleChart({ years }: { years: BudgetCycleJson['years'] }) {
  const { t } = useTranslation();
  const format = useChartFormat();
  const labels = {
    structural: t('budgetNature.structural'),
    oneOff: t('budgetNature.one-off'),
    ownRevenue: t('charts.ownRevenue'),
    need: t('budgetCycle.columns.needAfterPilots'),
  };
  const axis = moneyAxis(
    years.map((y) => Math.max(y.structural + y.oneOff + y.ownRevenue, y.needAfterPilots)),
  );
  const table = yearTable(t('charts.year'), years, [
    { head: labels.structural, cell: (y) => format.money(y.structural) },
    { head: labels.oneOff, cell: (y) => format.money(y.oneOff) },
    { head: labels.ownRevenue, cell: (y) => format.money(y.ownRevenue) },
    { head: labels.need, cell: (y) => format.money(y.needAfterPilots) },
  ]);
  const bar = { stackId: 'money', stroke: '#fff', strokeWidth: 1, isAnimationActive: false } as const;
  return (
    <ChartFigure
      id="budget-cycle-chart"
      title={t('budgetCycle.chartTitle')}
      summary={t('budgetCycle.chartSummary')}
      table={table}
      testId="chart-budget-cycle"
    >
      <ComposedChart data={years} {...yearChartBox(300)}>
        <MoneyYearAxes axis={axis} format={format} />
        <Bar name={labels.structural} dataKey="structural" fill={STRUCTURAL_COLOUR} {...bar} />
        <Bar name={labels.oneOff} dataKey="oneOff" fill={ONE_OFF_COLOUR} {...bar} />
        <Bar name={labels.ownRevenue} dataKey="ownRevenue" fill={OWN_REVENUE_COLOUR} {...bar} />
        <Line
          name={labels.need}
          dataKey="needAfterPilots"
          type="stepAfter"
          stroke={GAP_COLOUR}
          strokeWidth={3}
          strokeDasharray="6 3"
          dot={false}
          isAnimationActive={false}
        />
      </ComposedChart>
    </ChartFigure>
  );
}
