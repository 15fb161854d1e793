/**
 * The sign-ins through the identity provider that are under way: between the redirect to
 * the provider and its redirect back, the server keeps the PKCE verifier, the state and
 * the nonce, under a random id that only the browser that started holds (in a cookie).
 * So the answer is accepted only in the browser that asked (no one can sign someone else
 * in with their own code), only once, and only for a while. Kept in memory: a restart
 * just means signing in again; the count is capped so anonymous starts cannot fill memory.
 */
import { randomBytes } from 'node:crypto';

export interface PendingFlow {
  readonly state: string;
  readonly nonce: string;
  readonly codeVerifier: string;
  readonly startedAt: number;
}

/** Long enough to type a password and a second factor at the provider. */
export const FLOW_TTL_MS = 10 * 60_000;
const MAX_PENDING_FLOWS = 10_000;

export function flowCookieName(secure: boolean): string {
  return secure ? '__Host-coopfolio_oidc' : 'coopfolio_oidc';
}

/**
 * Lax, not Strict like the session cookie: the provider's redirect back is a navigation
 * from another site, on which the browser sends Lax cookies but no Strict ones.
 */
export function flowCookie(id: string, secure: boolean): string {
  const maxAge = Math.floor(FLOW_TTL_MS / 1000);
  return `${flowCookieName(secure)}=${id}; Path=/; HttpOnly; SameSite=Lax; Max-Age=${maxAge}${secure ? '; Secure' : ''}`;
}

export function clearedFlowCookie(secure: boolean): string {
  return `${flowCookieName(secure)}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0${secure ? '; Secure' : ''}`;
}

export interface PendingFlows {
  /** Keeps a flow; returns the id for the browser's cookie. */
  begin(flow: Omit<PendingFlow, 'startedAt'>, now: number): string;
  /** The flow of this id, removed (an id works once); null when unknown or too old. */
  take(id: string, now: number): PendingFlow | null;
  readonly size: number;
}

export function createPendingFlows(): PendingFlows {
  // A Map keeps insertion order: the first entries are the oldest.
  const flows = new Map<string, PendingFlow>();
  const dropStale = (now: number) => {
    for (const [id, flow] of flows) {
      if (now - flow.startedAt < FLOW_TTL_MS && flows.size < MAX_PENDING_FLOWS) break;
      flows.delete(id);
    }
  };
  return {
    begin(flow, now) {
      dropStale(now);
      const id = randomBytes(32).toString('base64url');
      flows.set(id, { ...flow, startedAt: now });
      return id;
    },
    take(id, now) {
      const flow = flows.get(id);
      if (flow === undefined) return null;
      flows.delete(id);
      return now - flow.startedAt < FLOW_TTL_MS ? flow : null;
    },
    get size() {
      return flows.size;
    },
  };
}
