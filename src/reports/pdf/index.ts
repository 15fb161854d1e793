// PDF output of the council report: the renderer type, Chromium (command line and
// browser host) and how to find it. Electron's renderer lives in electron/report-pdf.ts.
export type { PdfRenderer } from './types';
export { findChromium, CHROMIUM_CANDIDATES } from './find-chromium';
export {
  openChromiumPdf,
  renderPdfWithChromium,
  type ChromiumPdf,
  type ChromiumPdfOptions,
} from './chromium';
export { FOOTER_TEMPLATE, HEADER_TEMPLATE } from './footer';
