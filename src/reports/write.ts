/**
 * Writes a report model to a folder in the chosen formats. Each file is written
 * atomically (a reader sees the old file or the new one, never half of it). PDF needs a
 * renderer from the host (Chromium on the command line and in the browser host,
 * Electron's printToPDF in the desktop app); without one the HTML is written and the
 * caller says how to get the PDF.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from '../fs/atomic-write';
import { tableToCsv } from './csv';
import { renderReportHtml } from './html';
import type { ReportModel } from './model';
import { sectionAnchor } from './html/parts';
import { numberContents, withContentsPlaceholders } from './pdf/contents-pages';
import { destinationPages } from './pdf/destinations';
import type { PdfRenderer } from './pdf/types';
import { reportTables } from './tables';
import { writeReportXlsx } from './xlsx';
import { REPORT_FORMATS, type ReportFormat } from './kinds';
import { reportWords } from './words';

export { REPORT_FORMATS, type ReportFormat };

export interface WrittenFile {
  name: string;
  format: ReportFormat;
  bytes: number;
}

export interface WrittenReport {
  folder: string;
  files: WrittenFile[];
  /** `unavailable`: PDF was asked for but the host has no renderer (the HTML was written instead). */
  pdf: 'written' | 'unavailable' | 'not-requested';
  /** The HTML, for a preview (also when HTML was not among the formats). */
  html: string;
}

export interface WriteReportOptions {
  folder: string;
  formats: readonly ReportFormat[];
  /** File names start with this: `rapport` gives rapport.pdf, rapport-plans.csv. */
  baseName: string;
  pdf: PdfRenderer | null;
  signal?: AbortSignal;
  /** Files written of the files to write. */
  onProgress?: (done: number, total: number) => void;
}

/** `rapport` in Dutch, `report` in English. */
export function defaultBaseName(model: ReportModel): string {
  return reportWords(model.lang, 'files')('fileBase');
}

const FILE_ORDER: readonly ReportFormat[] = ['html', 'pdf', 'xlsx', 'csv'];

export async function writeReport(model: ReportModel, options: WriteReportOptions): Promise<WrittenReport> {
  const wanted = new Set(options.formats);
  const html = renderReportHtml(model);
  const pdfWanted = wanted.has('pdf');
  // Chromium prints in processes of its own: the XLSX and the CSV files are made meanwhile.
  const pdf = pdfWanted && options.pdf !== null ? renderReportPdf(model, options.pdf, html) : null;
  // It is awaited below; this only keeps a failure while the rest is made from counting as unhandled.
  pdf?.catch(() => undefined);
  const tables = wanted.has('csv') ? reportTables(model) : [];
  const writeHtml = wanted.has('html') || (pdfWanted && options.pdf === null);
  const total = Number(writeHtml) + Number(pdf !== null) + Number(wanted.has('xlsx')) + tables.length;
  let done = 0;
  const files: WrittenFile[] = [];
  mkdirSync(options.folder, { recursive: true });
  const write = (name: string, format: ReportFormat, content: string | Buffer) => {
    options.signal?.throwIfAborted();
    const buffer = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
    writeFileAtomic(join(options.folder, name), buffer);
    files.push({ name, format, bytes: buffer.length });
    options.onProgress?.(++done, total);
  };
  if (writeHtml) write(`${options.baseName}.html`, 'html', html);
  if (wanted.has('xlsx')) write(`${options.baseName}.xlsx`, 'xlsx', await writeReportXlsx(model));
  for (const table of tables)
    write(`${options.baseName}-${table.id}.csv`, 'csv', tableToCsv(table, model.lang));
  if (pdf !== null) write(`${options.baseName}.pdf`, 'pdf', Buffer.from(await pdf));
  // Listed in the order of the formats (HTML, PDF, XLSX, CSV), whichever finished first.
  files.sort((a, b) => FILE_ORDER.indexOf(a.format) - FILE_ORDER.indexOf(b.format));
  return {
    folder: options.folder,
    files,
    pdf: !pdfWanted ? 'not-requested' : options.pdf === null ? 'unavailable' : 'written',
    html,
  };
}

/**
 * One print: the PDF is printed with a placeholder in each contents entry's page
 * column, tells on which page each section starts (its named destinations), and gets
 * those numbers written over the placeholders (./pdf/contents-pages.ts). Where that
 * cannot be done, a second print of the HTML with the numbers (the layout is the same:
 * the column's width is reserved). A renderer whose PDF names no destinations (or that
 * pdf-lib cannot read) gets the report printed without numbers.
 */
export async function renderReportPdf(
  model: ReportModel,
  render: PdfRenderer,
  html = renderReportHtml(model),
): Promise<Uint8Array> {
  const anchors = model.sections.map(sectionAnchor);
  const marked = withContentsPlaceholders(html, anchors.length);
  const first = await render(marked ?? html);
  // Page numbers are a nicety: a PDF pdf-lib cannot read is still the report.
  if (marked !== null) {
    const numbered = await numberContents(first, anchors).catch(() => null);
    if (numbered !== null) return numbered;
  }
  const pages = await destinationPages(first).catch(() => new Map<string, number>());
  if (pages.size > 0) return render(renderReportHtml(model, pages));
  return marked === null ? first : render(html);
}

/** `pdf,html` -> formats; unknown names are returned in `unknown`. */
export function parseFormats(list: string): { formats: ReportFormat[]; unknown: string[] } {
  const names = list
    .split(',')
    .map((s) => s.trim().toLowerCase())
    .filter((s) => s !== '');
  const formats = REPORT_FORMATS.filter((f) => names.includes(f));
  return { formats, unknown: names.filter((n) => !(REPORT_FORMATS as readonly string[]).includes(n)) };
}
