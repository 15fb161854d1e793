import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { loadDemoWorkspace } from '../../src/data';
import type { Award } from '../../src/model/award';
import type { Cents } from '../../src/model/money';
import type { Lang } from '../../src/model/messages';
import { reportTables } from '../../src/reports/tables';
import { renderReportHtml } from '../../src/reports/html';
import { buildReport, type ReportModel } from '../../src/reports/model';
import { writeReportXlsx } from '../../src/reports/xlsx';

const provenance = {
  appVersion: '0-test',
  workspaceFile: 'demo.coopfolio',
  generatedAt: '2026-03-01T10:00:00Z',
};

// The demo's housing exploration (in every scenario) applied to two streams: one granted, one refused.
const PLAN = 'vrije-verdieping-verkenning';
const COOPERATIVE = 'vrije-verdieping';
const AWARDS: Award[] = [
  {
    streamId: 'buurtinitiatieven',
    status: 'granted',
    requested: 2_000_000 as Cents,
    granted: 1_250_000 as Cents,
    appliedOn: '2026-01-12',
    decidedOn: '2026-02-20',
    reference: 'BI-2026-0417',
    reportDue: '2027-03-31',
  },
  { streamId: 'fonds-buurtkracht', status: 'refused', appliedOn: '2026-01-05', decidedOn: '2026-02-02' },
];

async function model(lang: Lang): Promise<ReportModel> {
  const workspace = loadDemoWorkspace();
  const plan = workspace.plans.find((p) => p.id === PLAN)!;
  plan.awards = AWARDS;
  const scenario = workspace.scenarios.find((s) => s.plans.includes(PLAN))!;
  return buildReport(workspace, { scenarioIds: [scenario.id], lang, draws: 20, provenance });
}

/** The text of the cooperative's awards block in the report's HTML. */
function awardsBlock(html: string): string {
  const start = html.indexOf(`data-cooperative-awards="${COOPERATIVE}"`);
  expect(start).toBeGreaterThan(0);
  return html
    .slice(start, html.indexOf('</div>', start))
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
}

describe('awards in the council report', () => {
  it('are listed with their status in the cooperative’s chapter, in Dutch and English', async () => {
    const nl = awardsBlock(renderReportHtml(await model('nl')));
    expect(nl).toContain('Aanvragen en toekenningen');
    expect(nl).toMatch(
      /Subsidieregeling Buurtinitiatieven \(fictief\) Toegekend € 20\.000 € 12\.500 20 februari 2026, BI-2026-0417 31 maart 2027/,
    );
    expect(nl).toMatch(/Afgewezen – – 2 februari 2026 –/);
    const en = awardsBlock(renderReportHtml(await model('en')));
    expect(en).toMatch(/Granted €20,000 €12,500 20 February 2026, BI-2026-0417 31 March 2027/);
    expect(en).toContain('Refused');
    // Only cooperatives with awards get the block.
    const html = renderReportHtml(await model('nl'));
    expect(html.match(/data-cooperative-awards=/g)).toHaveLength(1);
  });

  it('have their own sheet in the XLSX, with amounts as numbers in euros', async () => {
    const m = await model('nl');
    expect(reportTables(m).map((t) => t.id)).toContain('awards');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await writeReportXlsx(m)) as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Aanvragen en toekenningen');
    expect(sheet).toBeDefined();
    const rows: unknown[][] = [];
    sheet!.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    const header = rows.findIndex((r) => r[0] === 'Coöperatie');
    expect(rows[header]).toEqual([
      'Coöperatie',
      'Plan',
      'Bron-id',
      'Financieringsbron',
      'Status',
      'Aangevraagd',
      'Toegekend',
      'Aangevraagd op',
      'Datum beschikking',
      'Kenmerk beschikking',
      'Verantwoorden vóór',
      'Notitie',
    ]);
    const body = rows.slice(header + 1);
    expect(body).toHaveLength(2);
    expect(body[0]!.slice(2, 11)).toEqual([
      'buurtinitiatieven',
      'Subsidieregeling Buurtinitiatieven (fictief)',
      'Toegekend',
      20000,
      12500,
      '2026-01-12',
      '2026-02-20',
      'BI-2026-0417',
      '2027-03-31',
    ]);
    expect(body[1]![4]).toBe('Afgewezen');
  });
});
