import { useTranslation } from 'react-i18next';
import type { Comparison } from '../../../domain/impact/compare';
import { formatNumber, formatSignificant } from '../../../domain/format';
import { useDoughnutLabels } from '../../../i18n/useDoughnutLabels';
import { useLang } from '../../../i18n/useLang';
import { ComparisonTable } from './ComparisonTable';
import { DifferenceCell } from './DifferenceCell';

interface DifferencesProps {
  comparison: Comparison;
  names: readonly string[];
  year: number;
}

/** Per dimension each scenario's mean status in the year, and the difference from the reference (the first). */
export function DimensionDifferences({ comparison, names, year }: DifferencesProps) {
  const { t } = useTranslation();
  const { locale } = useLang();
  const labels = useDoughnutLabels();
  const title = t('compare.dimensionsTitle', { year });
  const points = (share: number) => formatSignificant(share * 100, locale, 2, true);
  return (
    <ComparisonTable
      subject="dimensions"
      title={title}
      rowLabel={t('doughnut.columns.dimension')}
      names={names}
      differenceLabel={(name) => t('compare.differenceOfPoints', { name })}
    >
      <tbody>
        {comparison.dimensions.map((row) => (
          <tr key={row.key} data-testid="compare-dimension-row" data-dimension={row.key}>
            <th scope="row">{labels.dimension(row.key)}</th>
            {row.values.map((value, i) => (
              <td key={`s-${i}`} className="num">
                {labels.status(row.kind, value)}
              </td>
            ))}
            {row.differences.slice(1).map((difference, i) => (
              <DifferenceCell
                key={`d-${i}`}
                text={difference === null ? null : points(difference)}
                statusDifference={difference}
              />
            ))}
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">{t('compare.weighted')}</th>
          {comparison.weightedDistance.values.map((value, i) => (
            <td key={`s-${i}`} className="num">
              {value === null ? '–' : formatNumber(value, locale, 3)}
            </td>
          ))}
          {comparison.weightedDistance.differences.slice(1).map((difference, i) => (
            <DifferenceCell
              key={`d-${i}`}
              text={difference === null ? null : formatSignificant(difference, locale, 3, true)}
              statusDifference={difference}
            />
          ))}
        </tr>
      </tfoot>
    </ComparisonTable>
  );
}
