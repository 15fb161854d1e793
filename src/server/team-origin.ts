/**
 * Which requests come from the team server's own pages. A browser sends `Origin` with
 * every POST (and `Sec-Fetch-Site`); a request from another site's page is refused
 * before anything runs, with or without a cookie. A request without either header is
 * not from a browser page (curl, a script with its own cookie) and goes on to the
 * session check.
 */
import type { IncomingHttpHeaders } from 'node:http';

/**
 * The origins the server's pages have: its public address (`--public-url`, the address
 * users type, e.g. behind a TLS proxy), else the address it printed on start; a server
 * bound to the loopback address also answers as `localhost`.
 */
export function ownOrigins(publicUrl: string | undefined, host: string, port: number): Set<string> {
  if (publicUrl !== undefined) return new Set([new URL(publicUrl).origin]);
  const bracketed = host.includes(':') ? `[${host}]` : host;
  const origins = new Set([`http://${bracketed}:${port}`]);
  if (host === '127.0.0.1' || host === '::1' || host === 'localhost') {
    origins.add(`http://localhost:${port}`);
    origins.add(`http://127.0.0.1:${port}`);
  }
  return origins;
}

/** Null when the request may go on; else why it is refused (403, plain text). */
export function refuseForeignOrigin(
  headers: IncomingHttpHeaders,
  origins: ReadonlySet<string>,
): string | null {
  const site = headers['sec-fetch-site'];
  if (site === 'cross-site' || site === 'same-site') return 'origin not allowed';
  const origin = headers.origin;
  if (origin !== undefined && !origins.has(origin)) return 'origin not allowed';
  return null;
}
