/**
 * Issue 15, point 1 in the report: each cooperative's chapter shows its funding per silo
 * over the years (chart and table), de minimis room left (general, and SGEI for an
 * entrusted cooperative), awards with their status, cash position, and its own Doughnut
 * with the contribution table naming untouched dimensions as such. The figures are the
 * cooperatives.analysis and the scenario run's contribution, checked against each other.
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { demoWorkspaceJson } from '../../src/data';
import type { Lang } from '../../src/model/messages';
import { parseWorkspace } from '../../src/model/parse';
import { DIMENSIONS } from '../../src/model/doughnut';
import { renderReportHtml } from '../../src/reports/html';
import { buildReport, type ReportModel } from '../../src/reports/model';
import { reportTables } from '../../src/reports/tables';
import { findChromium, renderPdfWithChromium } from '../../src/reports/pdf';
import { makeTempDir } from '../helpers/temp-dir';

const provenance = {
  appVersion: '0-test',
  workspaceFile: 'demo.coopfolio',
  generatedAt: '2026-03-01T10:00:00Z',
};
const COOPERATIVE = 'meerhoek';
const PLAN = 'zorg-en-energie-meerhoek';

/** The demo with a granted award on the SGEI cooperative's plan, and one scenario. */
function workspace() {
  const json = demoWorkspaceJson() as { plans: { id: string; awards: unknown[] }[] };
  json.plans.find((p) => p.id === PLAN)!.awards = [
    {
      streamId: 'wmo-buurtondersteuning-daeb',
      status: 'granted',
      requested: 60000,
      granted: 45000,
      appliedOn: '2025-10-01',
      decidedOn: '2025-12-15',
      reportDue: '2027-04-01',
    },
  ];
  const parsed = parseWorkspace(json, 'en');
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return parsed.value;
}

const models = new Map<Lang, ReportModel>();
const htmls = new Map<Lang, string>();

beforeAll(async () => {
  for (const lang of ['nl', 'en'] as const) {
    const model = await buildReport(workspace(), { scenarioIds: ['basis'], lang, draws: 60, provenance });
    models.set(lang, model);
    htmls.set(lang, renderReportHtml(model));
  }
}, 240_000);

/** The HTML of one cooperative's chapter, from its article to the next one. */
function chapter(html: string, id: string): string {
  const start = html.indexOf(`data-cooperative="${id}"`);
  expect(start).toBeGreaterThan(0);
  const next = html.indexOf('<article', start);
  return html.slice(start, next < 0 ? undefined : next);
}

const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');

describe('a cooperative’s chapter in the report', () => {
  it('has the analysis of every cooperative with a plan in the scenario', () => {
    const model = models.get('nl')!;
    const report = model.scenarios[0]!;
    const owners = new Set(
      model.workspace.plans.filter((p) => report.scenario.plans.includes(p.id)).map((p) => p.cooperativeId),
    );
    expect(report.cooperatives.map((c) => c.cooperativeId).sort()).toEqual([...owners].sort());
    const mine = report.cooperatives.find((c) => c.cooperativeId === COOPERATIVE)!;
    // The silos add up to the plan's outside funding, the years to the plan's cost.
    const silos = mine.siloFunding.reduce((sum, s) => sum + s.amount, 0);
    const plan = report.portfolio.plans.find((p) => p.planId === PLAN)!;
    expect(silos).toBeCloseTo(plan.funded, 2);
    expect(mine.years.reduce((sum, y) => sum + y.costs, 0)).toBeCloseTo(plan.totalCost, 2);
    // The general room is the portfolio's own de minimis figure (guarantees counted), for every cooperative.
    for (const entry of report.cooperatives) {
      const general = report.portfolio.metrics.deMinimis.find((d) => d.cooperativeId === entry.cooperativeId);
      expect(entry.deMinimis).toEqual(general);
    }
    expect(report.portfolio.guarantees.length).toBeGreaterThan(0);
    // SGEI room is there for this cooperative.
    expect(mine.sgeiDeMinimis).not.toBeNull();
    expect(mine.sgeiDeMinimis!.ceiling).toBe(model.workspace.settings.deMinimis.sgeiCeiling / 100);
    // Non-entrusted cooperatives have no SGEI room.
    const other = report.cooperatives.find((c) => c.cooperativeId === 'zonnewende-oost')!;
    expect(other.sgeiDeMinimis).toBeNull();
  });

  it('in Dutch: silo funding, de minimis room, awards, cash position and its own Doughnut', () => {
    const html = chapter(htmls.get('nl')!, COOPERATIVE);
    const words = text(html);
    expect(words).toContain('Financiering per jaar, per silo');
    expect(html).toContain('class="chart silo-funding"');
    expect(words).toContain('Gemeente sociaal domein');
    expect(words).toContain('Resterende de-minimisruimte');
    expect(words).toContain('Algemene de-minimissteun');
    expect(words).toContain('DAEB-de-minimissteun');
    expect(words).toContain('Toegekend');
    expect(words).toContain('Kaspositie per jaar');
    expect(words).toMatch(/Laagste kaspositie: € ?-?[\d.]+ in 20\d\d\./u);
    expect(words).toContain('Eigen Donut: bijdrage van deze coöperatie');
    // The Doughnut: 21 wedges, untouched ones named as such.
    const wedges = html.match(/class="wedge"[^>]*data-state="(\w[\w-]*)"/g) ?? [];
    expect(wedges).toHaveLength(21);
    expect(wedges.some((w) => w.includes('"share"'))).toBe(true);
    expect(wedges.some((w) => w.includes('"untouched"'))).toBe(true);
    // The table: every dimension, P10/P50/P90 columns, untouched rows in words, touched with figures.
    const rows = html.match(/<tr[^>]*data-dimension="[^"]+"[^>]*data-touched="(true|false)"/g) ?? [];
    const dimensions = new Set(rows.map((r) => /data-dimension="([^"]+)"/.exec(r)![1]));
    expect(dimensions.size).toBe(DIMENSIONS.length);
    expect(words).toContain('P10 P50 P90');
    expect(words).toContain('niet geraakt door deze coöperatie');
    const touched = html.match(/data-touched="true" data-indicator="([^"]+)"/g) ?? [];
    expect(touched.length).toBeGreaterThan(0);
  });

  it('the contribution table’s figures are the run’s for the cooperative', () => {
    const model = models.get('nl')!;
    const report = model.scenarios[0]!;
    const group = report.run.contribution.byCooperative.find((g) => g.key === COOPERATIVE)!;
    const html = chapter(htmls.get('nl')!, COOPERATIVE);
    const year = Number(/cooperative-contribution" data-year="(\d+)"/.exec(html)![1]);
    expect(report.run.years).toContain(year);
    const touchedInRun = group.dimensions.filter((d) => d.touched).map((d) => d.dimension);
    for (const dimension of DIMENSIONS) {
      const marked = new RegExp(`data-dimension="${dimension}" data-touched="true"`).test(html);
      expect(marked).toBe(touchedInRun.includes(dimension));
    }
  });

  it('gives the CSV files and XLSX sheets the same figures', () => {
    const model = models.get('nl')!;
    const report = model.scenarios[0]!;
    const mine = report.cooperatives.find((c) => c.cooperativeId === COOPERATIVE)!;
    const tables = reportTables(model);
    const name = model.workspace.cooperatives.find((c) => c.id === COOPERATIVE)!.name;
    const silo = tables.find((t) => t.id === 'cooperative-silo-funding')!;
    const siloRows = silo.rows.filter((r) => r[1] === name);
    expect(siloRows.reduce((sum, r) => sum + (r[4] as number), 0)).toBeCloseTo(
      mine.siloFunding.reduce((sum, s) => sum + s.amount, 0),
      2,
    );
    expect(siloRows.map((r) => r[3])).toContain('Gemeente sociaal domein');
    const cash = tables.find((t) => t.id === 'cooperative-cash')!;
    const cashRows = cash.rows.filter((r) => r[1] === name);
    expect(cashRows.map((r) => r[2])).toEqual(mine.years.map((y) => y.year));
    // The cash position is the running sum of the net, row by row.
    let running = 0;
    for (const row of cashRows) {
      running += row[9] as number;
      expect(row[10] as number).toBeCloseTo(running, 2);
    }
    const sgei = tables.find((t) => t.id === 'sgei-de-minimis')!;
    expect(sgei.title.nl).toBe('DAEB-de-minimissteun');
    expect(sgei.rows.map((r) => r[1])).toEqual([name]);
    expect(sgei.rows[0]![8]).toBe(mine.sgeiDeMinimis!.headroom);
  });

  it('in English', () => {
    const words = text(chapter(htmls.get('en')!, COOPERATIVE));
    expect(words).toContain('Funding per year, by silo');
    expect(words).toContain('De minimis room left');
    expect(words).toContain('SGEI de minimis aid');
    expect(words).toContain('Granted');
    expect(words).toContain('Cash position per year');
    expect(words).toContain('Own Doughnut: this cooperative’s contribution');
    expect(words).toContain('not touched by this cooperative');
  });

  const chromium = findChromium(process.env);
  const hasPdftotext = spawnSync('pdftotext', ['-v']).error === undefined;
  it.skipIf(chromium === null || !hasPdftotext)(
    'in the PDF: the chapter’s page carries the same headings',
    async () => {
      const temp = makeTempDir('coopfolio-coop-page-');
      try {
        const pdf = await renderPdfWithChromium(htmls.get('nl')!, { executablePath: chromium ?? '' });
        const file = join(temp.dir, 'report.pdf');
        writeFileSync(file, pdf);
        const run = spawnSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
        const all = run.stdout.replace(/\s+/g, ' ');
        const at = all.indexOf('Buurtcoöperatie Meerhoek Zorg & Energie');
        expect(at).toBeGreaterThan(0);
        const after = all.slice(at);
        for (const heading of [
          'Financiering per jaar, per silo',
          'Resterende de-minimisruimte',
          'Kaspositie per jaar',
          'Eigen Donut: bijdrage van deze coöperatie',
          'niet geraakt door deze coöperatie',
        ])
          expect(after).toContain(heading);
        if (process.env['COOPFOLIO_SCREENSHOTS'] !== undefined) {
          writeFileSync(join(process.env['COOPFOLIO_SCREENSHOTS'], 'report.pdf'), pdf);
        }
      } finally {
        temp.cleanup();
      }
    },
    240_000,
  );
});
