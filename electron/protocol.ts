/**
 * The `app://coopfolio/` protocol: serves the built renderer from one folder and
 * nothing else, with the CSP on every response.
 */
import { readFile } from 'node:fs/promises';
import { extname, isAbsolute, relative, resolve } from 'node:path';
import type { CustomScheme } from 'electron';
import { APP_SCHEME, CONTENT_SECURITY_POLICY, isAppUrl } from './app-origin';

/**
 * Standard and secure so relative URLs, `'self'` in the CSP and secure-context APIs
 * work like https. No CORS, no CSP bypass, no service workers: nothing needs them.
 */
export const APP_SCHEME_PRIVILEGES: CustomScheme = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true },
};

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};

export function contentTypeFor(filePath: string): string {
  return CONTENT_TYPES[extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * Maps an app URL to a file inside `rootDir`, or null. Refuses other origins, dot
 * segments (plain or encoded), backslashes, NUL and drive letters, then checks the
 * resolved path is still inside the root as a last line of defence.
 */
export function resolveAppPath(rootDir: string, requestUrl: string): string | null {
  if (!isAppUrl(requestUrl)) return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(new URL(requestUrl).pathname);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const segments = decoded.split('/').filter((segment) => segment !== '');
  if (segments.some((segment) => segment === '.' || segment === '..' || segment.includes(':'))) return null;
  const root = resolve(rootDir);
  const full = resolve(root, segments.length === 0 ? 'index.html' : segments.join('/'));
  const inside = relative(root, full);
  if (inside === '' || inside.startsWith('..') || isAbsolute(inside)) return null;
  return full;
}

export function securityHeaders(contentType: string): Record<string, string> {
  return {
    'Content-Type': contentType,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-cache',
  };
}

function plain(status: number, text: string): Response {
  return new Response(text, { status, headers: securityHeaders('text/plain; charset=utf-8') });
}

export type ReadFileBytes = (filePath: string) => Promise<Uint8Array<ArrayBuffer>>;

const readBytes: ReadFileBytes = async (filePath) => new Uint8Array(await readFile(filePath));

/**
 * The `protocol.handle` handler. A missing extension-less path falls back to
 * index.html so a reload on a client-side route still shows the app.
 */
export function createAppProtocolHandler(rootDir: string, read: ReadFileBytes = readBytes) {
  return async (request: { readonly url: string; readonly method: string }): Promise<Response> => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return plain(405, 'Method not allowed');
    const filePath = resolveAppPath(rootDir, request.url);
    if (filePath === null) return plain(404, 'Not found');
    const candidates = extname(filePath) === '' ? [filePath, resolve(rootDir, 'index.html')] : [filePath];
    for (const candidate of candidates) {
      try {
        const body = await read(candidate);
        const headers = securityHeaders(contentTypeFor(candidate));
        return new Response(request.method === 'HEAD' ? null : body, { status: 200, headers });
      } catch {
        // Missing or unreadable: try the next candidate, then answer 404.
      }
    }
    return plain(404, 'Not found');
  };
}
