import { describe, expect, it } from 'vitest';
import { loadDemoWorkspace } from '../../src/data';
import { renderReportHtml } from '../../src/reports/html';
import { buildReport } from '../../src/reports/model';
import { streamTermsTable } from '../../src/reports/stream-terms';
import { reportTables } from '../../src/reports/tables';

// A draft stream is listed with its terms and marked as such; no figure of the report uses it.

describe('draft streams in the report', () => {
  it('are marked in the terms table and the HTML, and pay nothing in the blend', async () => {
    const demo = loadDemoWorkspace();
    const draft = { ...demo.fundingStreams[0]!, id: 'nieuwe-regeling', name: 'Nieuwe regeling', draft: true };
    const workspace = {
      ...demo,
      fundingStreams: [...demo.fundingStreams, { ...draft, budgetPerYear: undefined }],
    };
    const model = await buildReport(workspace, {
      scenarioIds: ['basis'],
      lang: 'nl',
      draws: 20,
      provenance: {
        appVersion: 'test',
        workspaceFile: 'demo.coopfolio',
        generatedAt: '2026-03-01T10:00:00Z',
      },
    });
    const table = streamTermsTable(model);
    const column = table.columns.findIndex((c) => c.key === 'draft');
    expect(table.columns[column]!.label.nl).toBe('Concept (telt niet mee)');
    const marked = table.rows.filter((row) => row[column] === true).map((row) => row[1]);
    expect(marked).toEqual(['Nieuwe regeling']);

    const html = renderReportHtml(model);
    expect(html).toContain('concept: telt in geen enkel cijfer van dit rapport mee');
    const allocations = reportTables(model).find((t) => t.id === 'allocations')!;
    const stream = allocations.columns.findIndex((c) => c.key === 'stream');
    expect(allocations.rows.some((row) => row[stream] === 'Nieuwe regeling')).toBe(false);
  }, 120_000);
});
