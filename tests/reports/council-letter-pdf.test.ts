/**
 * The council letter fits two A4 pages in every supported language: in the PDF (Chromium,
 * then pdftotext per page) the letter starts on page 1, ends on page 2, and the cover of
 * the detail starts on page 3 with the contents naming the letter on page 1.
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemoWorkspace } from '../../src/data';
import type { Lang } from '../../src/model/messages';
import { reportWords } from '../../src/reports/words';
import { buildReport, type ReportModel } from '../../src/reports/model';
import { findChromium, renderPdfWithChromium } from '../../src/reports/pdf';
import { destinationPages } from '../../src/reports/pdf/destinations';
import { renderReportPdf } from '../../src/reports/write';
import { makeTempDir } from '../helpers/temp-dir';

const chromium = findChromium(process.env);
const hasPdftotext = spawnSync('pdftotext', ['-v']).error === undefined;
const LANGS: readonly Lang[] = ['nl', 'en'];

function pageTexts(pdf: Uint8Array, dir: string, name: string): string[] {
  const file = join(dir, `${name}.pdf`);
  writeFileSync(file, pdf);
  const run = spawnSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8', maxBuffer: 1 << 26 });
  if (run.status !== 0) throw new Error(`pdftotext failed: ${run.stderr}`);
  // pdftotext ends every page with a form feed; lines are joined so wrapped sentences match.
  return run.stdout
    .split('\f')
    .slice(0, -1)
    .map((page) => page.replace(/\s+/g, ' '));
}

const flat = (text: string) => text.replace(/\s+/g, ' ');

describe.skipIf(chromium === null || !hasPdftotext)('the council letter in the PDF', () => {
  const temp = makeTempDir('coopfolio-letter-pdf-');
  const models = new Map<Lang, ReportModel>();
  const pdfs = new Map<Lang, Uint8Array>();

  beforeAll(async () => {
    const workspace = loadDemoWorkspace();
    for (const lang of LANGS) {
      // Every scenario: the letter's scenario table is longest then.
      const model = await buildReport(workspace, {
        scenarioIds: workspace.scenarios.map((s) => s.id),
        lang,
        draws: 200,
        sections: ['summary', 'portfolio', 'methodology'],
        provenance: {
          appVersion: 'test',
          workspaceFile: 'demo.coopfolio',
          generatedAt: '2026-03-01T10:00:00Z',
        },
      });
      models.set(lang, model);
      pdfs.set(
        lang,
        await renderReportPdf(model, (html) =>
          renderPdfWithChromium(html, { executablePath: chromium ?? '' }),
        ),
      );
    }
  }, 400_000);

  afterAll(() => temp.cleanup());

  it.each(LANGS)('ends on page 2 and the next section starts on page 3 (%s)', async (lang) => {
    const pdf = pdfs.get(lang)!;
    const pages = pageTexts(pdf, temp.dir, `letter-${lang}`);
    const c = reportWords(lang, 'council');
    const t = reportWords(lang, 'general');
    // Page 1: the letterhead, the money and the Doughnut.
    expect(pages[0]).toContain(c('kind').toUpperCase());
    expect(pages[0]).toContain(flat(c('salutation')));
    expect(pages[0]).toContain(flat(c('moneyTitle')));
    expect(pages[0]).toContain(flat(c('impactTitle')));
    // Page 2: the gaps and the decisions, down to the letter's last line.
    expect(pages[1]).toContain(flat(c('unfundedTitle')));
    expect(pages[1]).toContain(flat(c('decisionsTitle')));
    expect(pages[1]).toContain(flat(c('closing')));
    expect(pages[1]).toContain(flat(t('amountsNote')));
    // The cover's headings are in capitals (CSS), so its words are compared in lower case.
    expect(pages[1]?.toLowerCase()).not.toContain(t('contents').toLowerCase());
    // Page 3: the cover of the detail, and nothing of the letter.
    expect(pages[2]).toContain(flat(t('docSubtitle')));
    expect(pages[2]?.toLowerCase()).toContain(t('contents').toLowerCase());
    for (const text of [c('salutation'), c('decisionsTitle'), c('closing'), t('amountsNote')])
      expect(pages[2]).not.toContain(flat(text));
    const destinations = await destinationPages(pdf);
    expect(destinations.get('section-summary')).toBe(1);
    expect(destinations.get('section-portfolio')).toBe(4);
    // The contents on page 3 name the letter on page 1.
    expect(pages[2]).toMatch(new RegExp(`${t('sections.summary')} 1\\b`));
  });
});
