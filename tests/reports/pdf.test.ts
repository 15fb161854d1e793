import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemoWorkspace } from '../../src/data';
import { renderReportHtml, reportFormat } from '../../src/reports/html';
import { reportWords } from '../../src/reports/words';
import { buildReport, type ReportModel } from '../../src/reports/model';
import { CHROMIUM_CANDIDATES, findChromium, renderPdfWithChromium } from '../../src/reports/pdf';
import { destinationPages } from '../../src/reports/pdf/destinations';
import { renderReportPdf } from '../../src/reports/write';
import { hasPdftotext, pdfPageTexts } from '../helpers/pdf-text';
import { makeTempDir } from '../helpers/temp-dir';

const chromium = findChromium(process.env);
if (chromium === null) {
  console.warn('PDF tests skipped: no Chromium found (set CHROMIUM_PATH or install chromium).');
} else if (!hasPdftotext) {
  console.warn(
    'PDF text checks skipped: pdftotext (poppler-utils) is not installed; pages are still counted.',
  );
}

const provenance = {
  appVersion: '9.8.7-test',
  workspaceFile: 'demo.coopfolio',
  generatedAt: '2026-03-01T10:00:00Z',
};

/** Page count from the PDF itself: one `/Type /Page` dictionary per page (not `/Pages`). */
function pageCount(pdf: Uint8Array): number {
  return (
    Buffer.from(pdf)
      .toString('latin1')
      .match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []
  ).length;
}

/** The text of every page, through pdftotext; null without it. */
function pageTexts(pdf: Uint8Array, dir: string, layout = true): string[] | null {
  return hasPdftotext ? pdfPageTexts(pdf, dir, layout) : null;
}

describe('finding Chromium', () => {
  const only =
    (...paths: string[]) =>
    (path: string) =>
      paths.includes(path);

  it('prefers CHROMIUM_PATH, then the usual places, in order', () => {
    expect(
      findChromium({ CHROMIUM_PATH: '/opt/chrome/chrome' }, only('/opt/chrome/chrome', '/usr/bin/chromium')),
    ).toBe('/opt/chrome/chrome');
    expect(findChromium({}, only('/usr/bin/chromium-browser', '/usr/bin/google-chrome'))).toBe(
      '/usr/bin/chromium-browser',
    );
    expect(findChromium({ CHROMIUM_PATH: '/nowhere' }, only('/usr/bin/google-chrome'))).toBe(
      '/usr/bin/google-chrome',
    );
  });

  it('answers null when there is none, so the caller can write HTML and say how to get a PDF', () => {
    expect(findChromium({ CHROMIUM_PATH: '' }, () => false)).toBeNull();
    expect(CHROMIUM_CANDIDATES).toContain('/usr/bin/chromium');
  });
});

describe.skipIf(chromium === null)('the council report as PDF through Chromium', () => {
  const temp = makeTempDir('coopfolio-pdf-test-');
  let model: ReportModel;
  let pdf: Uint8Array;

  beforeAll(async () => {
    const workspace = loadDemoWorkspace();
    model = await buildReport(workspace, {
      scenarioIds: workspace.scenarios.map((s) => s.id),
      lang: 'nl',
      draws: 200,
      provenance,
    });
    pdf = await renderPdfWithChromium(renderReportHtml(model), { executablePath: chromium ?? '' });
  }, 180_000);

  afterAll(() => temp.cleanup());

  it('is a PDF with at least a page for the cover, each section and each cooperative', () => {
    expect(Buffer.from(pdf.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
    const cooperatives = new Set(
      model.workspace.plans
        .filter((p) => model.scenarios.some((s) => s.scenario.plans.includes(p.id)))
        .map((p) => p.cooperativeId),
    );
    expect(pageCount(pdf)).toBeGreaterThanOrEqual(1 + model.sections.length + cooperatives.size);
  });

  it('puts the key texts on the pages and numbers every page "n / total"', () => {
    const pages = pageTexts(pdf, temp.dir);
    if (pages === null) return;
    const total = pages.length;
    expect(total).toBe(pageCount(pdf));
    const t = reportWords('nl', 'general');
    const fmt = reportFormat('nl');
    // The council letter opens the report (pages 1 and 2), the cover follows on page 3.
    expect(pages[0]).toContain('Gemeente Amstelstad (fictief)');
    expect(pages[0]).toContain('Coöperatieve plannen: financiering en');
    expect(pages[0]).toContain(t('sections.summary'));
    expect(pages[0]).toContain(fmt.money(model.councilLetter?.money.municipal ?? 0).replace('\u00a0', ' '));
    expect(pages[2]).toContain('Rapport voor de gemeenteraad');
    pages.forEach((page, i) => expect(page).toMatch(new RegExp(`\\b${i + 1} / ${total}\\b`)));
    // After the cover (page 3), whose contents name every section too.
    const find = (text: string) => pages.findIndex((page, i) => i > 2 && page.includes(text));
    const sectionPages = model.sections
      .filter((id) => id !== 'summary')
      .map((id) => find(t(`sections.${id}`)));
    expect(sectionPages.every((p) => p > 2)).toBe(true);
    expect(sectionPages).toEqual([...sectionPages].sort((a, b) => a - b));
    expect(find('Laagste punt € -41.000 (2029)')).toBeGreaterThan(0);
    expect(pages[total - 1]).toContain(t('provenanceTitle'));
    expect(pages[total - 1]).toContain('9.8.7-test');
  });

  it('numbers the contents with the pages the sections really start on (one print, numbers written in)', async () => {
    const render = (html: string) => renderPdfWithChromium(html, { executablePath: chromium ?? '' });
    const numbered = await renderReportPdf(model, render);
    const pages = pageTexts(numbered, temp.dir);
    const destinations = await destinationPages(numbered);
    expect(pageCount(numbered)).toBe(pageCount(pdf));
    // The letter starts on page 1; every other section after the cover on page 3.
    for (const id of model.sections)
      expect(destinations.get(`section-${id}`)).toBeGreaterThan(id === 'summary' ? 0 : 3);
    if (pages === null) return;
    const t = reportWords('nl', 'general');
    for (const id of model.sections) {
      const page = destinations.get(`section-${id}`) ?? 0;
      // The section's heading is on that page, and the cover prints that number after its name.
      expect(pages[page - 1]).toContain(t(`sections.${id}`));
      expect(pages[2]).toMatch(
        new RegExp(`${t(`sections.${id}`).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s+${page}\\b`),
      );
    }
  }, 180_000);

  it('keeps hostile names readable: markup and formulas as text, a 2,000-character name wrapped', async () => {
    const workspace = loadDemoWorkspace();
    const long = 'Zonnepanelencoöperatie'.repeat(91).slice(0, 2000);
    const rename = (items: { id: string; name: string }[], id: string, name: string) => {
      const item = items.find((i) => i.id === id);
      if (item !== undefined) item.name = name;
    };
    rename(workspace.cooperatives, 'zonnewende-oost', '<img src=x onerror=alert(1)>');
    rename(workspace.plans, 'zon-op-oost', '=HYPERLINK("http://x","y")');
    rename(workspace.plans, 'rijsamen-elektrisch', long);
    rename(workspace.fundingStreams, 'klimaatfonds-wijkaanpak', 'קואופרטיב \u202Eتعاونية Oost');
    const hostile = await buildReport(workspace, {
      scenarioIds: ['basis'],
      lang: 'nl',
      draws: 20,
      sections: ['summary', 'cooperatives'],
      provenance,
    });
    const bytes = await renderPdfWithChromium(renderReportHtml(hostile), { executablePath: chromium ?? '' });
    expect(pageCount(bytes)).toBeGreaterThan(3);
    const pages = pageTexts(bytes, temp.dir, false);
    if (pages === null) return;
    const text = pages.join('\n');
    expect(text).toContain('<img src=x onerror=alert(1)>');
    expect(text).toContain('=HYPERLINK("http://x","y")');
    expect(text).toContain('קואופרטיב');
    // The long name is all there, broken over lines no wider than the page.
    expect(text.replace(/\s/g, '')).toContain(long.slice(0, 400));
    const lines = text.split('\n');
    expect(Math.max(...lines.map((line) => line.length))).toBeLessThan(200);
  }, 180_000);
});
