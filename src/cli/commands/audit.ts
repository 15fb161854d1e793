import type { Command } from 'commander';
import type { Lang } from '../../i18n';
import type { AuditEvent, AuditQuery } from '../../storage/backend';
import { sqliteBackend } from '../../storage/sqlite-backend';
import { fileOrDatabase, withDatabase } from '../database';
import { badInput, cliWords, columns } from '../format';
import { resolveLang, type CliIo } from '../io';
import { openStore, storageFailure } from '../workspace-input';

interface AuditOptions {
  db?: string;
  database?: string;
  since?: string;
  json?: boolean;
  lang?: string;
}

/** A day (YYYY-MM-DD, from its start in UTC) or a time (YYYY-MM-DDTHH:MM[:SS], UTC unless it names its zone). */
const SINCE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?$/;

function sinceOf(value: string | undefined, lang: Lang): AuditQuery {
  if (value === undefined) return {};
  const zoneless = /T\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(value);
  const time = new Date(zoneless ? `${value}Z` : value);
  if (!SINCE.test(value) || Number.isNaN(time.getTime())) {
    throw badInput(lang, 'audit.badSince', { value });
  }
  return { since: time.toISOString() };
}

/** The trail as `--json` prints it: each event's time, who, which operation, which record, before and after. */
function eventJson({ at, user, operation, entity, id, before, after }: AuditEvent) {
  return { at, user, operation, entity, id, before, after };
}

/** The top-level fields whose values differ between before and after, in the record's order. */
function changedFields(before: unknown, after: unknown): string[] {
  const fields = (value: unknown) =>
    typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  const a = fields(before);
  const b = fields(after);
  return [...new Set([...Object.keys(a), ...Object.keys(b)])].filter(
    (key) => JSON.stringify(a[key]) !== JSON.stringify(b[key]),
  );
}

function changeText(event: AuditEvent, lang: Lang): string {
  const t = cliWords(lang);
  if (event.before === null) return t('audit.created');
  if (event.after === null) return t('audit.deleted');
  const fields = changedFields(event.before, event.after);
  return fields.length === 0 ? t('audit.unchanged') : t('audit.changed', { fields: fields.join(', ') });
}

function printText(io: CliIo, events: readonly AuditEvent[], lang: Lang): void {
  const t = cliWords(lang);
  if (events.length === 0) {
    io.stdout(`${t('audit.none')}\n`);
    return;
  }
  const head = ['at', 'user', 'operation', 'record', 'change'].map((key) => t(`audit.head.${key}`));
  const rows = events.map((event) => [
    event.at,
    event.user,
    event.operation,
    `${event.entity} ${event.id}`,
    changeText(event, lang),
  ]);
  io.stdout(`${columns(head, rows, { left: head.length, trimEnd: true }).join('\n')}\n`);
}

async function readTrail(
  io: CliIo,
  options: AuditOptions,
  query: AuditQuery,
  lang: Lang,
): Promise<AuditEvent[]> {
  if (fileOrDatabase(options, lang) === 'database') {
    return withDatabase(options.database!, lang, undefined, (backend) => backend.audit(query));
  }
  const store = openStore(io, options.db!, lang);
  try {
    return await sqliteBackend(store).audit(query);
  } catch (error) {
    throw storageFailure(error, lang);
  } finally {
    store.close();
  }
}

export function registerAudit(program: Command, io: CliIo): void {
  program
    .command('audit')
    .description(
      'the audit trail of a workspace file or team database: every change with when, who, which operation and the record before and after, oldest first',
    )
    .option('--db <file>', 'the workspace file')
    .option('--database <url>', 'the team database (postgres://USER@HOST:PORT/DB)')
    .option(
      '--since <date>',
      'only changes from this day (YYYY-MM-DD, UTC) or time (YYYY-MM-DDTHH:MM, UTC unless a zone is given)',
    )
    .option('--json', 'print a JSON array of {at, user, operation, entity, id, before, after}')
    .option('--lang <nl|en>', 'language of messages and headings')
    .action(async (options: AuditOptions) => {
      const lang = resolveLang(options.lang, io.env);
      const query = sinceOf(options.since, lang);
      const events = await readTrail(io, options, query, lang);
      if (options.json === true) {
        io.stdout(`${JSON.stringify(events.map(eventJson), null, 2)}\n`);
        return;
      }
      printText(io, events, lang);
    });
}
