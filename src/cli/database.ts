/**
 * `--database URL`: a team workspace in PostgreSQL, for the commands that also take
 * `--db FILE` (import, export). Failures become CLI failures whose message names the
 * database without its password.
 */
import type { Lang } from '../i18n';
import type { Writer } from '../storage/backend';
import { openPostgresBackend, type PostgresWorkspaceBackend } from '../storage/postgres';
import { badInput } from './format';
import type { CliIo } from './io';
import { storageFailure } from './workspace-input';

/** Exactly one of `--db` and `--database`; returns which. */
export function fileOrDatabase(options: { db?: string; database?: string }, lang: Lang): 'file' | 'database' {
  if ((options.db === undefined) === (options.database === undefined)) {
    throw badInput(lang, 'option.oneOfDbDatabase');
  }
  return options.db === undefined ? 'database' : 'file';
}

/** Who the command writes as in the audit trail: the signed-in system user, else 'local'. */
export function cliWriter(io: CliIo, operation: string): Writer {
  const user = io.env['USER'] ?? io.env['USERNAME'] ?? 'local';
  return { user: user === '' ? 'local' : user, operation };
}

/** Opens (and migrates) the team database; every storage failure stops the command. */
export async function openDatabase(
  url: string,
  lang: Lang,
  writer?: Writer,
): Promise<PostgresWorkspaceBackend> {
  try {
    return await openPostgresBackend(url, { ...(writer === undefined ? {} : { writer }), poolSize: 2 });
  } catch (error) {
    throw storageFailure(error, lang);
  }
}

/** Runs `work` on the opened database and closes it, turning storage failures into CLI failures. */
export async function withDatabase<T>(
  url: string,
  lang: Lang,
  writer: Writer | undefined,
  work: (backend: PostgresWorkspaceBackend) => Promise<T>,
): Promise<T> {
  const backend = await openDatabase(url, lang, writer);
  try {
    return await work(backend);
  } catch (error) {
    throw storageFailure(error, lang);
  } finally {
    await backend.close();
  }
}
