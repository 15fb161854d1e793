import { useTranslation } from 'react-i18next';
import { siloLabel } from '../../../../src/model/silo';
import { streamUseGrid } from '../../domain/analysis/streamUse';
import type { StreamYearUse } from '../../domain/analysis/types';
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
    <section aria-labelledby="stream-use-title">
      <h3 id="stream-use-title" className="section-title">
        {t('portfolio.streamsTitle')}
      </h3>
      <p className="field__hint">{t('portfolio.streamsHint')}</p>
      {grid.rows.length === 0 ? (
        <p className="muted">{t('portfolio.noStreamUse')}</p>
      ) : (
        <div className="table-wrap" role="region" aria-labelledby="stream-use-title" tabIndex={0}>
          <table className="table table--compact table--figures stream-use" data-testid="stream-use">
            <caption className="visually-hidden">{t('portfolio.streamsTitle')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('portfolio.columns.stream')}</th>
                {grid.years.map((year) => (
                  <th key={year} scope="col" className="num">
                    {year}
                  </th>
                ))}
              </tr>
            </thead>
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
          </table>
        </div>
      )}
    </section>
  );
}
