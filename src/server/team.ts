/**
 * The team server's request handler (`coopfolio serve`, docs/team.md): the same app and
 * the same contract (`POST /api/<operation>`) as the browser host, for a team on one
 * PostgreSQL workspace. In place of the browser host's per-launch token, a session
 * cookie from `session.login`: no valid session is 401 (`unauthenticated`), a role that
 * may not call the operation 403 (`forbidden`, checked by `invoke` against
 * src/contract/roles.ts), a stale write 409 (`conflict`). A call from another site's
 * page is refused (403) before anything runs.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Pool } from 'pg';
import { AuthError } from '../accounts/errors';
import { authenticate, signIn, signOut, type SessionUser } from '../accounts/sessions';
import type { CallContext, Services, SignInPort } from '../api/context';
import { toApiError } from '../api/errors';
import { invoke } from '../api/invoke';
import { HTTP_API_PREFIX, HTTP_EVENTS_PATH } from '../contract/bridge';
import { teamHttpStatus } from '../contract/errors';
import { OIDC_PATH_PREFIX } from '../contract/oidc-sign-in';
import { isOperationName } from '../contract/operations';
import { accessOf } from '../contract/roles';
import type { Lang } from '../model/messages';
import { clearedSessionCookie, readCookie, sessionCookie, sessionCookieName } from './cookies';
import {
  answerInternalError,
  langOf,
  readCallBody,
  refuseCall,
  send,
  sendJson,
  serveRendererFile,
} from './http';
import type { LiveEvents } from './live';
import type { OidcSignIn } from './oidc';
import { refuseForeignOrigin } from './team-origin';

export interface TeamServerOptions {
  /** The workspace (the team database's backend) and the host's jobs. */
  services: Services;
  /** The team database, for accounts and sessions. */
  accounts: Pool;
  rendererDir: string;
  /** The origins of the server's own pages (team-origin.ts `ownOrigins`; known once listening). */
  origins: () => ReadonlySet<string>;
  /** Reached over HTTPS (a TLS proxy in front): the cookie gets Secure and the `__Host-` prefix. */
  secure: boolean;
  /**
   * Behind a reverse proxy every request comes from the proxy's address: then the
   * client's address, for the sign-in limit per address, is the last `X-Forwarded-For` hop.
   */
  trustProxy: boolean;
  /** The open event streams that carry other users' changes (src/server/live.ts). */
  live: LiveEvents;
  /** Sign-in through the city's identity provider (src/server/oidc.ts); absent: passwords only. */
  oidc?: OidcSignIn;
  clock?: () => Date;
}

/** The client's address as the per-address sign-in limit counts it. */
function clientAddress(req: IncomingMessage, trustProxy: boolean): string {
  const forwarded = req.headers['x-forwarded-for'];
  if (trustProxy && typeof forwarded === 'string' && forwarded.trim() !== '') {
    const hops = forwarded.split(',');
    return hops[hops.length - 1]!.trim().slice(0, 100);
  }
  return (req.socket.remoteAddress ?? 'unknown').slice(0, 100);
}

export function createTeamRequestHandler(options: TeamServerOptions) {
  const now = () => options.clock?.() ?? new Date();
  const cookieName = sessionCookieName(options.secure);

  function unauthenticated(res: ServerResponse, lang: Lang, clearCookie: boolean) {
    const error = toApiError(new AuthError('no-session'), { lang });
    const headers: Record<string, string> = clearCookie
      ? { 'set-cookie': clearedSessionCookie(options.secure) }
      : {};
    sendJson(res, teamHttpStatus(error.code), { ok: false, error }, headers);
  }

  /** The stream of change notices: a session and the server's own pages only, like the API. */
  async function handleEvents(req: IncomingMessage, res: ServerResponse) {
    const lang = langOf(req);
    const foreign = refuseForeignOrigin(req.headers, options.origins());
    if (foreign !== null) return send(res, 403, foreign, 'text/plain; charset=utf-8');
    if (req.method !== 'GET')
      return send(res, 405, 'GET only', 'text/plain; charset=utf-8', { allow: 'GET' });
    const token = readCookie(req.headers, cookieName);
    const user = token === null ? null : await authenticate(options.accounts, token, now());
    if (token === null || user === null) return unauthenticated(res, lang, token !== null);
    options.live.open(req, res, token);
  }

  async function handleApi(req: IncomingMessage, res: ServerResponse, name: string) {
    const lang = langOf(req);
    const foreign = refuseForeignOrigin(req.headers, options.origins());
    if (foreign !== null) return send(res, 403, foreign, 'text/plain; charset=utf-8');
    if (req.method !== 'POST') return refuseCall(res, lang, 'postOnly');

    const token = readCookie(req.headers, cookieName);
    const user: SessionUser | null =
      token === null ? null : await authenticate(options.accounts, token, now());
    // Only signing in goes without a session; an unknown name learns nothing either.
    const open = isOperationName(name) && accessOf(name) === 'anyone';
    if (user === null && !open) return unauthenticated(res, lang, token !== null);

    const body = await readCallBody(req, res);
    if (!body.ok) return refuseCall(res, lang, body.refusal);

    let setCookie: string | null = null;
    const signInPort: SignInPort = {
      async login(name, password) {
        const started = await signIn(
          options.accounts,
          { user: name, password, address: clientAddress(req, options.trustProxy) },
          now(),
        );
        // A browser that signs in again leaves no second session of its own behind.
        if (token !== null) {
          await signOut(options.accounts, token, now());
          options.live.endSession(token);
        }
        setCookie = sessionCookie(started.token, options.secure);
        return started.user;
      },
      async logout() {
        if (token !== null) {
          await signOut(options.accounts, token, now());
          options.live.endSession(token);
        }
        setCookie = clearedSessionCookie(options.secure);
      },
    };
    const context: CallContext = {
      lang,
      signIn: signInPort,
      ...(user === null ? {} : { user }),
    };
    const result = await invoke(options.services, name, body.input, context);
    const status = result.ok ? 200 : teamHttpStatus(result.error.code);
    sendJson(res, status, result, setCookie === null ? {} : { 'set-cookie': setCookie });
  }

  return async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    try {
      const url = req.url ?? '/';
      if (url === HTTP_EVENTS_PATH || url.startsWith(`${HTTP_EVENTS_PATH}?`))
        return await handleEvents(req, res);
      if (url.startsWith(HTTP_API_PREFIX)) {
        let name: string;
        try {
          name = decodeURIComponent(url.slice(HTTP_API_PREFIX.length).split('?')[0] ?? '');
        } catch {
          return send(res, 404, 'not found', 'text/plain; charset=utf-8');
        }
        return await handleApi(req, res, name);
      }
      if (url.startsWith(OIDC_PATH_PREFIX)) {
        // Navigations to and from the provider: no Origin check (the provider's redirect
        // back comes from its site); state, PKCE and the flow cookie guard them instead.
        const path = url.split('?')[0] ?? '';
        if (options.oidc !== undefined && (await options.oidc.handle(req, res, path))) return;
        return send(res, 404, 'not found', 'text/plain; charset=utf-8');
      }
      // The app itself needs no session: it shows the sign-in screen when the API answers 401.
      await serveRendererFile(req, res, options.rendererDir, url, '');
    } catch (error) {
      answerInternalError(res, error);
    }
  };
}
