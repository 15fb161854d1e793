/**
 * The "Open team workspace…" prompt. Electron has no native text-input dialog, so the
 * shell shows a small page of its own: served from memory under `app://coopfolio/`
 * in a throwaway session of its own (PROMPT_PARTITION), so only the prompt window
 * can reach its handler; no preload, sandboxed, with the app's CSP. The page posts
 * what was typed to `submit`; the main process validates it (team-address.ts), tries
 * to open it, and answers why not (naming the field or the address), or closes the
 * prompt once the team workspace is shown.
 */
import type { Lang } from '../src/i18n/lang';
import { APP_ORIGIN } from './app-origin';
import { shellMessage } from './messages';
import { securityHeaders } from './protocol';
import { parseTeamAddress } from './team-address';

/** In memory (no `persist:`): nothing the prompt does is kept. */
export const PROMPT_PARTITION = 'coopfolio-team-prompt';
export const PROMPT_BASE = `${APP_ORIGIN}/team-address/`;
export const PROMPT_URL = `${PROMPT_BASE}index.html`;

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char] ?? char);
}

/** The form, in the user's language; styles inline (the CSP allows inline styles, never inline scripts). */
export function promptHtml(lang: Lang): string {
  const t = (key: Parameters<typeof shellMessage>[1]) => escapeHtml(shellMessage(lang, key));
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<title>${t('teamPromptTitle')}</title>
<style>
  body { font: 14px system-ui, sans-serif; margin: 20px; color: #1b1b1b; }
  label { display: block; font-weight: 600; margin-bottom: 6px; }
  input { width: 100%; box-sizing: border-box; padding: 6px 8px; font: inherit; }
  input[aria-invalid="true"] { border: 2px solid #b00020; }
  #hint { color: #4a4a4a; margin: 6px 0 0; }
  #error { color: #b00020; min-height: 1.4em; margin: 8px 0; white-space: pre-line; }
  #status { margin: 8px 0 0; }
  .buttons { display: flex; justify-content: flex-end; gap: 8px; }
  button { font: inherit; padding: 6px 14px; }
</style>
</head>
<body>
<form id="form" novalidate>
  <label for="address">${t('teamAddressLabel')}</label>
  <input id="address" name="address" type="url" inputmode="url" autocomplete="url" spellcheck="false"
    placeholder="https://" aria-describedby="hint error" autofocus>
  <p id="hint">${t('teamAddressHint')}</p>
  <p id="status" role="status" hidden>${t('teamConnecting')}</p>
  <p id="error" role="alert"></p>
  <div class="buttons">
    <button type="button" id="cancel">${t('cancel')}</button>
    <button type="submit" id="open">${t('teamOpenButton')}</button>
  </div>
</form>
<script src="prompt.js"></script>
</body>
</html>
`;
}

/** The page's script, served as a file because the CSP allows no inline script. */
export const PROMPT_SCRIPT = `'use strict';
const form = document.getElementById('form');
const input = document.getElementById('address');
const error = document.getElementById('error');
const status = document.getElementById('status');
const open = document.getElementById('open');
const post = (path, body) => fetch(path, { method: 'POST', body });
form.addEventListener('submit', async (event) => {
  event.preventDefault();
  if (open.disabled) return;
  // The answer comes once the server's page loaded or failed (up to 30 s): say so meanwhile.
  open.disabled = true;
  status.hidden = false;
  error.textContent = '';
  try {
    const answer = await (await post('submit', input.value)).json();
    if (answer.ok) return;
    error.textContent = answer.message;
    input.setAttribute('aria-invalid', 'true');
    input.focus();
  } finally {
    open.disabled = false;
    status.hidden = true;
  }
});
document.getElementById('cancel').addEventListener('click', () => void post('cancel', ''));
document.addEventListener('keydown', (event) => {
  if (event.key === 'Escape') void post('cancel', '');
});
`;

export interface PromptRequest {
  readonly url: string;
  readonly method: string;
  text(): Promise<string>;
}

export interface PromptOutcome {
  /**
   * Tries a valid address (reduced to its origin): null when its workspace opened,
   * else the message to show under the field.
   */
  attempt(origin: string): Promise<string | null>;
  onCancel(): void;
}

/** What is typed is short; a bigger body is not from the form. */
const MAX_BODY_CHARS = 4096;

function respond(status: number, body: string, contentType: string): Response {
  return new Response(body, { status, headers: securityHeaders(contentType) });
}

/** The prompt session's `app` protocol handler: the page, its script, and the two answers. */
export function createPromptHandler(lang: Lang, outcome: PromptOutcome) {
  return async (request: PromptRequest): Promise<Response> => {
    const path = request.url.startsWith(PROMPT_BASE) ? request.url.slice(PROMPT_BASE.length) : null;
    if (request.method === 'GET' && (path === 'index.html' || path === '')) {
      return respond(200, promptHtml(lang), 'text/html; charset=utf-8');
    }
    if (request.method === 'GET' && path === 'prompt.js') {
      return respond(200, PROMPT_SCRIPT, 'text/javascript; charset=utf-8');
    }
    if (request.method === 'POST' && path === 'cancel') {
      outcome.onCancel();
      return respond(200, '{"ok":true}', 'application/json; charset=utf-8');
    }
    if (request.method === 'POST' && path === 'submit') {
      const typed = (await request.text()).slice(0, MAX_BODY_CHARS);
      const parsed = parseTeamAddress(typed, lang);
      const failure = parsed.ok ? await outcome.attempt(parsed.origin) : parsed.message;
      const answer = failure === null ? { ok: true } : { ok: false, message: failure };
      return respond(200, JSON.stringify(answer), 'application/json; charset=utf-8');
    }
    return respond(404, 'Not found', 'text/plain; charset=utf-8');
  };
}
