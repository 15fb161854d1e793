import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { HTTP_API_PREFIX, LANG_HEADER, TOKEN_HEADER } from '../api/bridge';
import { isLang, type Services } from '../api/context';
import { invoke } from '../api/invoke';
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

class BodyTooLarge extends Error {}
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
    if (req.method !== 'POST')
      return sendJson(res, 405, { ok: false, error: { code: 'invalid-input', message: 'POST only' } });
    if (!tokenMatches(token, req.headers[TOKEN_HEADER])) {
      return sendJson(res, 401, {
        ok: false,
        error: { code: 'invalid-input', message: 'missing or wrong token' },
      });
    }
    const contentType = req.headers['content-type'] ?? '';
    if (!contentType.startsWith('application/json')) {
      return sendJson(res, 415, { ok: false, error: { code: 'invalid-input', message: 'JSON only' } });
    }
    const lang = langOf(req);
    let text: string;
    try {
      text = await readBody(req);
    } catch (error) {
      if (error instanceof BodyTooLarge) {
        // The rest of the body is never read: close the connection so it cannot be reused mid-body.
        res.setHeader('connection', 'close');
        res.on('finish', () => req.destroy());
        return sendJson(res, 413, {
          ok: false,
          error: { code: 'invalid-input', message: 'request too large' },
        });
      }
      if (error instanceof BodyNotUtf8) {
        return sendJson(res, 400, {
          ok: false,
          error: { code: 'invalid-input', message: 'body is not valid UTF-8' },
        });
      }
      throw error;
    }
    let input: unknown;
    try {
      input = text.trim() === '' ? {} : JSON.parse(text);
    } catch {
      return sendJson(res, 400, { ok: false, error: { code: 'invalid-input', message: 'body is not JSON' } });
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
