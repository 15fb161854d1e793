import { useTranslation } from 'react-i18next';
import type { GapCostJson } from '../../../domain/impact/types';
import { formatNumber, formatPercent, formatSignificant } from '../../../domain/format';
import { useDoughnutLabels } from '../../../i18n/useDoughnutLabels';
import { useLang } from '../../../i18n/useLang';
import { DataTable } from '../../../components/table/DataTable';
import { TableSection } from '../../../components/table/TableSection';

/** "What the gap costs": per dimension how much further from the Doughnut the unfunded shares leave the city. */
export function GapCostTable({ gapCost }: { gapCost: GapCostJson }) {
  const { t } = useTranslation();
  const { locale } = useLang();
  const names = useDoughnutLabels();
  const percent = (share: number) => formatPercent(share, locale, 1);
  // Percentage points with two significant digits: a cost of 0,004 points is still a cost.
  const points = (share: number) => formatSignificant(share * 100, locale, 2);
  return (
    <TableSection titleId="gap-cost-title" title={t('gapCost.title')} hint={t('gapCost.intro')}>
      {gapCost.weightedCost <= 0 && <p className="muted">{t('gapCost.noGap')}</p>}
      <DataTable
        className="table table--compact"
        testId="gap-cost"
        caption={t('gapCost.title')}
        columns={[
          { label: t('gapCost.columns.dimension') },
          { label: t('gapCost.columns.actual'), num: true },
          { label: t('gapCost.columns.full'), num: true },
          { label: t('gapCost.columns.cost'), num: true },
        ]}
      >
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
      </DataTable>
    </TableSection>
  );
}
