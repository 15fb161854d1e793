import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Lang } from '../../../src/model/messages';
import en from './en.json';
import nl from './nl.json';

export const LANGS = ['nl', 'en'] as const satisfies readonly Lang[];
export const DEFAULT_LANG: Lang = 'nl';
const STORAGE_KEY = 'coopfolio.lang';

function isLang(value: unknown): value is Lang {
  return value === 'nl' || value === 'en';
}

/** The remembered choice; storage can be unavailable (private mode, file protocol), so fall back quietly. */
function rememberedLang(): Lang {
  try {
    const stored = window.localStorage.getItem(STORAGE_KEY);
    return isLang(stored) ? stored : DEFAULT_LANG;
  } catch {
    return DEFAULT_LANG;
  }
}

export const i18n = i18next.createInstance();

void i18n.use(initReactI18next).init({
  resources: { nl: { translation: nl }, en: { translation: en } },
  lng: rememberedLang(),
  fallbackLng: DEFAULT_LANG,
  supportedLngs: [...LANGS],
  // React escapes what it renders; escaping here too would show "&amp;" in names.
  interpolation: { escapeValue: false },
  initAsync: false,
  returnNull: false,
  react: { useSuspense: false },
});
document.documentElement.lang = i18n.language;

export function currentLang(): Lang {
  return isLang(i18n.language) ? i18n.language : DEFAULT_LANG;
}

export function setLang(lang: Lang): void {
  void i18n.changeLanguage(lang);
  document.documentElement.lang = lang;
  try {
    window.localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // Not remembered this time; the switch itself still works.
  }
}
