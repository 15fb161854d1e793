import { useTranslation } from 'react-i18next';
import { CellLabel } from '../../../components/table/CellLabel';
import type { Comparison } from '../../../domain/impact/compare';
import { formatNumber, formatSigned } from '../../../domain/format';
import { useDoughnutLabels } from '../../../i18n/useDoughnutLabels';
import { useLang } from '../../../i18n/useLang';
import { ComparisonTable } from './ComparisonTable';
import { DifferenceCell } from './DifferenceCell';

interface DifferencesProps {
  comparison: Comparison;
  names: readonly string[];
  year: number;
}

/** Decimals enough to tell two scenarios apart: more for small values (shares), fewer for large ones. */
function decimalsOf(values: readonly (number | null)[]): number {
  const largest = Math.max(0, ...values.map((v) => Math.abs(v ?? 0)));
  return largest >= 1000 ? 0 : largest >= 10 ? 1 : largest >= 1 ? 2 : 3;
}

/** Per indicator each scenario's expected value (and status) in the year, and the difference from the reference. */
export function IndicatorDifferences({ comparison, names, year }: DifferencesProps) {
  const { t } = useTranslation();
  const { locale } = useLang();
  const labels = useDoughnutLabels();
  const title = t('compare.indicatorsTitle', { year });
  return (
    <ComparisonTable
      subject="indicators"
      title={title}
      rowLabel={t('indicatorTable.columns.indicator')}
      names={names}
      differenceLabel={(name) => t('compare.differenceOf', { name })}
    >
      <tbody>
        {comparison.indicators.map((row) => {
          const decimals = decimalsOf(row.values);
          return (
            <tr key={row.key} data-testid="compare-indicator-row" data-id={row.key}>
              <th scope="row">
                <CellLabel label={row.label} sub={row.unit} />
              </th>
              {row.values.map((value, i) => (
                <td key={`s-${i}`} className="num">
                  {value === null ? '–' : formatNumber(value, locale, decimals)}
                  <span className="cell-sub">{labels.status(row.kind, row.statuses[i] ?? null)}</span>
                </td>
              ))}
              {row.differences.slice(1).map((difference, i) => (
                <DifferenceCell
                  key={`d-${i}`}
                  text={difference === null ? null : formatSigned(difference, locale, decimals + 1)}
                  statusDifference={row.statusDifferences[i + 1] ?? null}
                />
              ))}
            </tr>
          );
        })}
      </tbody>
    </ComparisonTable>
  );
}
