/**
 * Turns the report's self-contained HTML into PDF bytes. The command line and the
 * browser host use Chromium through playwright-core (./chromium.ts); the desktop app
 * plugs in Electron's printToPDF (electron/report-pdf.ts). Null where a host has none:
 * the report is then written as HTML with a note on how to get the PDF.
 */
export type PdfRenderer = (html: string) => Promise<Uint8Array>;
