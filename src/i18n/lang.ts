/** The languages Coopfolio speaks: Dutch first (the municipality's language), English second. */
export const LANGS = ['nl', 'en'] as const;
export type Lang = (typeof LANGS)[number];
export const DEFAULT_LANG: Lang = 'nl';

export function isLang(value: unknown): value is Lang {
  return value === 'nl' || value === 'en';
}

/** The number and date locale each language writes in (Dutch 1.234,56; English 1,234.56). */
export function localeOf(lang: Lang): 'nl-NL' | 'en-GB' {
  return lang === 'nl' ? 'nl-NL' : 'en-GB';
}
