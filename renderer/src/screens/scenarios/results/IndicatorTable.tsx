import { useTranslation } from 'react-i18next';
import { bandChartData, decimalsFor } from '../../../../../src/charts/band';
import { statusWord } from '../../../../../src/charts/dimension-status';
import type { RunIndicator } from '../../../domain/impact/types';
import { formatNumber } from '../../../domain/format';
import { useDoughnutLabels } from '../../../i18n/useDoughnutLabels';
import { CellLabel } from '../../../components/table/CellLabel';
import { TitledTable } from '../../../components/table/TableSection';
import { useLang } from '../../../i18n/useLang';

/** Every indicator in the chosen year: the expectation, the path without the portfolio, threshold and status. */
export function IndicatorTable({ indicators, year }: { indicators: readonly RunIndicator[]; year: number }) {
  const { t } = useTranslation();
  const { locale } = useLang();
  const names = useDoughnutLabels();
  const title = t('indicatorTable.title', { year });
  return (
    <TitledTable
      titleId="indicator-table-title"
      title={title}
      table={{
        className: 'table table--compact indicator-table',
        testId: 'indicator-table',
        columns: [
          { label: t('indicatorTable.columns.indicator') },
          { label: t('indicatorTable.columns.value'), num: true },
          { label: t('indicatorTable.columns.range'), num: true },
          { label: t('indicatorTable.columns.noAction'), num: true },
          { label: t('indicatorTable.columns.threshold'), num: true },
          { label: t('indicatorTable.columns.status'), num: true },
        ],
      }}
    >
      <tbody>
        {indicators.map((indicator) => {
          const point = indicator.years.find((y) => y.year === year);
          const decimals = decimalsFor(bandChartData(indicator).axis) + 1;
          const number = (value: number) => formatNumber(value, locale, decimals);
          const word = point === undefined ? null : statusWord(indicator.kind, point.status);
          return (
            <tr key={indicator.indicatorId} data-testid="indicator-row" data-id={indicator.indicatorId}>
              <th scope="row">
                <CellLabel
                  label={indicator.label}
                  sub={t('indicatorTable.context', {
                    dimension: names.dimension(indicator.dimension),
                    unit: indicator.unit,
                  })}
                />
              </th>
              <td className="num">{point === undefined ? '–' : number(point.value)}</td>
              <td className="num">
                {point === undefined
                  ? '–'
                  : t('indicatorTable.range', { low: number(point.p10), high: number(point.p90) })}
              </td>
              <td className="num">{point === undefined ? '–' : number(point.noAction)}</td>
              <td className="num">{formatNumber(indicator.threshold, locale, 4)}</td>
              <td className={word === 'inside' || word === null ? 'num' : 'num status--breach'}>
                {point === undefined ? '–' : names.status(indicator.kind, point.status)}
              </td>
            </tr>
          );
        })}
      </tbody>
    </TitledTable>
  );
}
