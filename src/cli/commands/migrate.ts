import type { Command } from 'commander';
import {
  createPool,
  migratePostgres,
  parseDatabaseUrl,
  POSTGRES_SCHEMA_VERSION,
  toDatabaseError,
} from '../../storage/postgres';
import { resolveLang, type CliIo } from '../io';
import { cliMessage } from '../messages';
import { storageFailure } from '../workspace-input';

/**
 * `coopfolio migrate --database URL`: brings a team database to this version's schema and
 * nothing else. Run as the database's owner after an update (docs/team.md): the team
 * server signs in with a role that may not create tables.
 */
export function registerMigrate(program: Command, io: CliIo): void {
  program
    .command('migrate')
    .description("bring a team database to this version's schema (run as its owner)")
    .requiredOption('--database <url>', 'the team database (postgres://USER@HOST:PORT/DB)')
    .option('--lang <nl|en>', 'language of messages')
    .action(async (options: { database: string; lang?: string }) => {
      const lang = resolveLang(options.lang, io.env);
      let applied: number[];
      let location: string;
      try {
        const address = parseDatabaseUrl(options.database);
        location = address.location;
        const pool = createPool(address, 1);
        try {
          const client = await pool.connect();
          try {
            applied = await migratePostgres(client, address.location);
          } finally {
            client.release();
          }
        } catch (error) {
          throw toDatabaseError(error, address.location);
        } finally {
          await pool.end();
        }
      } catch (error) {
        throw storageFailure(error, lang);
      }
      const key = applied.length === 0 ? 'schemaCurrent' : 'migrated';
      io.stdout(
        `${cliMessage(lang, key, { file: location, version: POSTGRES_SCHEMA_VERSION, steps: applied.length })}\n`,
      );
    });
}
