/**
 * `coopfolio user add | list | disable --database URL`: the team server's accounts
 * (docs/team.md). The password of `add` is read from standard input, never from the
 * command line; an account is disabled, never deleted, so the audit trail's names keep
 * meaning someone.
 */
import type { Command } from 'commander';
import { openAccountsDatabase, type AccountsDatabase } from '../../accounts/database';
import { ROLES, isRole } from '../../accounts/role-names';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from '../../accounts/secrets';
import { addUser, disableUser, isValidUserName, listUsers } from '../../accounts/users';
import type { Lang } from '../../i18n';
import { badInput, cliWords, columns } from '../format';
import { resolveLang, type CliIo } from '../io';
import { storageFailure } from '../workspace-input';

interface DatabaseOptions {
  database: string;
  lang?: string;
}

async function withAccounts<T>(url: string, lang: Lang, work: (db: AccountsDatabase) => Promise<T>) {
  let db: AccountsDatabase;
  try {
    db = await openAccountsDatabase(url, 1);
  } catch (error) {
    throw storageFailure(error, lang);
  }
  try {
    return await work(db);
  } catch (error) {
    throw storageFailure(error, lang);
  } finally {
    await db.close();
  }
}

export function registerUser(program: Command, io: CliIo): void {
  const user = program.command('user').description("the team server's accounts (docs/team.md)");

  user
    .command('add <name>')
    .description('add an account; its password is read from standard input')
    .requiredOption('--role <role>', `one of ${ROLES.join(', ')}`)
    .requiredOption('--database <url>', 'the team database (postgres://USER@HOST:PORT/DB)')
    .option('--lang <nl|en>', 'language of messages')
    .action(async (name: string, options: DatabaseOptions & { role: string }) => {
      const lang = resolveLang(options.lang, io.env);
      const t = cliWords(lang);
      if (!isValidUserName(name)) throw badInput(lang, 'team.badName', { name });
      if (!isRole(options.role))
        throw badInput(lang, 'team.badRole', { role: options.role, roles: ROLES.join(', ') });
      const role = options.role;
      if (io.readSecret === undefined) throw badInput(lang, 'team.noPasswordInput');
      const password = await io.readSecret(t('team.passwordPrompt', { name }));
      if (password.length < MIN_PASSWORD_LENGTH || password.length > MAX_PASSWORD_LENGTH) {
        throw badInput(lang, 'team.badPassword', { min: MIN_PASSWORD_LENGTH, max: MAX_PASSWORD_LENGTH });
      }
      const added = await withAccounts(options.database, lang, (db) =>
        addUser(db.pool, { name, role, password }, new Date()),
      );
      if (!added) throw badInput(lang, 'team.userExists', { name });
      io.stderr(`${t('team.userAdded', { name, role })}\n`);
    });

  user
    .command('list')
    .description('list the accounts, their roles and whether they are disabled')
    .requiredOption('--database <url>', 'the team database (postgres://USER@HOST:PORT/DB)')
    .option('--json', 'print JSON: an array of {name, role, disabled, createdAt}')
    .option('--lang <nl|en>', 'language of messages')
    .action(async (options: DatabaseOptions & { json?: boolean }) => {
      const lang = resolveLang(options.lang, io.env);
      const t = cliWords(lang);
      const users = await withAccounts(options.database, lang, (db) => listUsers(db.pool));
      if (options.json === true) {
        io.stdout(`${JSON.stringify(users, null, 2)}\n`);
        return;
      }
      const rows = users.map((u) => [
        u.name,
        u.role,
        u.disabled ? t('team.disabled') : t('team.active'),
        u.createdAt.slice(0, 10),
      ]);
      const head = [t('team.head.name'), t('team.head.role'), t('team.head.state'), t('team.head.created')];
      io.stdout(`${columns(head, rows, { left: 4, trimEnd: true }).join('\n')}\n`);
    });

  user
    .command('disable <name>')
    .description('disable an account and end its sessions (it is kept, never deleted)')
    .requiredOption('--database <url>', 'the team database (postgres://USER@HOST:PORT/DB)')
    .option('--lang <nl|en>', 'language of messages')
    .action(async (name: string, options: DatabaseOptions) => {
      const lang = resolveLang(options.lang, io.env);
      const disabled = await withAccounts(options.database, lang, (db) =>
        disableUser(db.pool, name, new Date()),
      );
      if (!disabled) throw badInput(lang, 'team.noSuchUser', { name });
      io.stderr(`${cliWords(lang)('team.userDisabled', { name })}\n`);
    });
}
