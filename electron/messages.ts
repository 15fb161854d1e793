/**
 * Words of the desktop shell (menus, dialogs). The texts live in the shared resources
 * (src/i18n/locales/{nl,en}/electron.json); this module types their keys for the shell.
 */
import type { Lang } from '../src/i18n/lang';
import type nlElectron from '../src/i18n/locales/nl/electron.json';
import { translate } from '../src/i18n/translate';

export type ShellMessageKey = keyof typeof nlElectron;

/** The shell's text for `key`, with `{{name}}` placeholders filled from `params`. */
export function shellMessage(lang: Lang, key: ShellMessageKey, params: Record<string, string> = {}): string {
  return translate(lang, `electron:${key}`, params);
}

/** English only when the system asks for it; Dutch is the product's first language. */
export function langFromLocale(locale: string): Lang {
  return locale.toLowerCase().startsWith('en') ? 'en' : 'nl';
}
