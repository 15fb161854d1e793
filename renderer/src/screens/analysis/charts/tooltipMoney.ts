import type { Locale } from '../../../../../src/model/settings';
import { formatMoneyRounded } from '../../../domain/format';

/**
 * Euros in a chart's tooltip: whole euros, as the key figures and the chart's table
 * beside it, so hovering a bar never shows "€ 23.456,78" next to "€ 23.457". Recharts
 * hands values over untyped; anything but a number is shown as it is.
 */
export function tooltipMoney(value: unknown, locale: Locale): string {
  return typeof value === 'number' && Number.isFinite(value)
    ? formatMoneyRounded(value, locale)
    : String(value);
}
