import { useTranslation } from 'react-i18next';
import { Bar, BarChart } from 'recharts';
import { siloLabel } from '../../../../../../src/model/silo';
import { moneyAxis } from '../../../../../../src/charts/scale';
import { GAP_COLOUR, OWN_REVENUE_COLOUR } from '../../../../../../src/charts/colours';
import type { FundingBySilo } from '../../../../domain/analysis/fundingCharts';
import { ChartFigure } from '../../../analysis/charts/ChartFigure';
import { MoneyYearAxes } from '../../../analysis/charts/MoneyYearAxes';
import { useChartFormat } from '../../../analysis/charts/useChartFormat';
import { yearChartBox, yearTable } from '../../../analysis/charts/yearCharts';
import { sumEuros } from '../../../../domain/money';

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
  const table = yearTable(t('charts.year'), data.years, [
    ...data.silos.map((silo) => ({
      head: siloLabel(silo),
      cell: (year: FundingBySilo['years'][number]) => format.money(year.bySilo[silo] ?? 0),
    })),
    { head: ownLabel, cell: (year) => format.money(year.ownRevenue) },
    { head: gapLabel, cell: (year) => format.money(year.gap) },
    { head: t('common.total'), cell: (year) => format.money(year.cost) },
  ]);
  // Every part of the cost bar: one stack, white seams between the parts.
  const part = { stackId: 'funding', stroke: '#fff', strokeWidth: 1, isAnimationActive: false } as const;
  return (
    <ChartFigure
      id="funding-by-silo"
      title={t('charts.fundingTitle')}
      summary={t('charts.fundingOwnSummary', { count: data.silos.length })}
      table={table}
      testId="chart-funding"
      total={sumEuros(data.years.map((year) => year.cost))}
    >
      <BarChart data={data.years} {...yearChartBox(300)}>
        <MoneyYearAxes axis={axis} format={format} />
        {data.silos.map((silo) => (
          <Bar
            key={silo}
            name={siloLabel(silo)}
            dataKey={(year: FundingBySilo['years'][number]) => year.bySilo[silo] ?? 0}
            fill={colours.get(silo) ?? GAP_COLOUR}
            {...part}
          />
        ))}
        <Bar name={ownLabel} dataKey="ownRevenue" fill={OWN_REVENUE_COLOUR} {...part} />
        <Bar name={gapLabel} dataKey="gap" fill={GAP_COLOUR} {...part} />
      </BarChart>
    </ChartFigure>
  );
}
