import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { HTTP_API_PREFIX, TOKEN_HEADER } from '../contract/bridge';
import type { Services } from '../api/context';
import { invoke } from '../api/invoke';
import {
  answerInternalError,
  langOf,
  readCallBody,
  refuseCall,
  send,
  sendJson,
  serveRendererFile,
} from './http';
import { refuseRequest, tokenMatches } from './security';

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

/** The request handler of the browser host: static renderer files and the contract under /api/. */
export function createRequestHandler(options: AppOptions) {
  const token = options.token ?? createToken();

  async function handleApi(req: IncomingMessage, res: ServerResponse, name: string) {
    const lang = langOf(req);
    if (req.method !== 'POST') return refuseCall(res, lang, 'postOnly');
    if (!tokenMatches(token, req.headers[TOKEN_HEADER])) return refuseCall(res, lang, 'badToken');
    const body = await readCallBody(req, res);
    if (!body.ok) return refuseCall(res, lang, body.refusal);
    const result = await invoke(options.services, name, body.input, { lang });
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
      await serveRendererFile(req, res, options.rendererDir, url, token);
    } catch (error) {
      answerInternalError(res, error);
    }
  };
}
