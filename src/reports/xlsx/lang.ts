import type { TranslateVars } from '../../i18n';
import type { Lang } from '../../model/messages';
import { reportWords, type WordKey } from '../words';

/** A word of the XLSX sheets (`report:xlsx.<sheet>.<key>`) in the report's language. */
export function tr(lang: Lang, key: WordKey<'xlsx'>, vars?: TranslateVars): string {
  return reportWords(lang, 'xlsx')(key, vars);
}

/** Sheet names: fixed words and numbers only, never user text (Excel allows 31 characters, no []:*?/\). */
export function sheetNames(lang: Lang) {
  const scenario = (n: number, key: WordKey<'xlsx'>) => `S${n} ${tr(lang, key)}`;
  return {
    inputs: tr(lang, 'sheets.inputs'),
    scenarioInputs: (n: number) => scenario(n, 'sheets.inputs'),
    totals: (n: number) => scenario(n, 'sheets.totals'),
    cashFlow: (n: number) => scenario(n, 'sheets.cashFlow'),
    loans: (n: number) => scenario(n, 'sheets.loans'),
    impact: (n: number) => scenario(n, 'sheets.impact'),
  };
}
