/**
 * A team server on a real PostgreSQL for the tests: the demo workspace in a database of
 * its own, one account per role, the request handler on 127.0.0.1, and a clock the test
 * moves. `call` speaks HTTP as a browser or a script would, with full control of headers.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openAccountsDatabase, type AccountsDatabase } from '../../src/accounts/database';
import type { Role } from '../../src/accounts/role-names';
import { addUser, disableUser } from '../../src/accounts/users';
import { loadDemoWorkspace } from '../../src/data';
import { openPostgresBackend, type PostgresWorkspaceBackend } from '../../src/storage/postgres';
import { sessionIsOpen } from '../../src/accounts/sessions';
import {
  createLiveEvents,
  listenForChanges,
  type ChangeListener,
  type LiveEvents,
} from '../../src/server/live';
import { createTeamRequestHandler } from '../../src/server/team';
import { createOidcSignIn } from '../../src/server/oidc';
import { OIDC_CALLBACK_PATH } from '../../src/contract/oidc-sign-in';
import type { OidcSettings } from '../../src/accounts/oidc-config';
import { ownOrigins } from '../../src/server/team-origin';
import { createTeamServices, type TeamServices } from '../../src/server/team-services';
import { createTestDatabase, type TestDatabase } from '../support/postgres';

export const PASSWORD = 'a long enough password';
export const ROLE_USERS: Record<Role, string> = {
  viewer: 'vera',
  analyst: 'anouk',
  editor: 'eddy',
  admin: 'ada',
};

export interface Answer {
  status: number;
  // The answer of any operation; the tests read it field by field.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  body: any;
  text: string;
  setCookie: string | undefined;
}

export interface TeamFixture {
  readonly url: string;
  readonly origin: string;
  readonly backend: PostgresWorkspaceBackend;
  readonly accounts: AccountsDatabase;
  /** The server's services (its jobs and their pool of worker threads). */
  readonly services: TeamServices;
  /** The open event streams (`GET /api/events`). */
  readonly live: LiveEvents;
  /** Moves the server's clock. */
  advance(ms: number): void;
  call(name: string, input?: unknown, headers?: Record<string, string>): Promise<Answer>;
  /** Any method and path with exactly these headers (static files, wrong methods, raw bodies). */
  raw(method: string, path: string, body?: string | null, headers?: Record<string, string>): Promise<Answer>;
  /** Signs in; returns the Cookie header value of the session. */
  login(user: string, password?: string): Promise<string>;
  close(): Promise<void>;
}

export async function startTeamServer(
  options: {
    trustProxy?: boolean;
    rendererDir?: string;
    heartbeatMs?: number;
    oidc?: OidcSettings;
    /** Worker threads for the jobs (default: the server's own default). */
    jobWorkers?: number;
  } = {},
): Promise<TeamFixture> {
  const db: TestDatabase = await createTestDatabase();
  const backend = await openPostgresBackend(db.url, { poolSize: 4 });
  await backend.replace(loadDemoWorkspace());
  const accounts = await openAccountsDatabase(db.url, 4);
  let now = Date.now();
  for (const [role, name] of Object.entries(ROLE_USERS))
    await addUser(accounts.pool, { name, role: role as Role, password: PASSWORD }, new Date(now));
  await addUser(accounts.pool, { name: 'gone', role: 'admin', password: PASSWORD }, new Date(now));
  await disableUser(accounts.pool, 'gone', new Date(now));

  let rendererDir = options.rendererDir;
  if (rendererDir === undefined) {
    rendererDir = mkdtempSync(join(tmpdir(), 'coopfolio-team-'));
    writeFileSync(
      join(rendererDir, 'index.html'),
      '<!doctype html><html><head></head><body>app</body></html>',
    );
  }
  const services: TeamServices = createTeamServices(
    backend,
    options.jobWorkers === undefined ? {} : { jobWorkers: options.jobWorkers },
  );
  const live = createLiveEvents({
    sessionIsOpen: (token) => sessionIsOpen(accounts.pool, token, new Date(now)),
    heartbeatMs: options.heartbeatMs ?? 15_000,
  });
  const listener: ChangeListener = listenForChanges(db.url, (notice) => live.publish(notice));
  await listener.ready;
  let origins: ReadonlySet<string> = new Set();
  const handler = createTeamRequestHandler({
    services,
    accounts: accounts.pool,
    rendererDir,
    origins: () => origins,
    secure: false,
    trustProxy: options.trustProxy ?? false,
    live,
    clock: () => new Date(now),
    ...(options.oidc === undefined
      ? {}
      : {
          oidc: createOidcSignIn({
            settings: options.oidc,
            accounts: accounts.pool,
            redirectUri: () => `${[...origins][0]}${OIDC_CALLBACK_PATH}`,
            secure: false,
            clock: () => new Date(now),
            endSession: (token) => live.endSession(token),
            log: () => undefined,
          }),
        }),
  });
  const server: Server = createServer((req, res) => void handler(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  origins = ownOrigins(undefined, '127.0.0.1', port);
  const origin = `http://127.0.0.1:${port}`;

  function send(method: string, path: string, body: string | null, headers: Record<string, string>) {
    return new Promise<Answer>((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port, path, method, headers: { ...headers } }, (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => {
          let parsed: unknown;
          try {
            parsed = JSON.parse(text);
          } catch {
            parsed = null;
          }
          const cookie = res.headers['set-cookie'];
          resolve({ status: res.statusCode ?? 0, body: parsed, text, setCookie: cookie?.[0] });
        });
      });
      req.on('error', reject);
      if (body !== null) req.write(body);
      req.end();
    });
  }

  const fixture: TeamFixture = {
    url: `${origin}/`,
    origin,
    backend,
    accounts,
    services,
    live,
    advance(ms) {
      now += ms;
    },
    raw(method, path, body = null, headers = {}) {
      return send(method, path, body, headers);
    },
    call(name, input = {}, headers = {}) {
      return send('POST', `/api/${name}`, JSON.stringify(input), {
        'content-type': 'application/json',
        'x-coopfolio-lang': 'en',
        ...headers,
      });
    },
    async login(user, password = PASSWORD) {
      const answer = await fixture.call('session.login', { user, password });
      if (answer.status !== 200 || answer.setCookie === undefined)
        throw new Error(`sign-in of ${user} failed: ${answer.text}`);
      return answer.setCookie.split(';')[0]!;
    },
    async close() {
      await services.close();
      live.close();
      await new Promise((resolve) => server.close(resolve));
      await listener.close();
      await backend.close();
      await accounts.close();
      await db.drop();
    },
  };
  return fixture;
}
