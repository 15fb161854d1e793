import { useTranslation } from 'react-i18next';
import { Bar, BarChart } from 'recharts';
import { siloLabel } from '../../../../../../src/model/silo';
import { moneyAxis } from '../../../../../../src/charts/scale';
import { GAP_COLOUR, OWN_REVENUE_COLOUR } from '../../../../../../src/charts/colours';
import type { FundingBySilo } from '../../../../domain/analysis/fundingCharts';
import { ChartFigure } from '../../../analysis/charts/ChartFigure';
import { MoneyYearAxes } from '../../../analysis/charts/MoneyYearAxes';
import { useChartFormat } from '../../../analysis/charts/useChartFormat';

interface FundingBySiloChartProps {
  data: FundingBySilo;
  colours: ReadonlyMap<string, string>;
}

/**
 * The cost per year as a stack: outside funding by silo, then the plan's own revenue,
 * with the unpaid part on top in grey, so outside + own revenue + gap = cost per bar.
 */
export function FundingBySiloChart({ data, colours }: FundingBySiloChartProps) {
  const { t } = useTranslation();
  const format = useChartFormat();
  const gapLabel = t('charts.gap');
  const ownLabel = t('charts.ownRevenue');
  const axis = moneyAxis(data.years.map((year) => Math.max(year.cost, year.funded + year.ownRevenue)));
  const table = {
    head: [t('charts.year'), ...data.silos.map(siloLabel), ownLabel, gapLabel, t('common.total')],
    rows: data.years.map((year) => ({
      key: String(year.year),
      cells: [
        String(year.year),
        ...data.silos.map((silo) => format.money(year.bySilo[silo] ?? 0)),
        format.money(year.ownRevenue),
        format.money(year.gap),
        format.money(year.cost),
      ],
    })),
  };
  return (
    <ChartFigure
      id="funding-by-silo"
      title={t('charts.fundingTitle')}
      summary={t('charts.fundingOwnSummary', { count: data.silos.length })}
      table={table}
      testId="chart-funding"
    >
      <BarChart
        data={data.years}
        responsive
        style={{ width: '100%', height: 300 }}
        margin={{ top: 8, right: 8, bottom: 0, left: 8 }}
        accessibilityLayer={false}
      >
        <MoneyYearAxes axis={axis} format={format} />
        {data.silos.map((silo) => (
          <Bar
            key={silo}
            name={siloLabel(silo)}
            dataKey={(year: FundingBySilo['years'][number]) => year.bySilo[silo] ?? 0}
            stackId="funding"
            fill={colours.get(silo) ?? GAP_COLOUR}
            stroke="#fff"
            strokeWidth={1}
            isAnimationActive={false}
          />
        ))}
        <Bar
          name={ownLabel}
          dataKey="ownRevenue"
          stackId="funding"
          fill={OWN_REVENUE_COLOUR}
          stroke="#fff"
          strokeWidth={1}
          isAnimationActive={false}
        />
        <Bar
          name={gapLabel}
          dataKey="gap"
          stackId="funding"
          fill={GAP_COLOUR}
          stroke="#fff"
          strokeWidth={1}
          isAnimationActive={false}
        />
      </BarChart>
    </ChartFigure>
  );
}
