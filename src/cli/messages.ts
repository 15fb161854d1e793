import { translate, type Lang } from '../i18n';

/** The CLI's sentences about files (namespace `cli`, under `file.`). */
export type CliMessageKey =
  | 'valid'
  | 'invalid'
  | 'cannotRead'
  | 'notUtf8'
  | 'dbExists'
  | 'imported'
  | 'importedDatabase'
  | 'databaseHasWorkspace'
  | 'migrated'
  | 'schemaCurrent'
  | 'replacedBackup'
  | 'exported'
  | 'backedUp'
  | 'restored'
  | 'keptAside'
  | 'demoWritten';

export function cliMessage(
  lang: Lang,
  key: CliMessageKey,
  params: Record<string, string | number> = {},
): string {
  return translate(lang, `cli:file.${key}`, params);
}
