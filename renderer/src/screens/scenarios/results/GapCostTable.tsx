import { useTranslation } from 'react-i18next';
import type { GapCostJson } from '../../../domain/impact/types';
import { formatNumber, formatPercent, formatSignificant } from '../../../domain/format';
import { useDoughnutLabels } from '../../../i18n/useDoughnutLabels';
import { useLang } from '../../../i18n/useLang';

/** "What the gap costs": per dimension how much further from the Doughnut the unfunded shares leave the city. */
export function GapCostTable({ gapCost }: { gapCost: GapCostJson }) {
  const { t } = useTranslation();
  const { locale } = useLang();
  const names = useDoughnutLabels();
  const percent = (share: number) => formatPercent(share, locale, 1);
  // Percentage points with two significant digits: a cost of 0,004 points is still a cost.
  const points = (share: number) => formatSignificant(share * 100, locale, 2);
  return (
    <section aria-labelledby="gap-cost-title">
      <h3 id="gap-cost-title" className="section-title">
        {t('gapCost.title')}
      </h3>
      <p className="field__hint">{t('gapCost.intro')}</p>
      {gapCost.weightedCost <= 0 && <p className="muted">{t('gapCost.noGap')}</p>}
      <div className="table-wrap">
        <table className="table table--compact" data-testid="gap-cost">
          <caption className="visually-hidden">{t('gapCost.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('gapCost.columns.dimension')}</th>
              <th scope="col" className="num">
                {t('gapCost.columns.actual')}
              </th>
              <th scope="col" className="num">
                {t('gapCost.columns.full')}
              </th>
              <th scope="col" className="num">
                {t('gapCost.columns.cost')}
              </th>
            </tr>
          </thead>
          <tbody>
            {gapCost.dimensions.map((row) => (
              <tr key={row.dimension} data-testid="gap-cost-row" data-dimension={row.dimension}>
                <th scope="row">{names.dimension(row.dimension)}</th>
                <td className="num">{percent(row.distanceActual)}</td>
                <td className="num">{percent(row.distanceFullyFunded)}</td>
                <td className={row.cost > 0 ? 'num status--breach' : 'num'}>{points(row.cost)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t('gapCost.weighted')}</th>
              <td className="num">{formatNumber(gapCost.weightedActual, locale, 3)}</td>
              <td className="num">{formatNumber(gapCost.weightedFullyFunded, locale, 3)}</td>
              <td className="num" data-testid="gap-cost-weighted">
                {formatNumber(gapCost.weightedCost, locale, 3)}
              </td>
            </tr>
          </tfoot>
        </table>
      </div>
    </section>
  );
}
