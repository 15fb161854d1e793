/**
 * The team server's session cookie. HttpOnly (the page's script never sees the token),
 * SameSite=Strict (no other site's page sends it along), Path=/; with Secure and the
 * `__Host-` prefix when the server is reached over HTTPS (behind a TLS proxy, docs/team.md),
 * so the browser keeps it for this host alone and never sends it unencrypted.
 */
import type { IncomingHttpHeaders } from 'node:http';
import { SESSION_MAX_MS } from '../accounts/policy';

export function sessionCookieName(secure: boolean): string {
  return secure ? '__Host-coopfolio_session' : 'coopfolio_session';
}

/** The value of cookie `name` in the request, or null (several: the first). */
export function readCookie(headers: IncomingHttpHeaders, name: string): string | null {
  const header = headers.cookie;
  if (header === undefined) return null;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    if (part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return null;
}

function attributes(secure: boolean, maxAgeSeconds: number): string {
  return `Path=/; HttpOnly; SameSite=Strict; Max-Age=${maxAgeSeconds}${secure ? '; Secure' : ''}`;
}

/** Set-Cookie for a new session; it lasts no longer than the session can (the server decides). */
export function sessionCookie(token: string, secure: boolean): string {
  return `${sessionCookieName(secure)}=${token}; ${attributes(secure, Math.floor(SESSION_MAX_MS / 1000))}`;
}

/** Set-Cookie that makes the browser forget the session cookie. */
export function clearedSessionCookie(secure: boolean): string {
  return `${sessionCookieName(secure)}=; ${attributes(secure, 0)}`;
}
