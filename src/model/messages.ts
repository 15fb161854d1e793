/**
 * Validation messages in plain words, Dutch first: the `validation` namespace of the
 * shared translations (src/i18n/locales/{nl,en}/validation.json). `{{name}}` placeholders
 * are filled from an issue's params. The key is part of every issue the API returns.
 */
import validationEn from '../i18n/locales/en/validation.json' with { type: 'json' };
import type { Lang } from '../i18n';
import { fillMessage } from './fill-template';

/** `Lang` lives in src/i18n; re-exported here for the modules that still import it from the model. */
export type { Lang };

export type MessageKey = keyof typeof validationEn;

export function isMessageKey(key: unknown): key is MessageKey {
  return typeof key === 'string' && Object.prototype.hasOwnProperty.call(validationEn, key);
}

export function formatMessage(lang: Lang, key: MessageKey, params: Record<string, unknown> = {}): string {
  return fillMessage(lang, `validation:${key}`, params);
}
