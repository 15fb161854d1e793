import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../electron/app-origin';
import {
  createPromptHandler,
  escapeHtml,
  PROMPT_BASE,
  PROMPT_SCRIPT,
  PROMPT_URL,
  promptHtml,
} from '../../electron/team-prompt';
import { chromiumAvailable, launchChromium } from '../e2e/harness';

function request(path: string, method = 'GET', body = '') {
  return { url: `${PROMPT_BASE}${path}`, method, text: async () => body };
}

function handler() {
  const outcome = {
    attempt: vi.fn(async (_origin: string): Promise<string | null> => null),
    onCancel: vi.fn(),
  };
  return { outcome, handle: createPromptHandler('nl', outcome) };
}

describe('team address prompt page', () => {
  it('is served from its own path with the app CSP, and has no inline script', async () => {
    const { handle } = handler();
    const page = await handle(request('index.html'));
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    const html = await page.text();
    expect(html).toContain('<label for="address">Adres</label>');
    expect(html).toContain('<script src="prompt.js"></script>');
    expect(html.match(/<script/g)).toHaveLength(1);
    expect(html).not.toMatch(/\son[a-z]+=/);
    const script = await handle(request('prompt.js'));
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await script.text()).toBe(PROMPT_SCRIPT);
    // The page writes messages as text, never as markup.
    expect(PROMPT_SCRIPT).not.toContain('innerHTML');
    expect(PROMPT_URL).toBe('app://coopfolio/team-address/index.html');
  });

  it('escapes its words for HTML', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
    expect(promptHtml('en')).toContain('<html lang="en">');
  });

  it('tries a valid address by its origin and answers ok once it opened', async () => {
    const { handle, outcome } = handler();
    const answer = await handle(request('submit', 'POST', ' https://coopfolio.gemeente.nl/#/plans '));
    expect(await answer.json()).toEqual({ ok: true });
    expect(outcome.attempt).toHaveBeenCalledWith('https://coopfolio.gemeente.nl');
  });

  it('answers why a valid address did not open', async () => {
    const { handle, outcome } = handler();
    outcome.attempt.mockResolvedValueOnce('De teamserver op https://x.nl is niet bereikbaar');
    const answer = await handle(request('submit', 'POST', 'https://x.nl'));
    expect(await answer.json()).toEqual({
      ok: false,
      message: 'De teamserver op https://x.nl is niet bereikbaar',
    });
  });

  it('answers an address it refuses with the message naming the field, and opens nothing', async () => {
    const { handle, outcome } = handler();
    const answer = await handle(request('submit', 'POST', 'http://coopfolio.gemeente.nl'));
    const body = (await answer.json()) as { ok: boolean; message: string };
    expect(body.ok).toBe(false);
    expect(body.message).toContain('Het veld "Adres"');
    expect(outcome.attempt).not.toHaveBeenCalled();
    expect(outcome.onCancel).not.toHaveBeenCalled();
  });

  it('cancels, and refuses anything else', async () => {
    const { handle, outcome } = handler();
    await handle(request('cancel', 'POST'));
    expect(outcome.onCancel).toHaveBeenCalledOnce();
    expect((await handle(request('submit'))).status).toBe(404);
    expect((await handle(request('../index.html'))).status).toBe(404);
    expect((await handle({ ...request(''), url: 'app://coopfolio/index.html' })).status).toBe(404);
    expect((await handle({ ...request(''), url: 'https://evil.example/team-address/submit' })).status).toBe(
      404,
    );
  });
});

/**
 * The page in real Chromium (Electron cannot run here): served over a loopback HTTP
 * server that hands each request to the prompt handler, with its CSP header, so an
 * inline script or a blocked fetch would fail this test.
 */
describe.skipIf(!chromiumAvailable())('team address prompt in Chromium', () => {
  let server: Server;
  let base = '';
  let browser: Browser;
  // The first server is down; the second opens.
  const outcome = {
    attempt: vi.fn(async (origin: string) =>
      origin.includes('down') ? `The team server at ${origin} cannot be reached` : null,
    ),
    onCancel: vi.fn(),
  };
  const handle = createPromptHandler('en', outcome);

  beforeAll(async () => {
    server = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString()));
      req.on('end', () => {
        const path = (req.url ?? '/').replace(/^\/team-address\//, '');
        void handle(request(path, req.method ?? 'GET', body)).then(async (answer) => {
          res.writeHead(answer.status, Object.fromEntries(answer.headers));
          res.end(Buffer.from(await answer.arrayBuffer()));
        });
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/team-address/`;
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => server.close(resolve));
  });

  it('shows refusals under the field, then hands on a valid address; Escape cancels', async () => {
    const page = await browser.newPage();
    const violations: string[] = [];
    page.on('console', (message) => {
      // Chromium asks for /favicon.ico by itself; the prompt has none.
      if (message.type() === 'error' && !message.location().url.endsWith('/favicon.ico')) {
        violations.push(message.text());
      }
    });
    await page.goto(`${base}index.html`);
    await page.getByLabel('Address').fill('http://coopfolio.gemeente.nl');
    await page.getByRole('button', { name: 'Open' }).click();
    await expect
      .poll(() => page.locator('#error').textContent(), { timeout: 10_000 })
      .toContain('The "Address" field uses http without encryption');
    expect(await page.getByLabel('Address').getAttribute('aria-invalid')).toBe('true');
    expect(outcome.attempt).not.toHaveBeenCalled();

    await page.getByLabel('Address').fill('down.gemeente.nl');
    await page.getByRole('button', { name: 'Open' }).click();
    await expect
      .poll(() => page.locator('#error').textContent(), { timeout: 10_000 })
      .toBe('The team server at https://down.gemeente.nl cannot be reached');
    expect(await page.getByRole('button', { name: 'Open' }).isEnabled()).toBe(true);
    expect(await page.locator('#status').isHidden()).toBe(true);

    await page.getByLabel('Address').fill('coopfolio.gemeente.nl');
    await page.getByLabel('Address').press('Enter');
    await vi.waitFor(
      () => expect(outcome.attempt).toHaveBeenLastCalledWith('https://coopfolio.gemeente.nl'),
      {
        timeout: 10_000,
      },
    );

    await page.keyboard.press('Escape');
    await vi.waitFor(() => expect(outcome.onCancel).toHaveBeenCalledOnce(), { timeout: 10_000 });
    expect(violations).toEqual([]);
    await page.close();
  });
});
