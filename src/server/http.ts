/**
 * The HTTP plumbing both web hosts share (`npm run web`'s app.ts and the team server's
 * team.ts): answering, reading a contract call's JSON body, and the refusals before
 * `invoke` (docs/errors.md lists their status and words).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { LANG_HEADER } from '../contract/bridge';
import { HTTP_REFUSALS, type HttpRefusal } from '../contract/errors';
import { isLang } from '../api/context';
import { translate } from '../i18n';
import type { Lang } from '../model/messages';
import { MAX_BODY_BYTES, SECURITY_HEADERS } from './security';
import { loadStaticFile } from './static-files';

export function send(
  res: ServerResponse,
  status: number,
  body: string | Buffer,
  contentType: string,
  headers: Record<string, string | string[]> = {},
) {
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    ...headers,
    'content-type': contentType,
    'cache-control': 'no-store',
  });
  res.end(body);
}

export function sendJson(
  res: ServerResponse,
  status: number,
  value: unknown,
  headers: Record<string, string | string[]> = {},
) {
  send(res, status, JSON.stringify(value), 'application/json; charset=utf-8', headers);
}

/** The body passed MAX_BODY_BYTES: refused as `tooLarge` (413). */
class BodyTooLarge extends Error {}
/** The body is not valid UTF-8: refused as `notUtf8` (400). */
class BodyNotUtf8 extends Error {}

/** Decoding refuses bad bytes: a lossy decode would store a name altered to U+FFFD. */
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

async function readBody(req: IncomingMessage): Promise<string> {
  const declared = Number(req.headers['content-length'] ?? '0');
  if (declared > MAX_BODY_BYTES) throw new BodyTooLarge();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > MAX_BODY_BYTES) throw new BodyTooLarge();
    chunks.push(buffer);
  }
  try {
    return strictUtf8.decode(Buffer.concat(chunks));
  } catch {
    throw new BodyNotUtf8();
  }
}

export function langOf(req: IncomingMessage): Lang {
  const header = req.headers[LANG_HEADER];
  return isLang(header) ? header : 'nl';
}

/** Answers a request refused before `invoke` with its HTTP status and words. */
export function refuseCall(res: ServerResponse, lang: Lang, refusal: HttpRefusal) {
  sendJson(res, HTTP_REFUSALS[refusal], {
    ok: false,
    error: { code: 'invalid-input', message: translate(lang, `errors:http.${refusal}`) },
  });
}

export type CallBody = { ok: true; input: unknown } | { ok: false; refusal: HttpRefusal };

/**
 * A contract call's input: a JSON body (empty means `{}`), UTF-8, within MAX_BODY_BYTES.
 * A body too large is never read to its end: the connection is closed after the answer.
 */
export async function readCallBody(req: IncomingMessage, res: ServerResponse): Promise<CallBody> {
  const contentType = req.headers['content-type'] ?? '';
  if (!contentType.startsWith('application/json')) return { ok: false, refusal: 'jsonOnly' };
  let text: string;
  try {
    text = await readBody(req);
  } catch (error) {
    if (error instanceof BodyTooLarge) {
      res.setHeader('connection', 'close');
      res.on('finish', () => req.destroy());
      return { ok: false, refusal: 'tooLarge' };
    }
    if (error instanceof BodyNotUtf8) return { ok: false, refusal: 'notUtf8' };
    throw error;
  }
  try {
    return { ok: true, input: text.trim() === '' ? {} : JSON.parse(text) };
  } catch {
    return { ok: false, refusal: 'notJson' };
  }
}

/**
 * Answers a request outside the API: the renderer's files (GET and HEAD only). `token`
 * is the per-launch secret the browser host writes into the page; '' for none.
 */
export async function serveRendererFile(
  req: IncomingMessage,
  res: ServerResponse,
  rendererDir: string,
  url: string,
  token: string,
): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD')
    return send(res, 405, 'method not allowed', 'text/plain');
  const file = await loadStaticFile(rendererDir, url, token);
  if (file === null) return send(res, 404, 'not found', 'text/plain; charset=utf-8');
  send(res, 200, req.method === 'HEAD' ? '' : file.body, file.contentType);
}

/** A request that failed unexpectedly: a 500 naming the cause, or the end of an answer already begun. */
export function answerInternalError(res: ServerResponse, error: unknown): void {
  const detail = error instanceof Error ? error.message : String(error);
  if (!res.headersSent) send(res, 500, `internal error: ${detail}`, 'text/plain; charset=utf-8');
  else res.end();
}
