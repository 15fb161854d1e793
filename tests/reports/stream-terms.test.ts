/**
 * Issue 13, point 7: the council report lists the date (peildatum) and source (bron) of
 * every stream's terms, and marks the ones older than a year on the report's date or
 * undated, in the HTML/PDF, a CSV file and an XLSX sheet, in Dutch and English.
 */
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDemoWorkspace } from '../../src/data';
import type { Lang } from '../../src/model/messages';
import type { Workspace } from '../../src/model/workspace';
import { csvSeparator, tableToCsv } from '../../src/reports/csv';
import { renderReportHtml } from '../../src/reports/html';
import { buildReport, type ReportModel } from '../../src/reports/model';
import { streamTermsRows, streamTermsTable } from '../../src/reports/stream-terms';
import { reportWords } from '../../src/reports/words';
import { reportTables } from '../../src/reports/tables';
import { writeReportXlsx } from '../../src/reports/xlsx';

// The report is dated 1 March 2026: 2025-03-01 is 365 days before it, 2025-02-28 is 366.
const provenance = {
  appVersion: '9.8.7-test',
  workspaceFile: 'terms.coopfolio',
  generatedAt: '2026-03-01T10:00:00Z',
};
const HOSTILE_SOURCE = '=HYPERLINK("http://evil.example","klik") <script>alert(1)</script>';

/** The demo workspace with known terms on its first four streams (the fourth undated). */
function datedWorkspace(): Workspace {
  const workspace = loadDemoWorkspace();
  const [current, stale, hostile, undated] = workspace.fundingStreams;
  if (current === undefined || stale === undefined || hostile === undefined || undated === undefined)
    throw new Error('demo too small');
  delete undated.termsDate;
  delete undated.source;
  current.termsDate = '2025-03-01';
  current.source = 'https://www.rvo.nl/subsidies-financiering/voorbeeld';
  stale.termsDate = '2025-02-28';
  stale.source = 'Verordening (EU) 2023/2831';
  hostile.termsDate = '2024-03-03';
  hostile.source = HOSTILE_SOURCE;
  return workspace;
}

/** Like toContain, but a failure names the missing text instead of printing the whole report. */
function expectIn(text: string, needle: string): void {
  if (!text.includes(needle)) expect.fail(`expected the HTML to contain ${JSON.stringify(needle)}`);
}

function expectNotIn(text: string, needle: string): void {
  if (text.includes(needle)) expect.fail(`expected the HTML not to contain ${JSON.stringify(needle)}`);
}

/** The terms part of the report's HTML. */
function termsPart(html: string): string {
  const start = html.indexOf('data-table="stream-terms"');
  if (start < 0) expect.fail('no stream terms table in the HTML');
  return html.slice(start, html.indexOf('</table>', start));
}

let workspace: Workspace;
const models = new Map<Lang, ReportModel>();

beforeAll(async () => {
  workspace = datedWorkspace();
  for (const lang of ['nl', 'en'] as const) {
    models.set(
      lang,
      await buildReport(workspace, {
        scenarioIds: [workspace.scenarios[0]!.id],
        lang,
        draws: 20,
        provenance,
      }),
    );
  }
});

const model = (lang: Lang) => models.get(lang)!;

describe('the stream terms rows', () => {
  it('judge every stream on the report date: 365 days is current, 366 out of date, none undated', () => {
    const rows = streamTermsRows(model('nl'));
    expect(rows).toHaveLength(workspace.fundingStreams.length);
    expect(rows[0]!.age).toEqual({ status: 'current', days: 365 });
    expect(rows[1]!.age).toEqual({ status: 'stale', days: 366 });
    expect(rows[2]!.age.status).toBe('stale');
    expect(rows[3]!.age).toEqual({ status: 'missing' });
    expect(rows[3]!.termsDate).toBeNull();
  });
});

describe('the terms table in HTML', () => {
  it('lists date and source of every stream and marks the old and undated ones, in Dutch', () => {
    const html = termsPart(renderReportHtml(model('nl')));
    expectIn(html, reportWords('nl', 'streamTerms')('heading'));
    expectIn(html, '1 maart 2025');
    expectIn(html, '28 februari 2025');
    expectIn(html, 'Verordening (EU) 2023/2831');
    expectIn(html, 'https://www.rvo.nl/subsidies-financiering/voorbeeld');
    expectIn(html, 'verouderd (366 dagen oud)');
    expectIn(html, 'peildatum ontbreekt');
    const flagged = html.match(/class="terms-outdated"/g) ?? [];
    const expected = streamTermsRows(model('nl')).filter((row) => row.age.status !== 'current');
    expect(flagged).toHaveLength(expected.length);
    expect(html.match(/<tr /g)).toHaveLength(workspace.fundingStreams.length);
    // Links nothing, runs nothing: the hostile source is escaped text.
    expectNotIn(html, '<script>alert(1)</script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(/<a [^>]*href=/.test(html)).toBe(false);
  });

  it('is in English in an English report', () => {
    const html = termsPart(renderReportHtml(model('en')));
    expectIn(html, reportWords('en', 'streamTerms')('heading'));
    expectIn(html, '1 March 2025');
    expectIn(html, 'out of date (366 days old)');
    expectIn(html, 'terms date missing');
  });
});

describe('the terms table as CSV', () => {
  for (const lang of ['nl', 'en'] as const) {
    it(`is one of the report's files, with the dates and sources (${lang})`, () => {
      const table = reportTables(model(lang)).find((t) => t.id === 'stream-terms');
      expect(table).toBeDefined();
      const text = tableToCsv(table!, lang);
      const rows = parse(text, { bom: true, delimiter: csvSeparator(lang) }) as string[][];
      expect(rows[0]).toEqual(table!.columns.map((c) => c.label[lang]));
      const [yes, no] = lang === 'nl' ? ['ja', 'nee'] : ['yes', 'no'];
      expect(rows[1]!.slice(4, 8)).toEqual([
        '2025-03-01',
        'https://www.rvo.nl/subsidies-financiering/voorbeeld',
        '365',
        no,
      ]);
      expect(rows[2]!.slice(4, 8)).toEqual(['2025-02-28', 'Verordening (EU) 2023/2831', '366', yes]);
      // A formula in a source is neutralised, never run by a spreadsheet.
      expect(rows[3]![5]!.startsWith('=')).toBe(false);
      expect(rows[3]![5]).toContain('HYPERLINK');
      expect(rows[4]!.slice(4, 8)).toEqual(['', '', '', yes]);
      // The last column says whether the stream is a draft (none of these is).
      expect(rows.slice(1).map((row) => row[8])).toEqual(rows.slice(1).map(() => no));
    });
  }
});

describe('the terms table as an XLSX sheet', () => {
  it('is a sheet with the dates, the age and the flag, in Dutch and English', async () => {
    for (const lang of ['nl', 'en'] as const) {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load((await writeReportXlsx(model(lang))) as unknown as ArrayBuffer);
      const title = streamTermsTable(model(lang)).title[lang];
      expect(title.length).toBeLessThanOrEqual(31);
      const sheet = workbook.getWorksheet(title);
      expect(sheet, title).toBeDefined();
      const values = (r: number) => [...(sheet!.getRow(r).values as unknown[])].slice(1);
      expect(values(1)).toContain(lang === 'nl' ? 'Peildatum' : 'Terms date');
      expect(values(2).slice(4, 8)).toEqual([
        '2025-03-01',
        'https://www.rvo.nl/subsidies-financiering/voorbeeld',
        365,
        false,
      ]);
      expect(values(3).slice(4, 8)).toEqual(['2025-02-28', 'Verordening (EU) 2023/2831', 366, true]);
      expect(String(values(4)[5]).startsWith('=')).toBe(false);
      expect(sheet!.getRow(4).getCell(6).type).not.toBe(ExcelJS.ValueType.Formula);
    }
  });
});
