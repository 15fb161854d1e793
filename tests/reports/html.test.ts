import { beforeAll, describe, expect, it } from 'vitest';
import { doughnutFramework, loadDemoWorkspace } from '../../src/data';
import { renderReportHtml, reportFormat } from '../../src/reports/html';
import { reportWords } from '../../src/reports/words';
import { buildReport, type ReportModel } from '../../src/reports/model';
import type { Lang } from '../../src/model/messages';

const provenance = {
  appVersion: '9.8.7-test',
  workspaceFile: 'demo.coopfolio',
  generatedAt: '2026-03-01T10:00:00Z',
};

async function demoReport(lang: Lang, scenarioIds?: string[]): Promise<ReportModel> {
  const workspace = loadDemoWorkspace();
  return buildReport(workspace, {
    scenarioIds: scenarioIds ?? workspace.scenarios.map((s) => s.id),
    lang,
    draws: 200,
    provenance,
  });
}

/** The markup of one part of the report: from its `data-section` mark to the next one. */
function part(html: string, id: string): string {
  const start = html.indexOf(`data-section="${id}"`);
  if (start < 0) throw new Error(`no section ${id}`);
  const next = html.indexOf('data-section="', start + 1);
  return html.slice(start, next < 0 ? undefined : next);
}

/** The text as React writes it into HTML. */
function escaped(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#x27;');
}

/** Like toContain, but a failure names the missing text instead of printing a megabyte of HTML. */
function expectIn(text: string, needle: string): void {
  if (!text.includes(needle)) expect.fail(`expected the HTML to contain ${JSON.stringify(needle)}`);
}

function expectNotIn(text: string, needle: string): void {
  if (text.includes(needle)) expect.fail(`expected the HTML not to contain ${JSON.stringify(needle)}`);
}

function count(text: string, pattern: RegExp): number {
  return (text.match(new RegExp(pattern.source, 'g')) ?? []).length;
}

describe('the council report in HTML (Dutch, every demo scenario)', () => {
  let model: ReportModel;
  let html: string;

  beforeAll(async () => {
    model = await demoReport('nl');
    html = renderReportHtml(model);
  });

  it('is one self-contained document: no scripts, no links to load, no web fonts', () => {
    expect(html.startsWith('<!DOCTYPE html><html lang="nl">')).toBe(true);
    expect(html).not.toMatch(/<script|<link|<iframe|<object|<embed|<img/i);
    expect(html).not.toMatch(/@import|@font-face|url\(/i);
    expect(html).not.toMatch(/\s(src|href)="(https?:)?\/\//i);
    // The content security policy forbids loading anything (React writes ' as &#x27;).
    expectIn(html, `content="${escaped("default-src 'none'; style-src 'unsafe-inline'")}"`);
    expect(html).not.toMatch(/\son[a-z]+="/i);
  });

  it('opens with the council letter, then the cover, the other sections in the model’s order, the provenance last', () => {
    const order = [...html.matchAll(/data-section="([a-z]+)"/g)].map((m) => m[1]);
    expect(order).toEqual([
      'summary',
      'cover',
      ...model.sections.filter((id) => id !== 'summary'),
      'provenance',
    ]);
    const t = reportWords('nl', 'general');
    for (const id of model.sections) expectIn(part(html, id), `<h2>${t(`sections.${id}`)}</h2>`);
    const cover = part(html, 'cover');
    expectIn(cover, 'Gemeente Amstelstad (fictief)');
    expectIn(cover, '1 maart 2026');
    for (const s of model.scenarios) expectIn(cover, escaped(s.scenario.name));
    const footer = part(html, 'provenance');
    expectIn(footer, '9.8.7-test');
    expectIn(footer, 'demo.coopfolio');
    expectIn(footer, '1 maart 2026 om 10:00 UTC');
  });

  it('shows every scenario’s money in the council letter, formatted as the model has it', () => {
    const fmt = reportFormat('nl');
    const summary = part(html, 'summary');
    const letter = model.councilLetter!;
    expect(letter.scenarios).toHaveLength(model.scenarios.length);
    for (const m of letter.scenarios) {
      for (const figure of [
        fmt.money(m.municipal),
        fmt.money(m.mobilised),
        fmt.money(m.gap),
        fmt.number(m.leverage ?? Number.NaN, 2),
      ])
        expectIn(summary, figure);
    }
    // Dutch formats: a full stop between thousands, a comma before decimals.
    expectIn(summary, '€\u00a031.423.300');
    // Basis: (about € 19,9 mln outside + € 5,36 mln own revenue) / € 31.423.300 = 80%.
    expectIn(summary, '80%');
    expectIn(summary, 'Eigen inkomsten');
  });

  it('tables every plan with its gap and every stream’s use per year in the portfolio section', () => {
    const fmt = reportFormat('nl');
    const portfolio = part(html, 'portfolio');
    for (const s of model.scenarios) {
      for (const plan of s.portfolio.plans) {
        expectIn(portfolio, escaped(plan.name));
        expectIn(portfolio, fmt.money(plan.gap));
      }
    }
    expect(count(portfolio, /class="dense stream-use-table"/)).toBe(model.scenarios.length);
  });

  it('gives each reported plan a cash-flow chart drawn as SVG paths, with its low point marked', () => {
    const plans = new Set(model.scenarios.flatMap((s) => s.scenario.plans));
    const cooperatives = part(html, 'cooperatives');
    expect(count(cooperatives, /class="chart cash-flow"/)).toBe(plans.size);
    expect(count(cooperatives, /class="recharts-dot low-point"/)).toBe(plans.size);
    expect(count(cooperatives, /<text[^>]*class="recharts-text low-point-label"/)).toBe(plans.size);
    // Bars and the line are real paths with coordinates, not empty placeholders.
    expect(cooperatives).toMatch(/class="recharts-rectangle" d="M [\d.]+,[\d.]+ h [\d.]+/);
    expect(cooperatives).toMatch(/class="recharts-curve" d="M[\d.]+,[\d.]+L/);
    // Vrije Verdieping has no revenue and no loan: its cash falls by its 2029 gap (€ 75.000
    // cost, € 34.000 funding) and stays there, so the low point is that year's gap.
    expectIn(cooperatives, 'Laagste punt €\u00a0-41.000 (2029)');
  });

  it('explains a plan’s gap with the optimiser’s own messages about that plan', () => {
    const basis = model.scenarios[0];
    const makerij = basis?.plans.find((p) => p.planId === 'makerij-leerwerkplaats');
    expect(makerij?.gap).toBeGreaterThan(0);
    const about = makerij?.explanations.filter((e) => e.planId === 'makerij-leerwerkplaats') ?? [];
    expect(about.length).toBeGreaterThan(0);
    const section = part(html, 'cooperatives');
    const plan = section.slice(section.indexOf('data-plan="makerij-leerwerkplaats"'));
    for (const e of about) expectIn(plan, escaped(e.message));
    // An explanation about another plan does not appear under this one.
    const other = makerij?.explanations.find((e) => e.planId === 'warmtenet-oost');
    expect(other).toBeDefined();
    expectNotIn(plan, escaped(other?.message ?? ''));
  });

  it('draws a Doughnut and a band chart per indicator for every scenario', () => {
    const doughnut = part(html, 'doughnut');
    expect(count(doughnut, /<svg class="recharts-surface doughnut"/)).toBe(model.scenarios.length);
    expect(count(doughnut, /class="recharts-sector" d="M [\d.]+,[\d.]+/)).toBeGreaterThan(
      21 * model.scenarios.length,
    );
    const indicators = model.scenarios.reduce((n, s) => n + s.run.indicators.length, 0);
    expect(count(doughnut, /class="recharts-curve band-area" d="M/)).toBe(indicators);
    expectIn(doughnut, 'Klimaatverandering');
    expectIn(doughnut, 'overschrijding');
  });

  it('compares the scenarios side by side', () => {
    const comparison = part(html, 'comparison');
    const fmt = reportFormat('nl');
    for (const s of model.scenarios) {
      expectIn(comparison, escaped(s.scenario.name));
      expectIn(comparison, fmt.money(s.keyFigures.funded));
    }
    expectIn(comparison, 'Status van de indicatoren in 2035');
  });

  it('states the formulas, the workspace’s defaults, the data sources and the evidence grades', () => {
    const method = part(html, 'methodology');
    expectIn(method, '(1 − deadweight) × (1 − attribution)');
    expectIn(method, 'schuldendienst(t) ≤ (omzet(t) − eigen inkomsten(t)) / minDSCR');
    expectIn(method, 'brutosubsidie-equivalent');
    expectNotIn(html, 'schulddienst');
    // Labels only: the demo's own source texts may say "Basiswaarde".
    expectIn(method, '>Startwaarde<');
    expectNotIn(html, '>Basiswaarde<');
    expectNotIn(html, 'verplaatsing');
    expectIn(method, '2,25%');
    expectIn(method, '€\u00a0300.000 per coöperatie over 3 jaar');
    expectIn(method, 'Hyndman &amp; Fan 1996');
    for (const indicator of model.workspace.indicators) {
      expectIn(method, escaped(indicator.source.slice(0, 40)));
    }
    for (const source of doughnutFramework.sources) {
      expectIn(method, escaped(source.citation.slice(0, 30)));
    }
    expectIn(method, 'Redelijk (zelfrapportage)');
    expectIn(method, 'Zwak (aanname)');
  });
});

describe('the council report in English', () => {
  it('uses the English words and British number formats', async () => {
    const model = await demoReport('en', ['basis', 'klimaatversnelling']);
    const html = renderReportHtml(model);
    const t = reportWords('en', 'general');
    expect(html.startsWith('<!DOCTYPE html><html lang="en">')).toBe(true);
    for (const id of model.sections) expectIn(html, `<h2>${t(`sections.${id}`)}</h2>`);
    // Basis: about € 19.9 million outside funding and € 5.4 million own revenue of
    // € 31,423,300: the three parts of the cost add up, and cover 80.3% of it.
    const k = model.scenarios[0]?.keyFigures;
    if (k === undefined) throw new Error('no basis scenario');
    expect(Math.round((k.funded + k.ownRevenue + k.gap) * 100)).toBe(3_142_330_000);
    const fmt = reportFormat('en');
    expectIn(html, '€31,423,300');
    expectIn(html, fmt.money(k.funded));
    expectIn(html, fmt.money(k.ownRevenue));
    expect(fmt.money(k.ownRevenue)).toMatch(/^€5,3\d\d,\d{3}$/);
    expectIn(html, '80.3%');
    expectIn(html, 'Own revenue');
    expectIn(html, 'Prepared on 1 March 2026');
    expectNotIn(html, 'Samenvatting');
    expectNotIn(html, 'Kasstroom');
  });

  it('leaves out the comparison when the report has one scenario', async () => {
    const model = await demoReport('en', ['sociaal-eerst']);
    const html = renderReportHtml(model);
    expectNotIn(html, 'data-section="comparison"');
    expectIn(html, 'data-section="methodology"');
  });
});
