/**
 * The report PDF in one print: Chromium prints once (with placeholders in the contents'
 * page column), and the page numbers are written into that PDF. The result must read as
 * the former second print with the numbers in the HTML did: the same text on every page,
 * and every contents number the page its section starts on.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemoWorkspace } from '../../src/data';
import { renderReportHtml } from '../../src/reports/html';
import { buildReport, type ReportModel } from '../../src/reports/model';
import { findChromium, openChromiumPdf, type ChromiumPdf } from '../../src/reports/pdf';
import { destinationPages } from '../../src/reports/pdf/destinations';
import { reportWords } from '../../src/reports/words';
import { renderReportPdf } from '../../src/reports/write';
import { hasPdftotext, pdfPageTexts } from '../helpers/pdf-text';
import { makeTempDir } from '../helpers/temp-dir';

const chromiumPath = findChromium(process.env);
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe.skipIf(chromiumPath === null || !hasPdftotext)('the report PDF in one print', () => {
  const temp = makeTempDir('coopfolio-pdf-one-print-');
  let chromium: ChromiumPdf;
  let model: ReportModel;
  let renders = 0;
  let single: Uint8Array;

  beforeAll(async () => {
    chromium = openChromiumPdf({ executablePath: chromiumPath ?? '' });
    model = await buildReport(loadDemoWorkspace(), {
      scenarioIds: ['basis', 'bezuiniging'],
      lang: 'nl',
      draws: 50,
      provenance: {
        appVersion: 'test',
        workspaceFile: 'demo.coopfolio',
        generatedAt: '2026-03-01T10:00:00Z',
      },
    });
    single = await renderReportPdf(model, (html) => {
      renders += 1;
      return chromium.render(html);
    });
  }, 300_000);

  afterAll(async () => {
    await chromium?.close();
    temp.cleanup();
  });

  it('prints once, and each contents number is the page whose text starts with that section', async () => {
    expect(renders).toBe(1);
    const destinations = await destinationPages(single);
    const pages = pdfPageTexts(single, temp.dir, false);
    const t = reportWords('nl', 'general');
    // The contents heading is set in capitals by the style sheet.
    const cover = pages.findIndex((page) => page.includes(t('contents').toUpperCase()));
    expect(cover).toBeGreaterThanOrEqual(0);
    const coverLines = pdfPageTexts(single, temp.dir, true)[cover]!;
    for (const id of model.sections) {
      const heading = t(`sections.${id}`);
      const page = destinations.get(`section-${id}`) ?? 0;
      expect(page).toBeGreaterThan(0);
      // The council letter (the summary) opens with the municipality; every other section with its heading.
      if (id === 'summary') expect(pages[page - 1]).toContain(heading);
      else expect(pages[page - 1]!.trimStart().startsWith(heading)).toBe(true);
      expect(coverLines).toMatch(new RegExp(`${escape(heading)}\\s+${page}(?!\\d)`));
    }
    // No placeholder is left: every number in the page column is a destination's page.
    const printed = [...coverLines.matchAll(/\d+\.\s+[^\d\n]+?\s{2,}(\d+)(?=\s|$)/g)].map((m) =>
      Number(m[1]),
    );
    expect(printed.sort((a, b) => a - b)).toEqual(
      model.sections.map((id) => destinations.get(`section-${id}`)).sort((a, b) => a! - b!),
    );
  });

  it('reads as the second print with the numbers in the HTML did, page for page', async () => {
    const numbers = await destinationPages(single);
    const twice = await chromium.render(renderReportHtml(model, numbers));
    const expected = pdfPageTexts(twice, temp.dir, true);
    const actual = pdfPageTexts(single, temp.dir, true);
    expect(actual.length).toBe(expected.length);
    actual.forEach((page, i) => expect(page, `page ${i + 1}`).toBe(expected[i]));
  }, 300_000);
});
