/**
 * Problems only a spreadsheet import has (files, sheets, columns, rows): the
 * `imports:problem.*` translations. Every other problem reuses the workspace format's
 * own messages (namespace `validation`), so a wrong amount reads the same in the import
 * as in the forms. Fragments in lower case, like the format's messages.
 */
import importsEn from '../i18n/locales/en/imports.json' with { type: 'json' };
import type { Lang } from '../i18n';
import { fillMessage } from '../model/fill-template';
import { formatMessage, type MessageKey } from '../model/messages';

export type ImportMessageKey = keyof typeof importsEn.problem;

function isImportMessageKey(key: string): key is ImportMessageKey {
  return Object.prototype.hasOwnProperty.call(importsEn.problem, key);
}

/** The words for an import problem: the import's own messages first, then the format's. */
export function importMessage(
  lang: Lang,
  key: ImportMessageKey | MessageKey,
  params: Record<string, unknown> = {},
): string {
  if (isImportMessageKey(key)) return fillMessage(lang, `imports:problem.${key}`, params);
  return formatMessage(lang, key, params);
}

/** Where a problem is, in words: `rij 3, kolom "Naam"`. */
export function problemLocation(lang: Lang, row: number | null, column: string | null): string {
  const where = row !== null ? (column !== null ? 'rowColumn' : 'row') : column !== null ? 'column' : 'file';
  return fillMessage(lang, `imports:location.${where}`, { row: row ?? undefined, column: column ?? '' });
}
