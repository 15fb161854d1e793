import type { Lang } from '../../model/messages';

/** The Dutch or English words, by the report's language (Dutch unless English is asked for). */
export function tr(lang: Lang, nl: string, en: string): string {
  return lang === 'en' ? en : nl;
}

/** Sheet names: fixed words and numbers only, never user text (Excel allows 31 characters, no []:*?/\). */
export function sheetNames(lang: Lang) {
  const scenario = (n: number, nl: string, en: string) => `S${n} ${tr(lang, nl, en)}`;
  return {
    inputs: tr(lang, 'Invoer', 'Inputs'),
    scenarioInputs: (n: number) => scenario(n, 'Invoer', 'Inputs'),
    totals: (n: number) => scenario(n, 'Totalen', 'Totals'),
    cashFlow: (n: number) => scenario(n, 'Kasstroom', 'Cash flow'),
    loans: (n: number) => scenario(n, 'Leningen', 'Loans'),
    impact: (n: number) => scenario(n, 'Impact', 'Impact'),
  };
}
