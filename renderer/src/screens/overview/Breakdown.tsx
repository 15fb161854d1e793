import { useTranslation } from 'react-i18next';
import { formatNumber, formatPercent } from '../../domain/format';
import type { BreakdownRow } from '../../domain/overview';
import { useLang } from '../../i18n/useLang';

interface BreakdownProps<K extends string> {
  id: string;
  title: string;
  labelHeader: string;
  rows: readonly BreakdownRow<K>[];
  labelOf: (key: K) => string;
  empty: string;
}

/** Counts per category as a table; the bar only repeats the share for sighted readers. */
export function Breakdown<K extends string>({
  id,
  title,
  labelHeader,
  rows,
  labelOf,
  empty,
}: BreakdownProps<K>) {
  const { t } = useTranslation();
  const { locale } = useLang();
  // Bars are scaled to the largest category so small differences stay visible.
  const largest = Math.max(0, ...rows.map((row) => row.share));
  return (
    <section className="panel" aria-labelledby={`${id}-title`} data-testid={id}>
      <h2 id={`${id}-title`} className="panel__title">
        {title}
      </h2>
      {rows.length === 0 ? (
        <p className="muted">{empty}</p>
      ) : (
        <table className="table table--compact breakdown">
          <caption className="visually-hidden">{title}</caption>
          <thead>
            <tr>
              <th scope="col">{labelHeader}</th>
              <th scope="col" className="num">
                {t('overview.count')}
              </th>
              <th scope="col" className="num">
                {t('overview.share')}
              </th>
              <th scope="col" className="breakdown__bar-col">
                <span className="visually-hidden">{t('overview.bar')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key} data-key={row.key}>
                <th scope="row">{labelOf(row.key)}</th>
                <td className="num">{formatNumber(row.count, locale)}</td>
                <td className="num">{formatPercent(row.share, locale, 1)}</td>
                <td className="breakdown__bar-col" aria-hidden="true">
                  <span
                    className="bar"
                    style={{ width: `${largest === 0 ? 0 : Math.round((row.share / largest) * 100)}%` }}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
