import { mkdirSync, writeFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../electron/app-origin';
import {
  APP_SCHEME_PRIVILEGES,
  contentTypeFor,
  createAppProtocolHandler,
  resolveAppPath,
  type ReadFileBytes,
} from '../../electron/protocol';
import { makeTempDir } from '../helpers/temp-dir';

const temp = makeTempDir();
const root = join(temp.dir, 'renderer', 'dist');

beforeAll(() => {
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>Coopfolio</title>');
  writeFileSync(join(root, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(temp.dir, 'secret.txt'), 'outside the renderer');
});
afterAll(() => temp.cleanup());

describe('app protocol path resolution', () => {
  it('maps the root and files inside the renderer folder', () => {
    expect(resolveAppPath(root, 'app://coopfolio/')).toBe(join(root, 'index.html'));
    expect(resolveAppPath(root, 'app://coopfolio/index.html')).toBe(join(root, 'index.html'));
    expect(resolveAppPath(root, 'app://coopfolio/assets/app.js?v=2#x')).toBe(join(root, 'assets', 'app.js'));
    expect(resolveAppPath(root, 'app://coopfolio/assets/my%20file.js')).toBe(
      join(root, 'assets', 'my file.js'),
    );
  });

  it.each([
    'app://coopfolio/../secret.txt',
    'app://coopfolio/assets/../../secret.txt',
    'app://coopfolio/%2e%2e/secret.txt',
    'app://coopfolio/%2E%2E%2Fsecret.txt',
    'app://coopfolio/..%2fsecret.txt',
    'app://coopfolio/assets/..%5c..%5csecret.txt',
    'app://coopfolio/assets%5c..%5c..%5csecret.txt',
    'app://coopfolio/index.html%00.png',
    'app://coopfolio/C:%5cWindows%5cwin.ini',
    'app://coopfolio/C:/Windows/win.ini',
    'app://coopfolio/%E0%A4%A',
    'app://other/index.html',
    'app://coopfolio:1/index.html',
    'file:///etc/passwd',
    'https://coopfolio/index.html',
  ])('refuses %s', (url) => {
    expect(resolveAppPath(root, url)).toBeNull();
  });

  it('never resolves outside the root, whatever the URL', () => {
    const urls = ['/', '/a/b/c', '/%2e/x', '/a/%2e%2e/%2e%2e/b', '//x', '/...', '/..../x'].map(
      (p) => `app://coopfolio${p}`,
    );
    for (const url of urls) {
      const resolved = resolveAppPath(root, url);
      if (resolved !== null) expect(resolved.startsWith(root + sep)).toBe(true);
    }
  });
});

describe('app protocol handler', () => {
  const handler = createAppProtocolHandler(root);
  const get = (url: string, method = 'GET') => handler({ url, method });

  it('serves index.html with the CSP and the right type', async () => {
    const response = await get('app://coopfolio/index.html');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toContain('<title>Coopfolio</title>');
  });

  it('puts the CSP on every response, errors included', async () => {
    for (const url of [
      'app://coopfolio/assets/app.js',
      'app://coopfolio/missing.js',
      'app://coopfolio/../secret.txt',
    ]) {
      expect((await get(url)).headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    }
  });

  it('never reads a file for a traversal attempt', async () => {
    const read = vi.fn<ReadFileBytes>(async () => new Uint8Array());
    const guarded = createAppProtocolHandler(root, read);
    const response = await guarded({ url: 'app://coopfolio/..%2fsecret.txt', method: 'GET' });
    expect(response.status).toBe(404);
    expect(read).not.toHaveBeenCalled();
  });

  it('answers 404 for a missing asset', async () => {
    expect((await get('app://coopfolio/assets/missing.js')).status).toBe(404);
  });

  it('falls back to index.html for a client-side route', async () => {
    const response = await get('app://coopfolio/plans/zon');
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('Coopfolio');
  });

  it('refuses methods other than GET and HEAD', async () => {
    expect((await get('app://coopfolio/index.html', 'POST')).status).toBe(405);
    const head = await get('app://coopfolio/index.html', 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });

  it('knows the types a Vite build produces', () => {
    expect(contentTypeFor('a.js')).toMatch(/^text\/javascript/);
    expect(contentTypeFor('a.CSS')).toMatch(/^text\/css/);
    expect(contentTypeFor('a.woff2')).toBe('font/woff2');
    expect(contentTypeFor('a.exe')).toBe('application/octet-stream');
  });

  it('registers the scheme as standard and secure, without CSP bypass or CORS', () => {
    expect(APP_SCHEME_PRIVILEGES).toEqual({
      scheme: 'app',
      privileges: { standard: true, secure: true, supportFetchAPI: true },
    });
  });
});
