import { useTranslation } from 'react-i18next';
import type { ContributionRow } from '../../../../src/impact/doughnut-contribution-table';
import { DIMENSIONS, kindOfDimension } from '../../../../src/model/doughnut';
import { CellLabel } from '../../components/table/CellLabel';
import { DataTable } from '../../components/table/DataTable';
import { useDoughnutLabels } from '../../i18n/useDoughnutLabels';
import { useLang } from '../../i18n/useLang';
import { useContributionWords } from '../scenarios/doughnut/useContributionWords';
import { formatChange } from '../scenarios/results/contributionFormat';

interface CooperativeContributionTableProps {
  /** The cooperative's indicators with their change in the year (contributionRows). */
  rows: readonly ContributionRow[];
  /** Dimensions an impact line of the cooperative is on, whatever the lens. */
  touched: ReadonlySet<string>;
  /** One lens is shown: a touched dimension without rows may have none in it. */
  lensChosen: boolean;
  year: number;
  indicatorLabel: (indicatorId: string) => string;
}

/**
 * All 21 dimensions in the Doughnut's order: per indicator the cooperative moves, its
 * change in the indicator's unit with the Monte Carlo P10, P50 and P90, the change in
 * absolute units (households, tonnes) and the share of the city's distance to the
 * boundary it closes. A dimension the cooperative does not touch says so: no zero.
 */
export function CooperativeContributionTable({
  rows,
  touched,
  lensChosen,
  year,
  indicatorLabel,
}: CooperativeContributionTableProps) {
  const { t } = useTranslation();
  const { locale } = useLang();
  const names = useDoughnutLabels();
  const words = useContributionWords();
  const change = (value: number) => formatChange(value, locale);
  const title = t('cooperativePage.table.title', { year });
  return (
    <DataTable
      regionLabelledBy="cooperative-contribution-title"
      className="table table--compact"
      testId="cooperative-contribution-table"
      caption={
        <caption id="cooperative-contribution-title" className="chart__title">
          {title}
        </caption>
      }
      columns={[
        { label: t('cooperativePage.table.dimension') },
        { label: t('contribution.table.indicator') },
        { label: t('contribution.table.change'), num: true },
        { label: t('contribution.table.p10'), num: true },
        { label: t('contribution.table.p50'), num: true },
        { label: t('contribution.table.p90'), num: true },
        { label: t('contribution.table.absolute'), num: true },
        { label: t('contribution.table.share'), num: true },
      ]}
    >
      <tbody>
        {DIMENSIONS.flatMap((dimension) => {
          const members = rows.filter((row) => row.dimension === dimension);
          const name = names.dimension(dimension);
          if (members.length === 0) {
            const state = !touched.has(dimension)
              ? t('cooperativePage.table.untouched')
              : lensChosen
                ? t('contribution.noIndicator')
                : t('cooperativePage.table.noIndicatorInYear');
            return [
              <tr
                key={dimension}
                data-testid="cooperative-contribution-dimension"
                data-dimension={dimension}
                data-touched={touched.has(dimension)}
              >
                <th scope="row" title={names.ring(kindOfDimension(dimension))}>
                  {name}
                </th>
                <td colSpan={7} className="cooperative-page__untouched">
                  {state}
                </td>
              </tr>,
            ];
          }
          return members.map((row, i) => (
            <tr
              key={`${dimension}|${row.indicatorId}`}
              data-testid="cooperative-contribution-dimension"
              data-dimension={dimension}
              data-touched="true"
              data-indicator={row.indicatorId}
            >
              {i === 0 && (
                <th scope="row" rowSpan={members.length} title={names.ring(row.kind)}>
                  {name}
                </th>
              )}
              <td>
                <CellLabel
                  label={indicatorLabel(row.indicatorId)}
                  sub={
                    row.unit === row.absoluteUnit
                      ? t('cooperativePage.table.unit', { unit: row.unit })
                      : t('cooperativePage.table.units', { unit: row.unit, absoluteUnit: row.absoluteUnit })
                  }
                />
              </td>
              <td className="num">{change(row.effect)}</td>
              <td className="num">{change(row.p10)}</td>
              <td className="num">{change(row.p50)}</td>
              <td className="num">{change(row.p90)}</td>
              <td className="num">{change(row.absolute)}</td>
              <td className="num">
                {row.shareOfDistance === null
                  ? t('contribution.table.inside')
                  : words.share(row.shareOfDistance)}
              </td>
            </tr>
          ));
        })}
      </tbody>
    </DataTable>
  );
}
