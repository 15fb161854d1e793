import type { Locale } from '../../../../../src/model/settings';
import { formatSigned, formatSignificant } from '../../../domain/format';

/**
 * A change with its sign, readable at any size: whole numbers from 100 up ("+190"),
 * three significant digits below ("+0,000412", "−3,25"), so a city-wide change in the
 * fourth decimal never shows as 0.
 */
export function formatChange(value: number, locale: Locale): string {
  if (value === 0) return '0';
  return Math.abs(value) >= 100 ? formatSigned(value, locale, 0) : formatSignificant(value, locale, 3, true);
}
