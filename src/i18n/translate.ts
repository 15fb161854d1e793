/**
 * One i18next instance for the code outside the renderer (model, finance, storage,
 * imports, reports, CLI, desktop shell). It is initialised synchronously from bundled
 * resources, so `translate` can be called anywhere, including in a worker or at import
 * time, without awaiting anything. Safe for the browser bundle (no Node built-ins).
 */
import i18next, { type TOptions } from 'i18next';
import { DEFAULT_LANG, LANGS, type Lang } from './lang';
import { CORE_NAMESPACES, CORE_RESOURCES, type CoreNamespace } from './resources';

const instance = i18next.createInstance();
void instance.init({
  resources: CORE_RESOURCES,
  ns: CORE_NAMESPACES,
  defaultNS: false,
  lng: DEFAULT_LANG,
  fallbackLng: false,
  supportedLngs: [...LANGS],
  // Reports, CSV and terminals are not HTML: the caller escapes where it renders markup.
  interpolation: { escapeValue: false },
  initAsync: false,
  returnNull: false,
  // A missing key must not fall back to printing the key: translateStrict throws instead.
  returnEmptyString: false,
  // i18next prints an advert on init; on stdout it would break the CLI's --json output.
  showSupportNotice: false,
});

export type TranslateVars = Record<string, string | number>;

/**
 * The text for `ns:key` in `lang`, with `{{name}}` placeholders filled from `vars`.
 * Throws for a key that does not exist, so a typo fails a test instead of showing
 * the key to a council member.
 */
export function translate(lang: Lang, key: `${CoreNamespace}:${string}`, vars?: TranslateVars): string {
  const options: TOptions = { lng: lang, ...(vars ?? {}) };
  if (!instance.exists(key, options)) throw new Error(`Missing translation ${lang}:${key}`);
  // The resources are plain JSON typed loosely on purpose (keys are checked by the parity
  // test and by `exists` above), so call t through its untyped signature.
  const t = instance.t as unknown as (k: string, o: TOptions) => string;
  return t(key, options);
}

/** A translator bound to one language and namespace: `t('key', vars)`. */
export function translator(lang: Lang, ns: CoreNamespace): (key: string, vars?: TranslateVars) => string {
  return (key, vars) => translate(lang, `${ns}:${key}`, vars);
}

/** Whether `ns:key` exists (for keys built from data, e.g. an enum value). */
export function hasTranslation(lang: Lang, key: `${CoreNamespace}:${string}`): boolean {
  return instance.exists(key, { lng: lang });
}
