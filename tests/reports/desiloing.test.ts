import { describe, expect, it } from 'vitest';
import { tableToCsv } from '../../src/reports/csv';
import { renderReportHtml } from '../../src/reports/html';
import { buildReport, type ReportModel } from '../../src/reports/model';
import { reportTables } from '../../src/reports/tables';
import { expectedFormulaValues } from '../../src/reports/xlsx';
import type { Lang } from '../../src/model/messages';
import { parsed } from '../impact/builders';
import { careAndEnergyJson } from '../impact/desiloing-fixture';

const provenance = {
  appVersion: 'test',
  workspaceFile: 'zorg.coopfolio',
  generatedAt: '2026-03-01T10:00:00Z',
};

function report(lang: Lang, scenarioIds = ['siloed', 'pooled']): Promise<ReportModel> {
  return buildReport(parsed(careAndEnergyJson()), { scenarioIds, lang, draws: 20, provenance });
}

describe('a de-siloing scenario in the report', () => {
  it('shows gap with silos, pooled and closed, and the pool, in the Doughnut chapter (Dutch and English)', async () => {
    const nl = renderReportHtml(await report('nl'));
    expect(nl).toContain('Ontschotting: tekort gedicht en donut gewonnen');
    expect(nl).toContain('data-desiloing="pooled"');
    expect(nl).not.toContain('data-desiloing="siloed"');
    // EUR 65,000 with silos, 35,000 pooled, 30,000 closed.
    for (const amount of ['65.000', '35.000', '30.000']) expect(nl).toContain(amount);
    expect(nl).toContain('Eén budget (Subsidie): Wmo (Gemeente sociaal domein), Zon (Gemeente energie)');
    const en = renderReportHtml(await report('en'));
    expect(en).toContain('De-siloing: gap closed and Doughnut gained');
    expect(en).toContain('Energielening stays apart');
  });

  it('names the pool in the allocations table and adds the de-siloing tables only when a scenario pools', async () => {
    const model = await report('nl');
    const tables = reportTables(model);
    const allocations = tables.find((t) => t.id === 'allocations')!;
    expect(allocations.rows.some((row) => row.includes('Wmo + Zon'))).toBe(true);
    const gap = tables.find((t) => t.id === 'desiloing-gap')!;
    expect(gap.rows).toEqual([['Pooled', 'Zorg en zon', 65_000, 35_000, 30_000]]);
    expect(tableToCsv(gap, 'nl')).toContain(
      '"Pooled";"Zorg en zon";65000.00;35000.00;30000.00'.replace(/\./g, ','),
    );
    const plain = reportTables(await report('nl', ['siloed']));
    expect(plain.some((t) => t.id.startsWith('desiloing'))).toBe(false);
  });

  it('writes the gap closed and the Doughnut gained as live differences in its XLSX sheet', async () => {
    const model = await report('en');
    const cells = [...expectedFormulaValues(model).entries()].filter(([address]) =>
      address.startsWith('S2 De-siloing!'),
    );
    expect(cells.find(([address]) => address === 'S2 De-siloing!D4')?.[1]).toMatchObject({
      formula: 'B4-C4',
      value: 30_000,
    });
    expect(cells.find(([address]) => address === 'S2 De-siloing!B5')?.[1]).toMatchObject({
      formula: 'SUM(B4:B4)',
      value: 65_000,
    });
    expect([...expectedFormulaValues(model).keys()].some((a) => a.startsWith('S1 De-siloing!'))).toBe(false);
  });
});
