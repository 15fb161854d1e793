// Requests the browser host refuses before invoke answer with the HTTP status and words
// docs/errors.md lists for them (src/contract/errors.ts), in the caller's language.
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSession, type WorkspaceSession } from '../../src/api/session';
import { HTTP_REFUSALS } from '../../src/contract/errors';
import { translate, type Lang } from '../../src/i18n';
import { createRequestHandler } from '../../src/server/app';
import { makeTempDir } from '../helpers/temp-dir';
import { writeWorkspaceFile } from '../helpers/workspace-file';

const TOKEN = 'test-token-0123456789';
let temp: ReturnType<typeof makeTempDir>;
let session: WorkspaceSession;
let server: Server;
let port = 0;

function post(options: { lang: Lang; method?: string; headers?: Record<string, string>; body?: Buffer }) {
  return new Promise<{ status: number; body: unknown }>((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path: '/api/cooperatives.list',
        method: options.method ?? 'POST',
        headers: {
          'content-type': 'application/json',
          'x-coopfolio-token': TOKEN,
          'x-coopfolio-lang': options.lang,
          ...options.headers,
        },
      },
      (res) => {
        let text = '';
        res.on('data', (chunk: Buffer) => (text += chunk.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: JSON.parse(text) }));
      },
    );
    req.on('error', reject);
    if (options.body !== undefined) req.write(options.body);
    req.end();
  });
}

beforeAll(async () => {
  temp = makeTempDir();
  session = createSession();
  session.open(writeWorkspaceFile(temp.dir));
  const handler = createRequestHandler({
    services: session,
    rendererDir: temp.dir,
    token: TOKEN,
    port: () => port,
  });
  server = createServer((req, res) => void handler(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  session.close();
  temp.cleanup();
});

describe('browser host refusals', () => {
  const cases: [keyof typeof HTTP_REFUSALS, (lang: Lang) => Parameters<typeof post>[0]][] = [
    ['postOnly', (lang) => ({ lang, method: 'PUT' })],
    ['badToken', (lang) => ({ lang, headers: { 'x-coopfolio-token': 'guess' } })],
    ['jsonOnly', (lang) => ({ lang, headers: { 'content-type': 'text/plain' } })],
    ['notUtf8', (lang) => ({ lang, body: Buffer.from([0x7b, 0xff, 0x7d]) })],
    ['notJson', (lang) => ({ lang, body: Buffer.from('{not json') })],
  ];
  for (const [refusal, make] of cases) {
    for (const lang of ['nl', 'en'] as const) {
      it(`${refusal} in ${lang}: status ${HTTP_REFUSALS[refusal]}, code invalid-input, the documented words`, async () => {
        const reply = await post(make(lang));
        expect(reply.status).toBe(HTTP_REFUSALS[refusal]);
        expect(reply.body).toEqual({
          ok: false,
          error: { code: 'invalid-input', message: translate(lang, `errors:http.${refusal}`) },
        });
      });
    }
  }
});
