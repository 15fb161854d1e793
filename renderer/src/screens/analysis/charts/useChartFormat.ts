import { createElement } from 'react';
import { formatMoney, formatMoneyCompact } from '../../../domain/format';
import { useLang } from '../../../i18n/useLang';

/** How charts write euros: compact on axes, whole euros in tooltips and tables. */
export function useChartFormat() {
  const { locale } = useLang();
  return {
    axis: (value: number) => formatMoneyCompact(value, locale),
    money: (value: number) => formatMoney(value, locale, true),
    // Recharts hands tooltip values over untyped; anything else than a number is shown as it is.
    tooltip: (value: unknown) =>
      typeof value === 'number' ? formatMoney(value, locale, true) : String(value),
    // Recharts colours legend text like its series; light series colours would then fail contrast.
    legend: (value: unknown) => createElement('span', { className: 'chart__legend-text' }, String(value)),
  };
}
