/**
 * `coopfolio serve --database URL [--oidc-...]`: the team server (src/server/team-main.ts) as a
 * process of its own, since the command line may not import another host. Its URL comes
 * on stdout and its log on stderr, both passed straight through; Ctrl-C or a TERM stops it.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { cliWords } from '../format';
import { CliFailure, EXIT_BAD_INPUT, EXIT_FAILURE, resolveLang, type CliIo } from '../io';

const TEAM_MAIN = fileURLToPath(new URL('../../server/team-main.ts', import.meta.url));
/** tsx's loader by its own path, so the server starts from any working folder. */
const TSX_LOADER = import.meta.resolve('tsx');

interface ServeOptions {
  database: string;
  port?: string;
  host?: string;
  publicUrl?: string;
  trustProxy?: boolean;
  jobWorkers?: string;
  oidcIssuer?: string;
  oidcClientId?: string;
  oidcClientSecretFile?: string;
  oidcRoleClaim?: string;
  oidcRoleMap?: string;
  oidcNameClaim?: string;
  oidcProviderName?: string;
  oidcScope?: string;
  lang?: string;
}

/** The identity provider's options, passed on as given (src/accounts/oidc-config.ts checks them). */
const OIDC_OPTIONS = {
  oidcIssuer: '--oidc-issuer',
  oidcClientId: '--oidc-client-id',
  oidcClientSecretFile: '--oidc-client-secret-file',
  oidcRoleClaim: '--oidc-role-claim',
  oidcRoleMap: '--oidc-role-map',
  oidcNameClaim: '--oidc-name-claim',
  oidcProviderName: '--oidc-provider-name',
  oidcScope: '--oidc-scope',
} as const satisfies Partial<Record<keyof ServeOptions, string>>;

function teamArguments(options: ServeOptions): string[] {
  const args = ['--database', options.database];
  if (options.port !== undefined) args.push('--port', options.port);
  if (options.host !== undefined) args.push('--host', options.host);
  if (options.publicUrl !== undefined) args.push('--public-url', options.publicUrl);
  if (options.trustProxy === true) args.push('--trust-proxy');
  if (options.jobWorkers !== undefined) args.push('--job-workers', options.jobWorkers);
  for (const [key, flag] of Object.entries(OIDC_OPTIONS)) {
    const value = options[key as keyof typeof OIDC_OPTIONS];
    if (value !== undefined) args.push(flag, value);
  }
  return args;
}

export function registerServe(program: Command, io: CliIo): void {
  program
    .command('serve')
    .description('serve a team database to a team: the app and its API with sign-in (docs/team.md)')
    .requiredOption('--database <url>', 'the team database (postgres://USER@HOST:PORT/DB)')
    .option('--port <n>', 'the port to listen on (default 5179; 0: any free port)')
    .option('--host <addr>', 'the address to listen on (default 127.0.0.1; behind a TLS proxy keep it so)')
    .option(
      '--public-url <url>',
      'the address users open, e.g. https://coopfolio.example.nl behind a TLS proxy',
    )
    .option('--trust-proxy', "count sign-in failures by the proxy's X-Forwarded-For, not the proxy's address")
    .option(
      '--job-workers <n>',
      'worker threads for scenario runs and report exports (default: the cores but one, at least 1)',
    )
    .option(
      '--oidc-issuer <url>',
      "sign-in through the city's identity provider (OpenID Connect): its issuer URL",
    )
    .option('--oidc-client-id <id>', 'the client id registered at the provider')
    .option(
      '--oidc-client-secret-file <path>',
      'a file holding the client secret (or set COOPFOLIO_OIDC_CLIENT_SECRET; never an argument)',
    )
    .option('--oidc-role-claim <claim>', 'the claim that carries the role (default groups)')
    .option(
      '--oidc-role-map <map>',
      'claim values to roles, e.g. "coopfolio-beheer=admin,coopfolio-redactie=editor,coopfolio-analyse=analyst"',
    )
    .option(
      '--oidc-name-claim <claim>',
      'the claim that names the account (default preferred_username; or email)',
    )
    .option('--oidc-provider-name <name>', "the name on the sign-in button (default the issuer's host)")
    .option('--oidc-scope <scopes>', 'the scopes asked for (default "openid profile email")')
    .option('--lang <nl|en>', 'language of messages')
    .action(async (options: ServeOptions) => {
      const lang = resolveLang(options.lang, io.env);
      const child = spawn(process.execPath, ['--import', TSX_LOADER, TEAM_MAIN, ...teamArguments(options)], {
        stdio: ['ignore', 'pipe', 'pipe'],
        env: { ...io.env, COOPFOLIO_LANG: lang },
      });
      child.stdout.setEncoding('utf8').on('data', (text: string) => io.stdout(text));
      child.stderr.setEncoding('utf8').on('data', (text: string) => io.stderr(text));
      const stop = (signal: NodeJS.Signals) => () => child.kill(signal);
      const onInt = stop('SIGINT');
      const onTerm = stop('SIGTERM');
      process.on('SIGINT', onInt);
      process.on('SIGTERM', onTerm);
      const code = await new Promise<number>((resolve) => {
        child.on('exit', (exitCode, signal) => resolve(exitCode ?? (signal === null ? 1 : 0)));
        child.on('error', () => resolve(EXIT_FAILURE));
      });
      process.off('SIGINT', onInt);
      process.off('SIGTERM', onTerm);
      if (code !== 0) {
        throw new CliFailure(
          cliWords(lang)('team.stopped', { code }),
          code === EXIT_BAD_INPUT ? EXIT_BAD_INPUT : EXIT_FAILURE,
        );
      }
    });
}
