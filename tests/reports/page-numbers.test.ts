/**
 * The contents list's page numbers when they cannot be written into the one print (as
 * these stand-in PDFs, made with pdf-lib, have no contents links): the first PDF's named
 * destinations decide them, a second render prints them; a renderer whose PDF names none
 * gets the report without numbers (and without placeholders). This runs without
 * Chromium; pdf-single-pass.test.ts checks the one print with Chromium.
 */
import { PDFDocument, PDFName } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { loadDemoWorkspace } from '../../src/data';
import { buildReport } from '../../src/reports/model';
import { destinationPages } from '../../src/reports/pdf/destinations';
import { renderReportPdf } from '../../src/reports/write';

/** A PDF of `pages` blank pages whose catalog names `dests` (anchor -> 1-based page). */
async function pdfWith(pages: number, dests: Record<string, number>): Promise<Uint8Array> {
  const document = await PDFDocument.create();
  const added = Array.from({ length: pages }, () => document.addPage());
  if (Object.keys(dests).length > 0) {
    const dict = document.context.obj(
      Object.fromEntries(
        Object.entries(dests).map(([name, page]) => [
          name,
          [added[page - 1]?.ref, PDFName.of('XYZ'), 0, 800, 0],
        ]),
      ),
    );
    document.catalog.set(PDFName.of('Dests'), dict);
  }
  return document.save();
}

async function demoModel() {
  return buildReport(loadDemoWorkspace(), {
    scenarioIds: ['basis'],
    lang: 'nl',
    draws: 20,
    sections: ['summary', 'portfolio', 'methodology'],
    provenance: { appVersion: 'test', workspaceFile: 'demo.coopfolio', generatedAt: '2026-03-01T10:00:00Z' },
  });
}

describe('destination pages', () => {
  it('reads anchor -> page from the catalog, and nothing from a PDF without destinations', async () => {
    const pages = await destinationPages(await pdfWith(4, { 'section-summary': 2, 'section-portfolio': 4 }));
    expect([...pages]).toEqual([
      ['section-summary', 2],
      ['section-portfolio', 4],
    ]);
    expect((await destinationPages(await pdfWith(2, {}))).size).toBe(0);
  });
});

describe('the report PDF with page numbers', () => {
  it('renders again and prints where each section starts when the print cannot be numbered', async () => {
    const model = await demoModel();
    const htmls: string[] = [];
    const first = await pdfWith(9, {
      'section-summary': 2,
      'section-portfolio': 3,
      'section-methodology': 8,
    });
    const second = await pdfWith(9, {});
    const pdf = await renderReportPdf(model, async (html) => {
      htmls.push(html);
      return htmls.length === 1 ? first : second;
    });
    expect(pdf).toBe(second);
    expect(htmls).toHaveLength(2);
    const numbers = (html: string) =>
      [...html.matchAll(/<span class="toc-page">(\d*)<\/span>/g)].map((m) => m[1]);
    // The first pass holds a placeholder in the reserved column; the second the numbers, in contents order.
    expect(numbers(htmls[0] ?? '')).toEqual(['0', '0', '0']);
    expect(numbers(htmls[1] ?? '')).toEqual(['2', '3', '8']);
    expect(htmls[1]).toContain('href="#section-portfolio"');
  });

  it('prints without numbers (nor placeholders) when the PDF names no destinations', async () => {
    const model = await demoModel();
    const htmls: string[] = [];
    const only = await pdfWith(3, {});
    const plain = await pdfWith(3, {});
    await expect(
      renderReportPdf(model, async (html) => {
        htmls.push(html);
        return htmls.length === 1 ? only : plain;
      }),
    ).resolves.toBe(plain);
    expect(htmls).toHaveLength(2);
    expect(htmls[1]).not.toMatch(/<span class="toc-page">\d/);
    // Nor when the PDF cannot be read: the report is still written, without numbers.
    const odd = new TextEncoder().encode('%PDF-1.7 not really');
    await expect(renderReportPdf(model, async () => odd)).resolves.toBe(odd);
  });
});
