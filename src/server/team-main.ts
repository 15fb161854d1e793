/**
 * The team server program: `coopfolio serve --database URL [--port N] [--host ADDR]
 * [--public-url URL] [--trust-proxy] [--oidc-...]` starts it (src/cli/commands/serve.ts runs this file
 * as its own process: no host imports another). It migrates the database, serves the
 * app and the contract with sign-in, and prints its URL on stdout; logs go to stderr.
 * docs/team.md tells how to run it for a municipality (TLS proxy, first admin, backups).
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { openAccountsDatabase } from '../accounts/database';
import { OidcConfigError, parseOidcOptions, type OidcSettings } from '../accounts/oidc-config';
import { sessionIsOpen } from '../accounts/sessions';
import { OIDC_CALLBACK_PATH } from '../contract/oidc-sign-in';
import { translate, type Lang } from '../i18n';
import { findChromium, renderPdfWithChromium } from '../reports/pdf';
import { storageErrorMessage } from '../storage';
import { openPostgresBackend } from '../storage/postgres';
import { WorkspaceFileError } from '../storage/types';
import { createLiveEvents, listenForChanges } from './live';
import { createOidcSignIn } from './oidc';
import { ensureRendererBuilt } from './renderer-build';
import { createTeamRequestHandler } from './team';
import { ownOrigins } from './team-origin';
import { createTeamServices } from './team-services';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const DEFAULT_TEAM_PORT = 5179;

function log(line: string) {
  process.stderr.write(`${line}\n`);
}

function fail(message: string, code: number): never {
  log(message);
  process.exit(code);
}

function langOfEnv(): Lang {
  const chosen = process.env['COOPFOLIO_LANG'] ?? process.env['LC_ALL'] ?? process.env['LANG'] ?? '';
  return chosen.toLowerCase().startsWith('nl') ? 'nl' : 'en';
}

/** The identity provider's settings (null: passwords only); bad ones stop the program naming the option. */
function oidcSettings(values: Record<string, string | boolean | undefined>, lang: Lang): OidcSettings | null {
  const text = (name: string) => {
    const value = values[name];
    return typeof value === 'string' ? value : undefined;
  };
  try {
    return parseOidcOptions(
      {
        issuer: text('oidc-issuer'),
        clientId: text('oidc-client-id'),
        clientSecretFile: text('oidc-client-secret-file'),
        roleClaim: text('oidc-role-claim'),
        roleMap: text('oidc-role-map'),
        nameClaim: text('oidc-name-claim'),
        providerName: text('oidc-provider-name'),
        scope: text('oidc-scope'),
      },
      process.env,
      (path) => readFileSync(path, 'utf8'),
    );
  } catch (error) {
    if (error instanceof OidcConfigError) fail(translate(lang, `cli:oidc.${error.problem}`, error.params), 2);
    throw error;
  }
}

/** Connects and migrates; a database without a workspace, or refused, stops the program with why. */
async function openTeamDatabase(url: string, lang: Lang) {
  try {
    const backend = await openPostgresBackend(url);
    if (!(await backend.hasWorkspace())) {
      fail(translate(lang, 'cli:team.noWorkspace', { database: backend.location }), 2);
    }
    const accounts = await openAccountsDatabase(url);
    return { backend, accounts };
  } catch (error) {
    if (error instanceof WorkspaceFileError) fail(storageErrorMessage(error, lang), 2);
    throw error;
  }
}

/** Worker threads for scenario runs and report exports (docs/team.md, "Long work"); absent: the default. */
const MAX_JOB_WORKERS = 64;
function jobWorkersOf(text: string | undefined, lang: Lang): number | undefined {
  if (text === undefined) return undefined;
  const count = Number(text);
  if (!/^\d+$/.test(text) || count < 1 || count > MAX_JOB_WORKERS) {
    fail(
      translate(lang, 'cli:option.wholeNumber', {
        option: '--job-workers',
        min: 1,
        max: MAX_JOB_WORKERS,
        value: text,
      }),
      2,
    );
  }
  return count;
}

async function main() {
  const lang = langOfEnv();
  const { values } = parseArgs({
    options: {
      database: { type: 'string' },
      port: { type: 'string' },
      host: { type: 'string' },
      'public-url': { type: 'string' },
      'trust-proxy': { type: 'boolean' },
      'job-workers': { type: 'string' },
      'oidc-issuer': { type: 'string' },
      'oidc-client-id': { type: 'string' },
      'oidc-client-secret-file': { type: 'string' },
      'oidc-role-claim': { type: 'string' },
      'oidc-role-map': { type: 'string' },
      'oidc-name-claim': { type: 'string' },
      'oidc-provider-name': { type: 'string' },
      'oidc-scope': { type: 'string' },
    },
  });
  const url = values.database;
  if (url === undefined || url === '') fail(translate(lang, 'cli:team.noDatabase'), 2);
  const portText = values.port ?? String(DEFAULT_TEAM_PORT);
  const port = Number(portText);
  if (!/^\d+$/.test(portText) || port > 65535) {
    fail(
      translate(lang, 'cli:option.wholeNumber', { option: '--port', min: 0, max: 65535, value: portText }),
      2,
    );
  }
  const host = values.host ?? '127.0.0.1';
  const publicUrl = values['public-url'];
  // On every interface the server cannot know the address browsers use: it must be told.
  if ((host === '0.0.0.0' || host === '::') && publicUrl === undefined) {
    fail(translate(lang, 'cli:team.publicUrlNeeded', { host }), 2);
  }
  if (publicUrl !== undefined && !/^https?:\/\/[^/]+/.test(publicUrl)) {
    fail(translate(lang, 'cli:team.badPublicUrl', { value: publicUrl }), 2);
  }
  const oidc = oidcSettings(values, lang);
  const jobWorkers = jobWorkersOf(values['job-workers'], lang);

  // A packaged or test build names its renderer folder; a checkout builds its own when stale.
  const rendererDir = process.env['COOPFOLIO_RENDERER_DIR'] ?? join(ROOT, 'renderer', 'dist');
  if (process.env['COOPFOLIO_RENDERER_DIR'] === undefined) ensureRendererBuilt(ROOT, log);
  const { backend, accounts } = await openTeamDatabase(url, lang);
  const chromium = findChromium(process.env);
  const services = createTeamServices(backend, {
    pdfRenderer: () =>
      chromium === null ? null : (html) => renderPdfWithChromium(html, { executablePath: chromium }),
    ...(jobWorkers === undefined ? {} : { jobWorkers }),
  });
  const live = createLiveEvents({
    sessionIsOpen: (token) => sessionIsOpen(accounts.pool, token, new Date()),
  });
  const listener = listenForChanges(url, (notice) => live.publish(notice), log);
  let origins: ReadonlySet<string> = new Set();
  const secure = publicUrl?.startsWith('https://') ?? false;
  const redirectUri = () => `${[...origins][0]}${OIDC_CALLBACK_PATH}`;
  const handler = createTeamRequestHandler({
    services,
    accounts: accounts.pool,
    rendererDir,
    origins: () => origins,
    secure,
    trustProxy: values['trust-proxy'] ?? false,
    live,
    ...(oidc === null
      ? {}
      : {
          oidc: createOidcSignIn({
            settings: oidc,
            accounts: accounts.pool,
            redirectUri,
            secure,
            clock: () => new Date(),
            endSession: (token) => live.endSession(token),
            log,
          }),
        }),
  });
  const server = createServer((req, res) => void handler(req, res));
  server.on('error', (error) => fail(`The server could not start: ${error.message}`, 1));
  server.listen(port, host, () => {
    origins = ownOrigins(publicUrl, host, (server.address() as AddressInfo).port);
    log(translate(lang, 'cli:team.serving', { database: backend.location }));
    if (oidc !== null) {
      const names = { provider: oidc.providerName, issuer: oidc.issuer.href, redirectUri: redirectUri() };
      log(translate(lang, 'cli:oidc.serving', names));
    }
    process.stdout.write(`${[...origins][0]}/\n`);
  });
  const stop = () => {
    live.close();
    server.close();
    services.close();
    void Promise.all([listener.close(), backend.close(), accounts.close()]).finally(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => fail(error instanceof Error ? error.message : String(error), 1));
