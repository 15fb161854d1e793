import { chromium } from 'playwright-core';
import { FOOTER_TEMPLATE, HEADER_TEMPLATE, PAGE_MARGINS } from './footer';

export interface ChromiumPdfOptions {
  executablePath: string;
  /** For starting Chromium and loading the page; default two minutes. */
  timeoutMs?: number;
}

/**
 * Prints the report's HTML to an A4 PDF in a headless Chromium. The page runs with
 * JavaScript off and every network request aborted: the HTML is self-contained, so
 * nothing is needed, and nothing in a workspace's text can reach out or run.
 */
export async function renderPdfWithChromium(html: string, options: ChromiumPdfOptions): Promise<Uint8Array> {
  const timeout = options.timeoutMs ?? 120_000;
  const browser = await chromium.launch({
    executablePath: options.executablePath,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    timeout,
  });
  try {
    const context = await browser.newContext({
      javaScriptEnabled: false,
      acceptDownloads: false,
      serviceWorkers: 'block',
    });
    await context.route('**/*', (route) => route.abort());
    const page = await context.newPage();
    await page.setContent(html, { waitUntil: 'load', timeout });
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({
      format: 'A4',
      printBackground: true,
      displayHeaderFooter: true,
      headerTemplate: HEADER_TEMPLATE,
      footerTemplate: FOOTER_TEMPLATE,
      margin: { ...PAGE_MARGINS },
    });
    return new Uint8Array(pdf);
  } finally {
    await browser.close();
  }
}
