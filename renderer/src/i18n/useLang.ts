import { useTranslation } from 'react-i18next';
import type { Lang } from '../../../src/model/messages';
import type { Locale } from '../../../src/model/settings';
import { localeOf } from '../domain/format';
import { DEFAULT_LANG } from './i18n';

/** The current UI language and its formatting locale; components re-render when it changes. */
export function useLang(): { lang: Lang; locale: Locale } {
  const { i18n } = useTranslation();
  const lang: Lang = i18n.language === 'en' ? 'en' : i18n.language === 'nl' ? 'nl' : DEFAULT_LANG;
  return { lang, locale: localeOf(lang) };
}
