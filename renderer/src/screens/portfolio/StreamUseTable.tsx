import { useTranslation } from 'react-i18next';
import { siloLabel } from '../../../../src/model/silo';
import { streamUseGrid } from '../../domain/analysis/streamUse';
import type { StreamYearUse } from '../../domain/analysis/types';
import { SectionTable } from '../../components/table/TableSection';
import { formatNumberCompact, formatPercent } from '../../domain/format';
import { useLang } from '../../i18n/useLang';

interface StreamUseTableProps {
  use: readonly StreamYearUse[];
  streamName: (id: string) => string;
}

/**
 * Streams × years as a heat map: each cell says used / budget and the share in words;
 * the shading only repeats the share, so nothing depends on seeing colour.
 */
export function StreamUseTable({ use, streamName }: StreamUseTableProps) {
  const { t } = useTranslation();
  const { locale } = useLang();
  const grid = streamUseGrid(use, (a, b) => streamName(a).localeCompare(streamName(b), locale));
  const money = (euros: number) => formatNumberCompact(euros, locale);
  return (
    <SectionTable
      titleId="stream-use-title"
      title={t('portfolio.streamsTitle')}
      hint={t('portfolio.streamsHint')}
      empty={grid.rows.length === 0 ? t('portfolio.noStreamUse') : null}
      table={{
        className: 'table table--compact table--figures stream-use',
        testId: 'stream-use',
        columns: [
          { label: t('portfolio.columns.stream') },
          ...grid.years.map((year) => ({ label: year, num: true })),
        ],
      }}
      scrolls
    >
      <tbody>
        {grid.rows.map((row) => (
          <tr key={row.streamId} data-testid="stream-use-row" data-id={row.streamId}>
            <th scope="row">
              <span dir="auto">{streamName(row.streamId)}</span>
              <span className="cell-sub">{siloLabel(row.silo)}</span>
            </th>
            {row.cells.map((cell, i) =>
              cell === null ? (
                <td key={grid.years[i]} className="num muted">
                  –
                </td>
              ) : (
                <td key={cell.year} className={`num heat heat--${cell.level}`}>
                  {cell.usedShare !== null && (
                    <span className="heat__share">{formatPercent(cell.usedShare, locale, 0)}</span>
                  )}
                  <span className="heat__amounts">
                    {cell.budget === null
                      ? t('portfolio.usedUnlimited', { used: money(cell.used) })
                      : t('portfolio.usedOf', { used: money(cell.used), budget: money(cell.budget) })}
                  </span>
                </td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </SectionTable>
  );
}
