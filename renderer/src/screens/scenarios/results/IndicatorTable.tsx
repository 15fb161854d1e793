import { useTranslation } from 'react-i18next';
import { bandChartData, decimalsFor } from '../../../../../src/charts/band';
import { statusWord } from '../../../../../src/charts/dimension-status';
import type { RunIndicator } from '../../../domain/impact/types';
import { formatNumber } from '../../../domain/format';
import { useDoughnutLabels } from '../../../i18n/useDoughnutLabels';
import { useLang } from '../../../i18n/useLang';

/** Every indicator in the chosen year: the expectation, the path without the portfolio, threshold and status. */
export function IndicatorTable({ indicators, year }: { indicators: readonly RunIndicator[]; year: number }) {
  const { t } = useTranslation();
  const { locale } = useLang();
  const names = useDoughnutLabels();
  const title = t('indicatorTable.title', { year });
  return (
    <div>
      <h3 id="indicator-table-title" className="section-title">
        {title}
      </h3>
      <div className="table-wrap" role="region" aria-labelledby="indicator-table-title" tabIndex={0}>
        <table className="table table--compact indicator-table" data-testid="indicator-table">
          <caption className="visually-hidden">{title}</caption>
          <thead>
            <tr>
              <th scope="col">{t('indicatorTable.columns.indicator')}</th>
              <th scope="col" className="num">
                {t('indicatorTable.columns.value')}
              </th>
              <th scope="col" className="num">
                {t('indicatorTable.columns.range')}
              </th>
              <th scope="col" className="num">
                {t('indicatorTable.columns.noAction')}
              </th>
              <th scope="col" className="num">
                {t('indicatorTable.columns.threshold')}
              </th>
              <th scope="col" className="num">
                {t('indicatorTable.columns.status')}
              </th>
            </tr>
          </thead>
          <tbody>
            {indicators.map((indicator) => {
              const point = indicator.years.find((y) => y.year === year);
              const decimals = decimalsFor(bandChartData(indicator).axis) + 1;
              const number = (value: number) => formatNumber(value, locale, decimals);
              const word = point === undefined ? null : statusWord(indicator.kind, point.status);
              return (
                <tr key={indicator.indicatorId} data-testid="indicator-row" data-id={indicator.indicatorId}>
                  <th scope="row">
                    <span dir="auto">{indicator.label}</span>
                    <span className="cell-sub" dir="auto">
                      {t('indicatorTable.context', {
                        dimension: names.dimension(indicator.dimension),
                        unit: indicator.unit,
                      })}
                    </span>
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
        </table>
      </div>
    </div>
  );
}
