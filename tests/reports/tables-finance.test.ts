/**
 * The report's issue-13 tables in the demo's Basis scenario: own revenue beside outside
 * funding (outside + own revenue + gap = cost, per plan and per year), the cash-flow
 * DSCR, the borgstelling that lets the warmtenet borrow, the revolving fund's ledger and
 * de minimis as gross grant equivalent.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDemoWorkspace } from '../../src/data';
import { renderReportHtml } from '../../src/reports/html';
import { showsGap } from '../../src/reports/html/format';
import { buildReport, type ReportModel } from '../../src/reports/model';
import { reportTables, type CellValue, type ReportTable } from '../../src/reports/tables';

let model: ReportModel;
let tables: ReportTable[];

beforeAll(async () => {
  model = await buildReport(loadDemoWorkspace(), {
    scenarioIds: ['basis'],
    lang: 'nl',
    draws: 20,
    provenance: { appVersion: 'test', workspaceFile: 'demo.json', generatedAt: '2026-03-01T10:00:00Z' },
  });
  tables = reportTables(model);
});

function table(id: string): { rows: Record<string, CellValue>[]; labels: string[] } {
  const found = tables.find((t) => t.id === id);
  if (found === undefined) throw new Error(`no table ${id}`);
  return {
    labels: found.columns.map((c) => c.label.nl),
    rows: found.rows.map((row) => Object.fromEntries(found.columns.map((c, i) => [c.key, row[i] ?? null]))),
  };
}

const n = (value: CellValue | undefined): number => (typeof value === 'number' ? value : 0);
const cents = (euros: number): number => Math.round(euros * 100);

describe('own revenue in the tables', () => {
  it('adds outside funding, own revenue and gap up to each plan’s cost', () => {
    const { rows, labels } = table('plans');
    expect(labels).toContain('Eigen inkomsten');
    expect(labels).toContain('Externe financiering');
    for (const row of rows) {
      expect(cents(n(row.funded) + n(row.ownRevenue) + n(row.gap))).toBe(cents(n(row.totalCost)));
    }
  });

  it('closes every cash-flow year: inflows + own revenue + gap = costs, DSCR without own revenue', () => {
    const { rows } = table('cash-flow');
    let withDebt = 0;
    for (const row of rows) {
      const inflows = Object.entries(row)
        .filter(([key]) => key.startsWith('inflow-'))
        .reduce((sum, [, v]) => sum + n(v), 0);
      expect(cents(inflows + n(row.ownRevenue) + n(row.gap))).toBe(cents(n(row.costs)));
      const service = n(row.interest) + n(row.principal);
      if (service > 0) {
        withDebt++;
        expect(row.dscr).toBeCloseTo((n(row.revenue) - n(row.ownRevenue)) / service, 9);
      } else expect(row.dscr).toBeNull();
    }
    expect(withDebt).toBeGreaterThan(0);
    // The own-revenue table lists the same euros per cost line.
    const own = table('own-revenue').rows.reduce((sum, r) => sum + n(r.amount), 0);
    expect(cents(own)).toBe(cents(rows.reduce((sum, r) => sum + n(r.ownRevenue), 0)));
  });
});

describe('lenders’ tables', () => {
  it('shows the borgstelling behind the warmtenet’s bank loan', () => {
    const { rows, labels } = table('guarantees');
    expect(labels).toEqual(['Scenario', 'Plan', 'Borgstelling', 'Lening', 'Jaar', 'Bedrag geborgd']);
    // The bank lends only against a 50% guarantee, and the fund backs at most € 900.000 per
    // plan: the 2030 draw of € 1.800.000 is backed for half, € 900.000.
    expect(rows).toEqual([
      {
        scenario: 'Basis: alle plannen met de huidige budgetten',
        plan: 'Buurtwarmte Oost: collectief warmtenet voor 400 woningen',
        guarantee: 'Borgstellingsfonds Coöperaties Amstelstad (fictief)',
        loan: 'Banklening warmtenet met gemeentelijke borgstelling (fictief)',
        year: 2030,
        amount: 900_000,
      },
    ]);
  });

  it('keeps the revolving fund’s ledger: balance = last balance + returned - lent again', () => {
    const { rows, labels } = table('revolving-funds');
    expect(labels).toEqual([
      'Scenario',
      'Fonds',
      'Jaar',
      'Budget',
      'Opgenomen',
      'Terugbetaald',
      'Opnieuw uitgeleend',
      'Saldo',
    ]);
    expect(rows.length).toBeGreaterThan(0);
    let previous = new Map<string, number>();
    for (const row of rows) {
      const fund = String(row.stream);
      const before = previous.get(fund) ?? 0;
      expect(Math.abs(before + n(row.returned) - n(row.relent) - n(row.balance))).toBeLessThanOrEqual(0.011);
      if (row.budget !== null)
        expect(n(row.drawn)).toBeLessThanOrEqual(n(row.budget) + n(row.relent) + 0.005);
      previous = new Map(previous).set(fund, n(row.balance));
    }
  });

  it('states de minimis aid as gross grant equivalent', () => {
    const { rows, labels } = table('de-minimis');
    expect(labels.filter((l) => l.includes('(brutosubsidie-equivalent)'))).toHaveLength(3);
    for (const row of rows) expect(cents(n(row.priorAid) + n(row.blendAid))).toBe(cents(n(row.used)));
  });
});

describe('the HTML', () => {
  it('tables guarantees and revolving funds, and names the guarantee under the plan', () => {
    const html = renderReportHtml(model);
    expect(html).toContain('class="dense guarantees-table"');
    expect(html).toContain('class="dense funds-table"');
    const plan = html.slice(html.indexOf('data-plan="warmtenet-oost"'));
    expect(plan).toContain('Borgstellingen');
    expect(plan).toContain('€\u00a0900.000');
    // The guarantee pays no cost, so it is not listed as a stream left unused.
    const portfolio = html.slice(
      html.indexOf('data-section="portfolio"'),
      html.indexOf('data-section="cooperatives"'),
    );
    const unused = portfolio.slice(portfolio.indexOf('Niet ingezet:'));
    expect(unused.slice(0, unused.indexOf('</p>'))).not.toContain('Borgstellingsfonds');
  });

  it('shows a gap only from half a euro on (whole euros are printed)', () => {
    expect(showsGap(0.01)).toBe(false);
    expect(showsGap(0.49)).toBe(false);
    expect(showsGap(0.5)).toBe(true);
    expect(showsGap(41_000)).toBe(true);
  });
});
