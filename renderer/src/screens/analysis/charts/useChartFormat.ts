import { createElement } from 'react';
import { formatMoney, formatMoneyCompact } from '../../../domain/format';
import { useLang } from '../../../i18n/useLang';
import { tooltipMoney } from './tooltipMoney';

/** How charts write euros: compact on axes, whole euros in tooltips (rounded) and tables. */
export function useChartFormat() {
  const { locale } = useLang();
  return {
    axis: (value: number) => formatMoneyCompact(value, locale),
    money: (value: number) => formatMoney(value, locale, true),
    tooltip: (value: unknown) => tooltipMoney(value, locale),
    // Recharts colours legend text like its series; light series colours would then fail contrast.
    legend: (value: unknown) => createElement('span', { className: 'chart__legend-text' }, String(value)),
  };
}
