import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { HTTP_API_PREFIX, LANG_HEADER, TOKEN_HEADER } from '../contract/bridge';
import { isLang, type Services } from '../api/context';
import { invoke } from '../api/invoke';
import { HTTP_REFUSALS, type HttpRefusal } from '../contract/errors';
import { translate } from '../i18n';
import type { Lang } from '../model/messages';
import { MAX_BODY_BYTES, SECURITY_HEADERS, refuseRequest, tokenMatches } from './security';
import { loadStaticFile } from './static-files';

export interface AppOptions {
  services: Services;
  rendererDir: string;
  /** Per-launch secret; generated when absent. */
  token?: string;
  /** The port actually bound; needed for the Host and Origin checks. */
  port: () => number;
}

export function createToken(): string {
  return randomBytes(32).toString('base64url');
}

function send(res: ServerResponse, status: number, body: string | Buffer, contentType: string) {
  res.writeHead(status, { ...SECURITY_HEADERS, 'content-type': contentType, 'cache-control': 'no-store' });
  res.end(body);
}

function sendJson(res: ServerResponse, status: number, value: unknown) {
  send(res, status, JSON.stringify(value), 'application/json; charset=utf-8');
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

function langOf(req: IncomingMessage): Lang {
  const header = req.headers[LANG_HEADER];
  return isLang(header) ? header : 'nl';
}

/** The request handler of the browser host: static renderer files and the contract under /api/. */
export function createRequestHandler(options: AppOptions) {
  const token = options.token ?? createToken();

  async function handleApi(req: IncomingMessage, res: ServerResponse, name: string) {
    const lang = langOf(req);
    /** A request refused before `invoke`: its HTTP status and words (docs/errors.md). */
    const refuse = (refusal: HttpRefusal) =>
      sendJson(res, HTTP_REFUSALS[refusal], {
        ok: false,
        error: { code: 'invalid-input', message: translate(lang, `errors:http.${refusal}`) },
      });
    if (req.method !== 'POST') return refuse('postOnly');
    if (!tokenMatches(token, req.headers[TOKEN_HEADER])) return refuse('badToken');
    const contentType = req.headers['content-type'] ?? '';
    if (!contentType.startsWith('application/json')) return refuse('jsonOnly');
    let text: string;
    try {
      text = await readBody(req);
    } catch (error) {
      if (error instanceof BodyTooLarge) {
        // The rest of the body is never read: close the connection so it cannot be reused mid-body.
        res.setHeader('connection', 'close');
        res.on('finish', () => req.destroy());
        return refuse('tooLarge');
      }
      if (error instanceof BodyNotUtf8) return refuse('notUtf8');
      throw error;
    }
    let input: unknown;
    try {
      input = text.trim() === '' ? {} : JSON.parse(text);
    } catch {
      return refuse('notJson');
    }
    const result = await invoke(options.services, name, input, { lang });
    sendJson(res, 200, result);
  }

  return async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    try {
      const refusal = refuseRequest(req.headers, options.port());
      if (refusal !== null) return send(res, refusal.status, refusal.reason, 'text/plain; charset=utf-8');
      const url = req.url ?? '/';
      if (url.startsWith(HTTP_API_PREFIX)) {
        return await handleApi(
          req,
          res,
          decodeURIComponent(url.slice(HTTP_API_PREFIX.length).split('?')[0] ?? ''),
        );
      }
      if (req.method !== 'GET' && req.method !== 'HEAD')
        return send(res, 405, 'method not allowed', 'text/plain');
      const file = await loadStaticFile(options.rendererDir, url, token);
      if (file === null) return send(res, 404, 'not found', 'text/plain; charset=utf-8');
      send(res, 200, req.method === 'HEAD' ? '' : file.body, file.contentType);
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      if (!res.headersSent) send(res, 500, `internal error: ${detail}`, 'text/plain; charset=utf-8');
      else res.end();
    }
  };
}
