import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { TOKEN_META_NAME } from '../contract/bridge';

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json; charset=utf-8',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
};

export interface StaticFile {
  body: Buffer;
  contentType: string;
}

/** Resolves a URL path inside `root`; anything that escapes it (traversal, encoded or not) is refused. */
export function resolveInside(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0] ?? '/');
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const relative = decoded === '/' ? 'index.html' : decoded.replace(/^\/+/, '');
  const base = resolve(root);
  const full = normalize(join(base, relative));
  return full === base || full.startsWith(base + sep) ? full : null;
}

function escapeAttribute(value: string): string {
  return value.replace(/[&"<>]/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** index.html with the per-launch API token as a meta tag (the page reads it; other origins cannot). */
export function injectToken(html: string, token: string): string {
  const meta = `<meta name="${TOKEN_META_NAME}" content="${escapeAttribute(token)}">`;
  return html.includes('</head>') ? html.replace('</head>', `  ${meta}\n  </head>`) : meta + html;
}

export async function loadStaticFile(
  root: string,
  urlPath: string,
  token: string,
): Promise<StaticFile | null> {
  const full = resolveInside(root, urlPath);
  if (full === null) return null;
  let body: Buffer;
  try {
    body = await readFile(full);
  } catch {
    return null;
  }
  const ext = extname(full).toLowerCase();
  if (ext === '.html') body = Buffer.from(injectToken(body.toString('utf8'), token));
  return { body, contentType: MIME[ext] ?? 'application/octet-stream' };
}
