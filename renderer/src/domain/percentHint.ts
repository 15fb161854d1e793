import type { Locale } from '../../../src/model/settings';
import { formatNumberInput, parseNumberEntry, tidy } from './numbers';

/**
 * A share typed into a percent field that looks like a fraction ("0,8", meant as 80%):
 * what was typed and what was probably meant, as the field should say them. Only for
 * shares and chances, where 0,8% is rarely meant; an interest rate of 0,8% is normal.
 */
export function fractionLookalike(text: string, locale: Locale): { typed: string; meant: string } | null {
  const entry = parseNumberEntry(text, locale);
  if (entry.kind !== 'number' || entry.value <= 0 || entry.value >= 1) return null;
  return {
    typed: formatNumberInput(entry.value, locale),
    meant: formatNumberInput(tidy(entry.value * 100), locale),
  };
}
