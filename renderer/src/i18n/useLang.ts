import { useTranslation } from 'react-i18next';
import { DEFAULT_LANG, isLang, localeOf, type Lang } from '../../../src/i18n/lang';
import type { Locale } from '../../../src/model/settings';

/** The current UI language and its formatting locale; components re-render when it changes. */
export function useLang(): { lang: Lang; locale: Locale } {
  const { i18n } = useTranslation();
  const lang: Lang = isLang(i18n.language) ? i18n.language : DEFAULT_LANG;
  return { lang, locale: localeOf(lang) };
}
