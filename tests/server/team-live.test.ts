// Live updates on the team server against a real PostgreSQL: a signed-in user's
// `GET /api/events` stream carries another user's write within two seconds; without a
// session it is 401; the stream ends with the session (signed out, or idle too long).
import { request, type IncomingMessage } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SESSION_IDLE_MS } from '../../src/accounts/policy';
import { ROLE_USERS, startTeamServer, type TeamFixture } from './team-support';

let team: TeamFixture;
beforeAll(async () => {
  team = await startTeamServer({ heartbeatMs: 150 });
});
afterAll(async () => {
  await team?.close();
});

interface OpenStream {
  readonly status: number;
  readonly contentType: string | undefined;
  /** Everything received so far. */
  text(): string;
  /** Resolves with the text once `test` holds for it; rejects after `ms`. */
  waitFor(test: (text: string) => boolean, ms: number): Promise<string>;
  readonly ended: Promise<void>;
  close(): void;
}

function openEvents(headers: Record<string, string>): Promise<OpenStream> {
  const url = new URL(team.origin);
  return new Promise((resolve, reject) => {
    const req = request(
      { host: url.hostname, port: url.port, path: '/api/events', method: 'GET', headers },
      (res: IncomingMessage) => {
        let received = '';
        const waiters = new Set<() => void>();
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          received += chunk;
          for (const wake of waiters) wake();
        });
        const ended = new Promise<void>((done) => res.on('end', done));
        resolve({
          status: res.statusCode ?? 0,
          contentType: res.headers['content-type'],
          text: () => received,
          ended,
          close: () => req.destroy(),
          waitFor(test, ms) {
            return new Promise((pass, fail) => {
              const check = () => {
                if (!test(received)) return;
                clearTimeout(timer);
                waiters.delete(check);
                pass(received);
              };
              const timer = setTimeout(() => {
                waiters.delete(check);
                fail(new Error(`nothing matching within ${ms} ms; received: ${received}`));
              }, ms);
              waiters.add(check);
              check();
            });
          },
        });
      },
    );
    req.on('error', reject);
    req.end();
  });
}

function changeEvents(text: string): Array<Record<string, unknown>> {
  return text
    .split('\n\n')
    .filter((block) => block.startsWith('event: change\n'))
    .map((block) => JSON.parse(block.split('\ndata: ')[1]!) as Record<string, unknown>);
}

describe('GET /api/events', () => {
  it('is 401 without a session and 403 from another site', async () => {
    const anonymous = await team.raw('GET', '/api/events');
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.error.code).toBe('unauthenticated');
    const cookie = await team.login(ROLE_USERS.viewer);
    const foreign = await team.raw('GET', '/api/events', null, { cookie, origin: 'https://elders.example' });
    expect(foreign.status).toBe(403);
    expect((await team.raw('POST', '/api/events', '{}', { cookie })).status).toBe(405);
  });

  it("carries another user's cooperatives.update within two seconds", async () => {
    const viewer = await team.login(ROLE_USERS.viewer);
    const stream = await openEvents({ cookie: viewer });
    expect(stream.status).toBe(200);
    expect(stream.contentType).toMatch(/^text\/event-stream/);

    const editor = await team.login(ROLE_USERS.editor);
    const wire = (await team.call('workspace.get', {}, { cookie: editor })).body.value;
    const cooperative = { ...wire.cooperatives[0], name: 'Live hernoemd' };
    const started = Date.now();
    const answer = await team.call('cooperatives.update', { cooperative }, { cookie: editor });
    expect(answer.status).toBe(200);
    const text = await stream.waitFor(
      (received) => changeEvents(received).some((e) => e.entity === 'cooperative' && e.id === cooperative.id),
      2_000,
    );
    expect(Date.now() - started).toBeLessThan(2_000);
    const event = changeEvents(text).find((e) => e.id === cooperative.id)!;
    expect(event.version).toEqual(expect.any(Number));
    // Heartbeats keep proxies from closing a quiet stream.
    await stream.waitFor((received) => received.includes(': heartbeat\n\n'), 2_000);
    stream.close();
  });

  it('listens again after its database connection drops, and says everything may have changed', async () => {
    const viewer = await team.login(ROLE_USERS.viewer);
    const stream = await openEvents({ cookie: viewer });
    const killed = await team.accounts.pool.query(
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
       WHERE datname = current_database() AND query = 'LISTEN coopfolio_changes'`,
    );
    expect(killed.rows.length).toBe(1);
    await stream.waitFor((received) => changeEvents(received).some((e) => e.entity === 'workspace'), 5_000);

    const editor = await team.login(ROLE_USERS.editor);
    const wire = (await team.call('workspace.get', {}, { cookie: editor })).body.value;
    const cooperative = { ...wire.cooperatives[1], name: 'Na de onderbreking' };
    expect((await team.call('cooperatives.update', { cooperative }, { cookie: editor })).status).toBe(200);
    await stream.waitFor((received) => changeEvents(received).some((e) => e.id === cooperative.id), 2_000);
    stream.close();
  });

  it('ends when the session is signed out, and when it goes idle too long', async () => {
    const first = await team.login(ROLE_USERS.analyst);
    const signedOut = await openEvents({ cookie: first });
    expect(signedOut.status).toBe(200);
    expect((await team.call('session.logout', {}, { cookie: first })).status).toBe(200);
    await expect(withTimeout(signedOut.ended, 2_000)).resolves.toBe('done');

    const second = await team.login(ROLE_USERS.analyst);
    const idle = await openEvents({ cookie: second });
    expect(idle.status).toBe(200);
    // The heartbeat's check must not refresh the session: the stream alone keeps nothing alive.
    team.advance(SESSION_IDLE_MS + 1_000);
    await expect(withTimeout(idle.ended, 2_000)).resolves.toBe('done');
    expect((await team.call('session.current', {}, { cookie: second })).status).toBe(401);
    expect(team.live.size).toBe(0);
  });
});

function withTimeout(promise: Promise<void>, ms: number): Promise<'done' | 'timeout'> {
  return Promise.race([
    promise.then(() => 'done' as const),
    new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), ms)),
  ]);
}
