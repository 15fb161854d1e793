/**
 * Issue 6, point 6: every user string in the council report is escaped. A workspace
 * whose names carry script, image-onerror, remote-image, style and javascript: payloads
 * is rendered to HTML and opened in Chromium WITH JavaScript on, so an escaping bug
 * would show: a dialog, a console message, a page error or a request other than the
 * document itself. The PDF must show the payloads as literal text.
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemoWorkspace } from '../../src/data';
import type { Workspace } from '../../src/model/workspace';
import { renderReportHtml } from '../../src/reports/html';
import { buildReport } from '../../src/reports/model';
import { renderPdfWithChromium } from '../../src/reports/pdf';
import { makeTempDir } from '../helpers/temp-dir';
import { CHROMIUM_PATH, chromiumAvailable, launchChromium } from './harness';

const PAYLOADS = {
  script: '<script>alert(1)</script>',
  onerror: '<img src=x onerror=alert(1)>',
  remoteImage: '<img src="http://example.invalid/x.png">',
  style: '<style>body{display:none}</style>',
  javascriptUrl: 'javascript:alert(1)',
  javascriptLink: '<a href="javascript:alert(1)">klik</a>',
} as const;

const hasPdftotext = spawnSync('pdftotext', ['-v']).error === undefined;

/** The demo workspace with a payload in every kind of name the report shows. */
function hostileWorkspace(): Workspace {
  const workspace = loadDemoWorkspace();
  const basis = workspace.scenarios.find((s) => s.id === 'basis');
  if (basis === undefined) throw new Error('demo has no basis scenario');
  const rename = <T extends { id: string }>(
    items: T[],
    id: string | undefined,
    change: (item: T) => void,
  ) => {
    const item = items.find((i) => i.id === id);
    if (item === undefined) throw new Error(`demo has no ${String(id)}`);
    change(item);
  };
  workspace.settings.municipality = PAYLOADS.script;
  basis.name = PAYLOADS.javascriptUrl;
  const [firstPlan, secondPlan] = basis.plans;
  const plan = workspace.plans.find((p) => p.id === firstPlan);
  rename(workspace.plans, firstPlan, (p) => (p.name = PAYLOADS.remoteImage));
  rename(workspace.plans, secondPlan, (p) => (p.name = PAYLOADS.javascriptLink));
  rename(workspace.cooperatives, plan?.cooperativeId, (c) => (c.name = PAYLOADS.onerror));
  rename(workspace.fundingStreams, workspace.fundingStreams[0]?.id, (s) => (s.name = PAYLOADS.style));
  return workspace;
}

const describeInChromium = chromiumAvailable() ? describe : describe.skip;

describeInChromium('a report with hostile names', () => {
  const temp = makeTempDir('coopfolio-payloads-');
  let html: string;
  let browser: Browser;

  beforeAll(async () => {
    const model = await buildReport(hostileWorkspace(), {
      scenarioIds: ['basis'],
      lang: 'en',
      draws: 100,
      provenance: {
        appVersion: 'payload-test',
        workspaceFile: '<img src=x onerror=alert(2)>.coopfolio',
        generatedAt: '2026-03-01T10:00:00Z',
      },
    });
    html = renderReportHtml(model);
    browser = await launchChromium();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    temp.cleanup();
  });

  /** Opens `content` from a file with JavaScript on and records everything it does. */
  async function observe(content: string, name: string) {
    const file = join(temp.dir, name);
    writeFileSync(file, content, 'utf8');
    const documentUrl = pathToFileURL(file).href;
    const context = await browser.newContext({ javaScriptEnabled: true });
    const page = await context.newPage();
    const seen = {
      dialogs: [] as string[],
      console: [] as string[],
      errors: [] as string[],
      requests: [] as string[],
    };
    page.on('dialog', (dialog) => {
      seen.dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    page.on('console', (message) => seen.console.push(`${message.type()}: ${message.text()}`));
    page.on('pageerror', (error) => seen.errors.push(error.message));
    page.on('request', (request) => seen.requests.push(request.url()));
    await page.goto(documentUrl, { waitUntil: 'load' });
    // Locators rather than page.evaluate: the project's TypeScript has no DOM library.
    const count = (selector: string) => page.locator(selector).count();
    const dom = {
      text: await page.locator('body').innerText(),
      bodyVisible: await page.locator('body').isVisible(),
      scripts: await count('script'),
      images: await count('img'),
      handlers: await count('[onerror], [onload], [onclick]'),
      javascriptLinks: await count('[href^="javascript:" i], [src^="javascript:" i]'),
    };
    await context.close();
    return { documentUrl, seen, dom };
  }

  it('would see an unescaped payload run and load (the watchers work)', async () => {
    const raw = `<!doctype html><html><body>${PAYLOADS.onerror}${PAYLOADS.remoteImage}</body></html>`;
    const { seen } = await observe(raw, 'raw.html');
    expect(seen.dialogs).toEqual(['1']);
    expect(seen.requests).toContain('http://example.invalid/x.png');
  });

  it('runs nothing and loads nothing in Chromium with JavaScript on', async () => {
    const { documentUrl, seen, dom } = await observe(html, 'report.html');
    expect(seen).toEqual({ dialogs: [], console: [], errors: [], requests: [documentUrl] });
    expect(dom).toMatchObject({
      bodyVisible: true,
      scripts: 0,
      images: 0,
      handlers: 0,
      javascriptLinks: 0,
    });
    for (const payload of Object.values(PAYLOADS)) expect(dom.text).toContain(payload);
  });

  it('escapes the payloads in the HTML source', () => {
    expect(html).not.toContain('<script>alert(1)');
    expect(html).not.toContain('<img src');
    expect(html).not.toContain('<style>body{display:none}');
    expect(html).not.toMatch(/href="javascript:/i);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it.skipIf(!hasPdftotext)(
    'prints the payloads as literal text in the PDF',
    async () => {
      const pdf = await renderPdfWithChromium(html, { executablePath: CHROMIUM_PATH });
      const file = join(temp.dir, 'report.pdf');
      writeFileSync(file, pdf);
      const run = spawnSync('pdftotext', ['-enc', 'UTF-8', file, '-'], {
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
      });
      expect(run.status).toBe(0);
      for (const payload of Object.values(PAYLOADS)) expect(run.stdout).toContain(payload);
    },
    180_000,
  );
});
