import { chromium, type Browser } from 'playwright-core';
import { FOOTER_TEMPLATE, HEADER_TEMPLATE, PAGE_MARGINS } from './footer';
import type { PdfRenderer } from './types';

export interface ChromiumPdfOptions {
  executablePath: string;
  /** For starting Chromium and loading the page; default two minutes. */
  timeoutMs?: number;
}

/** A Chromium kept running for several PDFs; close it when done (or the process keeps it). */
export interface ChromiumPdf {
  render: PdfRenderer;
  /** Closes the browser; a render after this starts a new one. */
  close: () => Promise<void>;
}

function launch(options: ChromiumPdfOptions): Promise<Browser> {
  return chromium.launch({
    executablePath: options.executablePath,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    timeout: options.timeoutMs ?? 120_000,
  });
}

/**
 * Prints the report's HTML to an A4 PDF in a browser that is already running. Each
 * PDF gets a fresh context (nothing carries over between reports). The page runs with
 * JavaScript off and every network request aborted: the HTML is self-contained, so
 * nothing is needed, and nothing in a workspace's text can reach out or run.
 */
async function printPdf(browser: Browser, html: string, timeout: number): Promise<Uint8Array> {
  const context = await browser.newContext({
    javaScriptEnabled: false,
    acceptDownloads: false,
    serviceWorkers: 'block',
  });
  try {
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
    await context.close().catch(() => undefined);
  }
}

/**
 * Starts Chromium now (it takes a while, so a caller starts it before the report is
 * computed) and prints any number of PDFs with it. A browser that has gone away is
 * started again for the next PDF. Hosts that print often keep one open and close it
 * when they stop.
 */
export function openChromiumPdf(options: ChromiumPdfOptions): ChromiumPdf {
  const timeout = options.timeoutMs ?? 120_000;
  let browser: Promise<Browser> | null = null;
  const started = () => {
    if (browser !== null) return browser;
    const current = launch(options);
    browser = current;
    const forget = () => {
      if (browser === current) browser = null;
    };
    // A failed start is reported by the render that waits for it; the next render tries again.
    current.then((b) => b.once('disconnected', forget), forget);
    return current;
  };
  started();
  return {
    render: async (html) => printPdf(await started(), html, timeout),
    close: async () => {
      const current = browser;
      browser = null;
      if (current !== null) await (await current.catch(() => null))?.close();
    },
  };
}

/** One PDF in a Chromium started for it and closed after it. */
export async function renderPdfWithChromium(html: string, options: ChromiumPdfOptions): Promise<Uint8Array> {
  const pdf = openChromiumPdf(options);
  try {
    return await pdf.render(html);
  } finally {
    await pdf.close();
  }
}
