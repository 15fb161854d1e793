/**
 * The PDF page footer, shared by the Chromium and the Electron renderer: the document's
 * title on the left and "page / pages" on the right. Chromium fills the spans with
 * these class names itself (as text); the template carries no user data.
 */
import { PAGE_MARGINS } from '../html/styles';

export const FOOTER_TEMPLATE = `<div style="width:100%;margin:0 ${PAGE_MARGINS.right} 0 ${PAGE_MARGINS.left};display:flex;justify-content:space-between;gap:8mm;font-family:'Liberation Sans',Arial,Helvetica,sans-serif;font-size:7.5pt;color:#55626d;"><span class="title" style="flex:1;white-space:nowrap;overflow:hidden;text-overflow:ellipsis;"></span><span style="white-space:nowrap;"><span class="pageNumber"></span> / <span class="totalPages"></span></span></div>`;

/** An empty header: without one Chromium prints the date and the title at the top. */
export const HEADER_TEMPLATE = '<span></span>';

/** Millimetres to inches, for Electron's printToPDF margins. */
export function mmToInches(value: string): number {
  return Number.parseFloat(value) / 25.4;
}

export { PAGE_MARGINS };
