import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scenarioJobSchema, scenarioRunSchema } from '../../src/contract';
import { createSession, type WorkspaceSession } from '../../src/api/session';
import { createRequestHandler } from '../../src/server/app';
import { injectToken, resolveInside } from '../../src/server/static-files';
import { makeTempDir } from '../helpers/temp-dir';
import { writeWorkspaceFile } from '../helpers/workspace-file';

const TOKEN = 'test-token-0123456789';
let temp: ReturnType<typeof makeTempDir>;
let session: WorkspaceSession;
let server: Server;
let port = 0;

interface Reply {
  status: number;
  body: string;
  headers: Record<string, string | string[] | undefined>;
}

function send(
  path: string,
  options: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, path, method: options.method ?? 'GET', headers: options.headers ?? {} },
      (res) => {
        let body = '';
        res.on('data', (chunk: Buffer) => (body += chunk.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
      },
    );
    req.on('error', reject);
    if (options.body !== undefined) req.write(options.body);
    req.end();
  });
}

function api(name: string, input: unknown, headers: Record<string, string> = {}) {
  return send(`/api/${name}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-coopfolio-token': TOKEN,
      'x-coopfolio-lang': 'en',
      ...headers,
    },
    body: JSON.stringify(input),
  });
}

beforeAll(async () => {
  temp = makeTempDir();
  const rendererDir = join(temp.dir, 'renderer');
  mkdirSync(rendererDir);
  writeFileSync(join(rendererDir, 'index.html'), '<html><head><title>t</title></head><body></body></html>');
  writeFileSync(join(temp.dir, 'secret.txt'), 'do not serve');
  session = createSession();
  session.open(writeWorkspaceFile(temp.dir));
  const handler = createRequestHandler({ services: session, rendererDir, token: TOKEN, port: () => port });
  server = createServer((req, res) => void handler(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  session.close();
  temp.cleanup();
});

describe('browser host', () => {
  it('serves the app with the launch token in a meta tag and a strict CSP', async () => {
    const reply = await send('/');
    expect(reply.status).toBe(200);
    expect(reply.body).toContain(`<meta name="coopfolio-token" content="${TOKEN}">`);
    expect(reply.headers['content-security-policy']).toContain("script-src 'self'");
  });

  it('answers a contract call with a Result', async () => {
    const reply = await api('cooperatives.list', {});
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: true, value: [{ id: 'zon-oost' }] });
  });

  it('refuses an API call without the token or with a wrong one', async () => {
    expect((await api('cooperatives.list', {}, { 'x-coopfolio-token': '' })).status).toBe(401);
    expect((await api('cooperatives.list', {}, { 'x-coopfolio-token': 'guess' })).status).toBe(401);
  });

  it('refuses a foreign Host header (DNS rebinding)', async () => {
    const reply = await send('/', { headers: { host: `evil.example:${port}` } });
    expect(reply.status).toBe(421);
  });

  it('refuses a cross-site Origin', async () => {
    const reply = await api('cooperatives.list', {}, { origin: 'http://evil.example' });
    expect(reply.status).toBe(403);
  });

  it('refuses non-JSON bodies and GET on the API', async () => {
    expect((await api('cooperatives.list', {}, { 'content-type': 'text/plain' })).status).toBe(415);
    expect((await send('/api/cooperatives.list')).status).toBe(405);
  });

  it('refuses a body over the size limit before reading it', async () => {
    const reply = await send('/api/workspace.importJson', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-coopfolio-token': TOKEN,
        'content-length': String(60 * 1024 * 1024),
      },
      body: '',
    }).catch(() => ({ status: 413, body: '', headers: {} }));
    expect(reply.status).toBe(413);
  });

  it('never serves files outside the app folder', async () => {
    expect((await send('/../secret.txt')).status).toBe(404);
    expect((await send('/%2e%2e/secret.txt')).status).toBe(404);
    expect(resolveInside('/app', '/..%2fsecret')).toBeNull();
    expect(resolveInside('/app', '/a%00b')).toBeNull();
  });

  it('starts a scenario run and reports its progress and result when polled over HTTP', async () => {
    const started = await api('scenarios.start', { scenarioId: 'basis', seed: 3 });
    expect(started.status).toBe(200);
    const body = JSON.parse(started.body) as { ok: boolean; value: unknown };
    expect(body.ok).toBe(true);
    const job = scenarioJobSchema.parse(body.value);
    expect(job).toMatchObject({ scenarioId: 'basis', state: 'running', done: 0, total: 500 });
    let current = job;
    while (current.state === 'running') {
      await new Promise((resolve) => setTimeout(resolve, 25));
      const reply = await api('scenarios.job', { jobId: job.jobId });
      expect(reply.status).toBe(200);
      current = scenarioJobSchema.parse((JSON.parse(reply.body) as { value: unknown }).value);
    }
    expect(current).toMatchObject({ jobId: job.jobId, state: 'done', done: 500, error: null });
    expect(scenarioRunSchema.parse(current.result).monteCarlo).toMatchObject({ draws: 500, seed: 3 });
  });

  it('answers an unknown job with invalid input on jobId, in the requested language', async () => {
    const reply = await api('scenarios.job', { jobId: 'verlopen' }, { 'x-coopfolio-lang': 'nl' });
    expect(JSON.parse(reply.body)).toMatchObject({
      ok: false,
      error: {
        code: 'invalid-input',
        issues: [
          { pathText: 'jobId', message: expect.stringContaining('berekening "verlopen" bestaat niet') },
        ],
      },
    });
  });

  it('escapes the token when writing it into the page', () => {
    expect(injectToken('<head></head>', '"><script>')).toContain('content="&#34;&#62;&#60;script&#62;"');
  });
});
