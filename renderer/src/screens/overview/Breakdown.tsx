import { useTranslation } from 'react-i18next';
import { formatNumber, formatPercent } from '../../domain/format';
import type { BreakdownRow } from '../../domain/overview';
import { useLang } from '../../i18n/useLang';
import { Panel } from '../shared/Panel';
import { BarTable } from './BarTable';

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
  return (
    <Panel title={title} titleId={`${id}-title`} testId={id}>
      {rows.length === 0 ? (
        <p className="muted">{empty}</p>
      ) : (
        <BarTable
          caption={title}
          labelHeader={labelHeader}
          numberHeaders={[t('overview.count'), t('overview.share')]}
          rows={rows.map((row) => ({
            key: row.key,
            data: { 'data-key': row.key },
            label: labelOf(row.key),
            cells: [formatNumber(row.count, locale), formatPercent(row.share, locale, 1)],
            size: row.share,
          }))}
        />
      )}
    </Panel>
  );
}
