// The council report states a portfolio blend's distance from the best possible (issue
// 18) in the portfolio section (HTML, and so the PDF) and in the key figures table
// (CSV, XLSX): nothing in words when the blend is proven optimal, the sentence when
// the distance exceeds a euro.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDemoWorkspace } from '../../src/data';
import { tableToCsv } from '../../src/reports/csv';
import { renderReportHtml } from '../../src/reports/html';
import { buildReport, type ReportModel } from '../../src/reports/model';
import { reportTables } from '../../src/reports/tables';

let model: ReportModel;

beforeAll(async () => {
  model = await buildReport(loadDemoWorkspace(), {
    scenarioIds: ['basis'],
    lang: 'nl',
    draws: 50,
    sections: ['summary', 'portfolio'],
    provenance: {
      appVersion: '0.0.0-test',
      workspaceFile: 'demo.coopfolio',
      generatedAt: '2026-03-01T10:00:00Z',
    },
  });
}, 120_000);

/** The model with the first scenario's blend `distance` euros short of its proven bound. */
function withDistance(distance: number): ReportModel {
  const [first, ...rest] = model.scenarios;
  const k = first!.keyFigures;
  const bound = k.totalCost - k.gap + distance;
  return { ...model, scenarios: [{ ...first!, keyFigures: { ...k, bound, distance } }, ...rest] };
}

const plain = (text: string) => text.replace(/[\u00a0\u202f]|&nbsp;/g, ' ');

describe('the report and the blend distance', () => {
  it('carries the proven bound and a distance of 0 for the demo blend, proven optimal', () => {
    const k = model.scenarios[0]!.keyFigures;
    expect(k.distance).toBe(0);
    expect(k.bound).toBeCloseTo(k.totalCost - k.gap, 2);
    const summary = reportTables(model).find((t) => t.id === 'summary')!;
    expect(summary.columns.slice(-2).map((c) => [c.key, c.type])).toEqual([
      ['bound', 'euros'],
      ['distance', 'euros'],
    ]);
    expect(summary.rows[0]!.slice(-1)).toEqual([0]);
    expect(plain(renderReportHtml(model))).not.toContain('van het best mogelijke');
  });

  it('states a distance over a euro in the portfolio section and the key figures', () => {
    const stated = withDistance(1.5);
    const html = plain(renderReportHtml(stated));
    expect(html).toContain('Hoogstens € 1,50 van het best mogelijke');
    expect(html).toContain('binnen 0,01 % van de totale kosten');
    const summary = reportTables(stated).find((t) => t.id === 'summary')!;
    const csv = tableToCsv(summary, 'nl');
    expect(csv).toContain('Afstand tot best mogelijke');
    expect(csv.trimEnd().split('\n')[1]!.endsWith(';1,50')).toBe(true);
  });

  it('says nothing for a distance of a euro or less', () => {
    expect(plain(renderReportHtml(withDistance(1)))).not.toContain('van het best mogelijke');
  });
});
