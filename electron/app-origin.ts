/**
 * The renderer's one and only origin. A privileged custom scheme replaces file://
 * (Electron security checklist): file:// would give the page every file on disk as
 * "same origin".
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'coopfolio';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_START_URL = `${APP_ORIGIN}/index.html`;

/**
 * Sent on every response of the app protocol. Styles allow inline because charting
 * libraries set style attributes; scripts never do. No network: the desktop
 * renderer talks to the main process over IPC only.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "manifest-src 'self'",
  "object-src 'none'",
  "frame-src 'none'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

export function parseUrl(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

// A dot segment between separators, plain or percent-encoded. The URL parser folds
// `/../` away silently, so the raw text is checked before parsing hides it.
const SEPARATOR = String.raw`(?:/|\\|%2f|%5c)`;
const DOT_SEGMENT = new RegExp(String.raw`${SEPARATOR}(?:\.|%2e){1,2}(?:${SEPARATOR}|[?#]|$)`, 'i');

export function hasDotSegment(rawUrl: string): boolean {
  return DOT_SEGMENT.test(rawUrl);
}

/** True only for `app://coopfolio/...` without credentials, port or dot segments. */
export function isAppUrl(url: string): boolean {
  const parsed = parseUrl(url);
  if (parsed === null) return false;
  return (
    parsed.protocol === `${APP_SCHEME}:` &&
    parsed.host === APP_HOST &&
    parsed.username === '' &&
    parsed.password === '' &&
    !hasDotSegment(url)
  );
}
