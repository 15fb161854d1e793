import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDemoWorkspace } from '../../src/data';
import { siloLabel } from '../../src/model/silo';
import { renderReportHtml } from '../../src/reports/html';
import { buildReport, type ReportModel } from '../../src/reports/model';
import { reportTables } from '../../src/reports/tables';
import { writeReportXlsx } from '../../src/reports/xlsx';

// Issue 14: silo slugs (gemeente-sociaal-domein) were shown as if they were names. The
// report's tables and its stream-use headings show the silo's label.

let model: ReportModel;
const demo = loadDemoWorkspace();
const slugs = [...new Set(demo.fundingStreams.map((s) => s.silo))].filter((s) => s.includes('-'));

beforeAll(async () => {
  model = await buildReport(demo, {
    scenarioIds: ['basis'],
    lang: 'nl',
    draws: 50,
    provenance: { appVersion: 'test', workspaceFile: 'demo.coopfolio', generatedAt: '2026-03-01T10:00:00Z' },
  });
}, 120_000);

describe('silos in the report', () => {
  it('are labels in the tables the CSV and XLSX files are made of', () => {
    expect(slugs.length).toBeGreaterThan(0);
    for (const id of ['allocations', 'stream-use']) {
      const table = reportTables(model).find((t) => t.id === id)!;
      const column = table.columns.findIndex((c) => c.key === 'silo');
      const values = new Set(table.rows.map((row) => row[column]));
      expect(values.size).toBeGreaterThan(0);
      for (const value of values) expect(slugs).not.toContain(value);
      expect(values).toContain(siloLabel('gemeente-duurzaamheid'));
    }
  });

  it('are labels in the inputs sheet of the workbook', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await writeReportXlsx(model)) as unknown as ArrayBuffer);
    const texts: string[] = [];
    workbook.eachSheet((sheet) =>
      sheet.eachRow((row) => row.eachCell((cell) => texts.push(String(cell.value ?? '')))),
    );
    expect(texts).toContain(siloLabel('gemeente-duurzaamheid'));
    expect(texts).not.toContain('gemeente-duurzaamheid');
  });

  it('are labels in the stream-use headings of the HTML report', () => {
    const html = renderReportHtml(model);
    expect(html).toContain(`>${siloLabel('gemeente-duurzaamheid')}<`);
    expect(html).not.toContain('>gemeente-duurzaamheid<');
  });
});
