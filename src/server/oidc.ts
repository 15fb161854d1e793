/**
 * Sign-in through the city's identity provider on the team server (OpenID Connect, the
 * authorization code flow with PKCE, state and nonce; openid-client). `GET /auth/oidc/start`
 * sends the browser to the provider; `GET /auth/oidc/callback` checks the answer, maps
 * the role claim to a role, creates or updates the account (src/accounts/oidc-accounts.ts)
 * and sets the same session cookie as `session.login`. Any refusal sends the browser back
 * to the sign-in screen with its reason (`/?oidc-error=...`), which the screen words in
 * Dutch or English. docs/team.md tells how to register the server at the provider.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import * as client from 'openid-client';
import type { Pool } from 'pg';
import { OidcAccountRefused, endOidcSessions, signInWithOidc } from '../accounts/oidc-accounts';
import { nameFromClaim, roleFromClaim, type OidcSettings } from '../accounts/oidc-config';
import { signOut } from '../accounts/sessions';
import {
  OIDC_CALLBACK_PATH,
  OIDC_ERROR_PARAM,
  OIDC_PROVIDER_PATH,
  OIDC_START_PATH,
  type OidcRefusal,
} from '../contract/oidc-sign-in';
import { readCookie, sessionCookie, sessionCookieName } from './cookies';
import { send, sendJson } from './http';
import { clearedFlowCookie, createPendingFlows, flowCookie, flowCookieName } from './oidc-flows';

export interface OidcSignInOptions {
  readonly settings: OidcSettings;
  /** The team database, for accounts and sessions. */
  readonly accounts: Pool;
  /** The address the provider sends the browser back to (the server's own origin + OIDC_CALLBACK_PATH). */
  readonly redirectUri: () => string;
  readonly secure: boolean;
  readonly clock: () => Date;
  /** Called when this browser's previous session is ended by the new one (closes its event stream). */
  readonly endSession: (token: string) => void;
  /** The server's log (stderr): why a sign-in failed, for the administrator. */
  readonly log: (line: string) => void;
}

export interface OidcSignIn {
  /** Answers a request under /auth/oidc/; false when the path is not one of the flow's. */
  handle(req: IncomingMessage, res: ServerResponse, path: string): Promise<boolean>;
}

/** Refused in the flow, with the reason the sign-in screen shows. */
class Refusal extends Error {
  constructor(
    readonly reason: OidcRefusal,
    detail: string,
  ) {
    super(detail);
  }
}

/** How long `GET /auth/oidc/provider` waits for the provider's discovery before answering without it. */
const PROVIDER_ORIGINS_WAIT_MS = 5_000;

export function createOidcSignIn(options: OidcSignInOptions): OidcSignIn {
  const { settings } = options;
  const flows = createPendingFlows();
  const flowCookieKey = flowCookieName(options.secure);
  // Discovered on first use, not at start: a provider that is down must not keep the server
  // (and password sign-in) from starting. A failed discovery is tried again next time.
  let discovered: Promise<client.Configuration> | null = null;

  function configuration(): Promise<client.Configuration> {
    discovered ??= client
      .discovery(
        settings.issuer,
        settings.clientId,
        settings.clientSecret,
        client.ClientSecretBasic(settings.clientSecret),
        settings.insecureLoopback ? { execute: [client.allowInsecureRequests] } : {},
      )
      .catch((error: unknown) => {
        discovered = null;
        throw new Refusal('unreachable', `discovery at ${settings.issuer.href} failed: ${describe(error)}`);
      });
    return discovered;
  }

  /**
   * The origins a browser visits at the provider during sign-in, for the desktop app's
   * team window (which loads no other origin): the issuer's, and the authorization
   * endpoint's when it lives elsewhere. The token and user info endpoints are called by
   * this server, never by the browser, so they are not listed. Without discovery (the
   * provider is down, or slower than PROVIDER_ORIGINS_WAIT_MS: the sign-in screen asks
   * this at every load and must not hang on the provider) the issuer's alone.
   */
  async function providerOrigins(): Promise<string[]> {
    const origins = [settings.issuer.origin];
    let timer: ReturnType<typeof setTimeout> | undefined;
    const late = new Promise<null>((resolve) => {
      timer = setTimeout(() => resolve(null), PROVIDER_ORIGINS_WAIT_MS);
    });
    try {
      const config = await Promise.race([configuration(), late]);
      const endpoint = config?.serverMetadata().authorization_endpoint;
      if (endpoint !== undefined) origins.push(new URL(endpoint).origin);
    } catch (error) {
      if (!(error instanceof Refusal)) throw error;
    } finally {
      clearTimeout(timer);
    }
    return [...new Set(origins)];
  }

  function backToSignIn(res: ServerResponse, reason: OidcRefusal | null, cookies: string[]) {
    const location = reason === null ? '/' : `/?${OIDC_ERROR_PARAM}=${reason}`;
    send(res, 303, '', 'text/plain; charset=utf-8', { location, 'set-cookie': cookies });
  }

  async function start(res: ServerResponse) {
    const config = await configuration();
    const codeVerifier = client.randomPKCECodeVerifier();
    const state = client.randomState();
    const nonce = client.randomNonce();
    const id = flows.begin({ state, nonce, codeVerifier }, options.clock().getTime());
    const target = client.buildAuthorizationUrl(config, {
      redirect_uri: options.redirectUri(),
      scope: settings.scope,
      code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
      code_challenge_method: 'S256',
      state,
      nonce,
    });
    send(res, 303, '', 'text/plain; charset=utf-8', {
      location: target.href,
      'set-cookie': [flowCookie(id, options.secure)],
    });
  }

  /** The ID token's claims, with the user info endpoint's for what the ID token leaves out. */
  async function claimsOf(
    config: client.Configuration,
    tokens: Awaited<ReturnType<typeof client.authorizationCodeGrant>>,
  ) {
    const idClaims = tokens.claims();
    if (idClaims === undefined) throw new Refusal('failed', 'the provider sent no ID token');
    const complete = idClaims[settings.roleClaim] !== undefined && idClaims[settings.nameClaim] !== undefined;
    if (complete || config.serverMetadata().userinfo_endpoint === undefined) return idClaims;
    const info = await client.fetchUserInfo(config, tokens.access_token, idClaims.sub);
    return { ...info, ...idClaims };
  }

  async function callback(req: IncomingMessage, res: ServerResponse) {
    const cleared = clearedFlowCookie(options.secure);
    const id = readCookie(req.headers, flowCookieKey);
    const flow = id === null ? null : flows.take(id, options.clock().getTime());
    if (flow === null) throw new Refusal('expired', 'no sign-in under way in this browser (or too old)');
    const config = await configuration();
    // The address as registered, with the provider's answer: right behind a TLS proxy too.
    const current = new URL(options.redirectUri());
    current.search = new URL(req.url ?? '/', 'http://callback.invalid').search;
    let tokens: Awaited<ReturnType<typeof client.authorizationCodeGrant>>;
    let claims: Record<string, unknown> & { sub: string };
    try {
      tokens = await client.authorizationCodeGrant(config, current, {
        pkceCodeVerifier: flow.codeVerifier,
        expectedState: flow.state,
        expectedNonce: flow.nonce,
        idTokenExpected: true,
      });
      claims = await claimsOf(config, tokens);
    } catch (error) {
      if (error instanceof Refusal) throw error;
      throw new Refusal('failed', describe(error));
    }
    const identity = { issuer: String(config.serverMetadata().issuer), subject: claims.sub };
    const now = options.clock();
    const role = roleFromClaim(claims[settings.roleClaim], settings.roleMap);
    if (role === null) {
      await endOidcSessions(options.accounts, identity, now);
      throw new Refusal('no-role', `${claims.sub}: no value of claim "${settings.roleClaim}" maps to a role`);
    }
    const name = nameFromClaim(claims[settings.nameClaim]);
    if (name === null)
      throw new Refusal('no-name', `${claims.sub}: claim "${settings.nameClaim}" is no account name`);
    let started;
    try {
      started = await signInWithOidc(options.accounts, { ...identity, name, role }, now);
    } catch (error) {
      if (error instanceof OidcAccountRefused) throw new Refusal(error.reason, error.message);
      throw error;
    }
    // A browser that signs in again leaves no second session of its own behind.
    const previous = readCookie(req.headers, sessionCookieName(options.secure));
    if (previous !== null) {
      await signOut(options.accounts, previous, now);
      options.endSession(previous);
    }
    options.log(`Signed in through the identity provider: ${started.user.name} (${started.user.role}).`);
    backToSignIn(res, null, [sessionCookie(started.token, options.secure), cleared]);
  }

  return {
    async handle(req, res, path) {
      if (path !== OIDC_PROVIDER_PATH && path !== OIDC_START_PATH && path !== OIDC_CALLBACK_PATH)
        return false;
      if (req.method !== 'GET') {
        send(res, 405, 'GET only', 'text/plain; charset=utf-8', { allow: 'GET' });
        return true;
      }
      if (path === OIDC_PROVIDER_PATH) {
        sendJson(res, 200, { name: settings.providerName, origins: await providerOrigins() });
        return true;
      }
      try {
        await (path === OIDC_START_PATH ? start(res) : callback(req, res));
      } catch (error) {
        if (!(error instanceof Refusal)) throw error;
        options.log(`Sign-in through the identity provider refused (${error.reason}): ${error.message}`);
        backToSignIn(res, error.reason, [clearedFlowCookie(options.secure)]);
      }
      return true;
    },
  };
}

function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' ? `${code}: ${error.message}` : error.message;
}
