export { DEFAULT_LANG, LANGS, isLang, localeOf, type Lang } from './lang';
export { CORE_NAMESPACES, CORE_RESOURCES, type CoreNamespace } from './resources';
export { hasTranslation, translate, translator, type TranslateVars } from './translate';
