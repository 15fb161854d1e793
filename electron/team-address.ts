/**
 * A team workspace's address (docs/team.md, "From the desktop app"): what the user may
 * type, the one origin the desktop window then trusts, and the session partition its
 * cookies live in. Pure functions, so every decision is unit-tested without Electron.
 */
import { createHash } from 'node:crypto';
import type { Lang } from '../src/i18n/lang';
import { parseUrl } from './app-origin';
import { shellMessage } from './messages';

/** Plain http is allowed only to this machine: anything else would send passwords and cookies in clear. */
const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** Longer than any real address; a pasted document is refused rather than parsed. */
export const MAX_ADDRESS_LENGTH = 2048;

export type TeamAddressResult = { ok: true; origin: string } | { ok: false; message: string };

function refused(lang: Lang, key: Parameters<typeof shellMessage>[1], address: string): TeamAddressResult {
  return { ok: false, message: shellMessage(lang, key, { address }) };
}

/**
 * Validates what the user typed in the address field and reduces it to an origin
 * (`https://coopfolio.gemeente.nl`, `http://127.0.0.1:5179`). Without a scheme https is
 * assumed, except for this machine's own address. A path, query or fragment is dropped: the team server serves the app and
 * its API at the root of its address (the renderer calls `/api/...`).
 */
export function parseTeamAddress(input: string, lang: Lang): TeamAddressResult {
  const typed = input.trim();
  if (typed === '') return refused(lang, 'teamAddressEmpty', typed);
  if (typed.length > MAX_ADDRESS_LENGTH) return refused(lang, 'teamAddressInvalid', typed.slice(0, 80) + '…');
  const hasScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(typed);
  const url = parseUrl(hasScheme ? typed : `https://${typed}`);
  if (url === null || /\s/.test(typed)) return refused(lang, 'teamAddressInvalid', typed);
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return refused(lang, 'teamAddressScheme', typed);
  if (url.hostname === '') return refused(lang, 'teamAddressInvalid', typed);
  // The server itself speaks plain http (TLS is the proxy's job): `127.0.0.1:5179` as typed means that.
  if (!hasScheme && LOOPBACK_HOSTS.has(url.hostname.toLowerCase())) url.protocol = 'http:';
  if (url.username !== '' || url.password !== '') return refused(lang, 'teamAddressCredentials', typed);
  if (url.protocol === 'http:' && !LOOPBACK_HOSTS.has(url.hostname.toLowerCase())) {
    return refused(lang, 'teamAddressInsecure', typed);
  }
  return { ok: true, origin: url.origin };
}

/** A stored origin (recent list) is trusted only if it still passes the same rules. */
export function isTeamOrigin(origin: string): boolean {
  const parsed = parseTeamAddress(origin, 'en');
  return parsed.ok && parsed.origin === origin;
}

/**
 * Each server gets its own persistent Electron session, so the cookies of two servers
 * (and of the local app, which uses the default session) never mix. The name carries a
 * digest, not the address: partition names end up as folder names on disk.
 */
export function teamPartition(origin: string): string {
  const digest = createHash('sha256').update(origin).digest('hex').slice(0, 24);
  return `persist:team-${digest}`;
}

/** The page the window opens: the server's root, where its sign-in screen is. */
export function teamStartUrl(origin: string): string {
  return `${origin}/`;
}

/**
 * A URL of exactly the team origin, over http(s), without credentials. Navigation,
 * redirects and every network request of a team window must pass this.
 */
export function isTeamUrl(url: string, origin: string): boolean {
  const parsed = parseUrl(url);
  if (parsed === null) return false;
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return false;
  if (parsed.username !== '' || parsed.password !== '') return false;
  return parsed.origin === origin;
}

/** The host as shown in the menu ("coopfolio.gemeente.nl", "127.0.0.1:5179"). */
export function teamHostLabel(origin: string): string {
  return parseUrl(origin)?.host ?? origin;
}

export type TeamLoadFailure = 'certificate' | 'unreachable' | 'other';

/**
 * What a failed load means for the user, from Chromium's error name (`ERR_CERT_…`,
 * `ERR_CONNECTION_REFUSED`): the message names the address and never offers to go on
 * past a certificate error.
 */
export function classifyLoadFailure(code: string): TeamLoadFailure {
  if (/^ERR_(CERT_|SSL_|BAD_SSL_|CERTIFICATE_)/.test(code)) return 'certificate';
  if (
    /^ERR_(CONNECTION_|NAME_NOT_RESOLVED|NAME_RESOLUTION_FAILED|ADDRESS_UNREACHABLE|INTERNET_DISCONNECTED|TIMED_OUT|NETWORK_|EMPTY_RESPONSE|PROXY_|TUNNEL_CONNECTION_FAILED|SOCKS_)/.test(
      code,
    )
  ) {
    return 'unreachable';
  }
  return 'other';
}

/** Chromium's error name from what `loadURL` rejects with (`code`, else in the message). */
export function loadErrorCode(error: unknown): string {
  if (error !== null && typeof error === 'object') {
    const code = (error as { code?: unknown }).code;
    if (typeof code === 'string' && code !== '') return code;
  }
  const text = error instanceof Error ? error.message : String(error);
  return /ERR_[A-Z_]+/.exec(text)?.[0] ?? 'ERR_FAILED';
}

const FAILURE_KEYS = {
  certificate: 'teamCertificateFailed',
  unreachable: 'teamUnreachable',
  other: 'teamLoadFailed',
} as const;

/** The dialog text for a team workspace that did not open: which address, what went wrong, what to do. */
export function describeLoadFailure(origin: string, error: unknown, lang: Lang): string {
  const code = loadErrorCode(error);
  return shellMessage(lang, FAILURE_KEYS[classifyLoadFailure(code)], { address: origin, code });
}
