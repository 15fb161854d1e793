/**
 * The desktop app's PDF renderer for the council report: Electron's own Chromium
 * prints the report's HTML, so the desktop app needs no separate browser. The page is
 * shown in a hidden window with JavaScript off, no preload, the sandbox on, and a fresh
 * in-memory session whose only permitted request is the report file itself.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { BrowserWindow, session } from 'electron';
import { FOOTER_TEMPLATE, HEADER_TEMPLATE, mmToInches, PAGE_MARGINS } from '../src/reports/pdf/footer';
import type { PdfRenderer } from '../src/reports/pdf/types';

export function electronPdfRenderer(): PdfRenderer {
  return async (html) => {
    // A file rather than a data: URL: a large report's data URL passes Chromium's 2 MB URL limit.
    const dir = mkdtempSync(join(tmpdir(), 'coopfolio-report-'));
    const file = join(dir, 'report.html');
    writeFileSync(file, html, 'utf8');
    const allowed = pathToFileURL(file).href;
    // No `persist:` prefix: the session lives in memory and is gone with the window.
    const reportSession = session.fromPartition(`report-pdf-${randomUUID()}`, { cache: false });
    reportSession.webRequest.onBeforeRequest((details, callback) =>
      callback({ cancel: details.url !== allowed }),
    );
    reportSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
    const reportWindow = new BrowserWindow({
      show: false,
      webPreferences: {
        javascript: false,
        sandbox: true,
        contextIsolation: true,
        nodeIntegration: false,
        nodeIntegrationInWorker: false,
        nodeIntegrationInSubFrames: false,
        webSecurity: true,
        allowRunningInsecureContent: false,
        webviewTag: false,
        navigateOnDragDrop: false,
        spellcheck: false,
        disableBlinkFeatures: 'Auxclick',
        session: reportSession,
      },
    });
    try {
      reportWindow.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
      reportWindow.webContents.on('will-navigate', (event) => event.preventDefault());
      await reportWindow.loadURL(allowed);
      const pdf = await reportWindow.webContents.printToPDF({
        pageSize: 'A4',
        printBackground: true,
        displayHeaderFooter: true,
        headerTemplate: HEADER_TEMPLATE,
        footerTemplate: FOOTER_TEMPLATE,
        margins: {
          top: mmToInches(PAGE_MARGINS.top),
          right: mmToInches(PAGE_MARGINS.right),
          bottom: mmToInches(PAGE_MARGINS.bottom),
          left: mmToInches(PAGE_MARGINS.left),
        },
      });
      return new Uint8Array(pdf);
    } finally {
      reportWindow.destroy();
      rmSync(dir, { recursive: true, force: true });
    }
  };
}
