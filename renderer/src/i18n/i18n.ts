import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { DEFAULT_LANG, LANGS, isLang, type Lang } from '../../../src/i18n/lang';
import { CORE_RESOURCES } from '../../../src/i18n/resources';
import enUi from '../../../src/i18n/locales/en/ui.json' with { type: 'json' };
import nlUi from '../../../src/i18n/locales/nl/ui.json' with { type: 'json' };

export { DEFAULT_LANG, LANGS };
const STORAGE_KEY = 'coopfolio.lang';

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
  // The shared namespaces (validation, errors, ...) plus the renderer's own words; `ui` is the
  // default namespace, so `t('plans.title')` needs no prefix and `t('errors:...')` reaches the rest.
  resources: {
    nl: { ...CORE_RESOURCES.nl, ui: nlUi },
    en: { ...CORE_RESOURCES.en, ui: enUi },
  },
  ns: ['ui', ...Object.keys(CORE_RESOURCES.nl)],
  defaultNS: 'ui',
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
