import { useTranslation } from 'react-i18next';
import type { ContributionRow } from '../../../../../src/impact/doughnut-contribution-table';
import { useDoughnutLabels } from '../../../i18n/useDoughnutLabels';
import { DataTable } from '../../../components/table/DataTable';
import { useLang } from '../../../i18n/useLang';
import { useContributionWords } from '../doughnut/useContributionWords';
import { formatChange } from './contributionFormat';

interface ContributionTableProps {
  rows: readonly ContributionRow[];
  year: number;
  indicatorLabel: (indicatorId: string) => string;
}

/** Per indicator the portfolio's change in the year: in its unit and absolute, each with P10–P90, and the share of the distance. */
export function ContributionTable({ rows, year, indicatorLabel }: ContributionTableProps) {
  const { t } = useTranslation();
  const { locale } = useLang();
  const names = useDoughnutLabels();
  const words = useContributionWords();
  const title = t('contribution.table.title', { year });
  const change = (value: number) => formatChange(value, locale);
  const range = (low: number, high: number) =>
    t('contribution.table.rangeValue', {
      low: change(Math.min(low, high)),
      high: change(Math.max(low, high)),
    });
  return (
    <div>
      <h4 id="contribution-table-title" className="section-title">
        {title}
      </h4>
      <p className="field__hint">{t('contribution.table.hint')}</p>
      {rows.length === 0 ? (
        <p className="muted" data-testid="contribution-table-empty">
          {t('contribution.table.none')}
        </p>
      ) : (
        <DataTable
          regionLabelledBy="contribution-table-title"
          className="table table--compact"
          testId="contribution-table"
          caption={title}
          columns={[
            { label: t('contribution.table.indicator') },
            { label: t('contribution.table.change'), num: true },
            { label: t('contribution.table.range'), num: true },
            { label: t('contribution.table.absolute'), num: true },
            { label: t('contribution.table.absoluteRange'), num: true },
            { label: t('contribution.table.share'), num: true },
            { label: t('contribution.table.shareRange'), num: true },
          ]}
        >
          <tbody>
            {rows.map((row) => (
              <tr
                key={row.indicatorId}
                data-testid="contribution-row"
                data-id={row.indicatorId}
                data-absolute={row.absolute}
              >
                <th scope="row">
                  <span dir="auto">{indicatorLabel(row.indicatorId)}</span>
                  <span className="cell-sub">
                    {t('contribution.table.context', {
                      dimension: names.dimension(row.dimension),
                      lens: names.lens(row.lens),
                    })}
                  </span>
                  {/* Units vary per row: named once under the indicator, not after every figure. */}
                  <span className="cell-sub" dir="auto">
                    {row.absoluteUnit === row.unit
                      ? t('contribution.table.unit', { unit: row.unit })
                      : t('contribution.table.units', { unit: row.unit, absoluteUnit: row.absoluteUnit })}
                  </span>
                </th>
                <td className="num">{change(row.effect)}</td>
                <td className="num">{range(row.p10, row.p90)}</td>
                <td className="num">{change(row.absolute)}</td>
                <td className="num">{range(row.absoluteP10, row.absoluteP90)}</td>
                <td className="num">
                  {row.shareOfDistance === null
                    ? t('contribution.table.inside')
                    : words.share(row.shareOfDistance)}
                </td>
                <td className="num">
                  {row.shareP10 === null || row.shareP90 === null
                    ? '–'
                    : t('contribution.table.rangeValue', {
                        low: words.share(Math.min(row.shareP10, row.shareP90)),
                        high: words.share(Math.max(row.shareP10, row.shareP90)),
                      })}
                </td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      )}
    </div>
  );
}
