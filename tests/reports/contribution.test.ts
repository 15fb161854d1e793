/**
 * Issue 15, points 2 and 3 in the council report (HTML, and so the PDF printed from it):
 * per scenario the four lens Doughnuts with their questions, the contribution Doughnut,
 * the change per indicator and the group sums that add up to the portfolio total.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDemoWorkspace } from '../../src/data';
import { contributionRows, distancesOf } from '../../src/impact/doughnut-contribution-table';
import { contributionWedges } from '../../src/impact/doughnut-wedges';
import { lensQuestion } from '../../src/impact/framework';
import { LENSES } from '../../src/model/doughnut';
import type { Lang } from '../../src/model/messages';
import { renderReportHtml } from '../../src/reports/html';
import { buildReport, type ReportModel } from '../../src/reports/model';

const provenance = {
  appVersion: '9.8.7-test',
  workspaceFile: 'demo.coopfolio',
  generatedAt: '2026-03-01T10:00:00Z',
};

async function report(lang: Lang): Promise<{ model: ReportModel; html: string }> {
  const workspace = loadDemoWorkspace();
  const model = await buildReport(workspace, { scenarioIds: ['basis'], lang, draws: 200, provenance });
  return { model, html: renderReportHtml(model) };
}

/** The markup from `marker` to the next element carrying the same attribute. */
function block(html: string, attribute: string, value: string): string {
  const start = html.indexOf(`${attribute}="${value}"`);
  if (start < 0) expect.fail(`no ${attribute}=${value}`);
  const next = html.indexOf(`${attribute}="`, start + 1);
  return html.slice(start, next < 0 ? undefined : next);
}

function numbers(html: string): number[] {
  return [...html.matchAll(/data-value="([^"]*)"/g)].map((m) => (m[1] === '' ? 0 : Number(m[1])));
}

describe('the contribution and the lenses in the report', () => {
  let nl: { model: ReportModel; html: string };
  let en: { model: ReportModel; html: string };
  beforeAll(async () => {
    [nl, en] = await Promise.all([report('nl'), report('en')]);
  }, 120_000);

  it('draws one Doughnut per lens, each with its question', () => {
    const lenses = block(nl.html, 'data-lenses', 'basis');
    expect(lenses).toContain('De vier lenzen van het stadsportret');
    const city = nl.model.municipality;
    for (const lens of LENSES) {
      expect(lenses).toContain(`data-lens="${lens}"`);
      const question = lensQuestion(lens, 'nl', city).replace(/'/g, '&#x27;');
      expect(lenses).toContain(question);
    }
    expect(lenses).toContain('telt mee onder de lokale lens van zijn soort');
  });

  it('draws the contribution Doughnut from the shared wedge values, untouched as untouched', () => {
    const run = nl.model.scenarios[0]!.run;
    const year = run.years[run.years.length - 1]!;
    const wedges = contributionWedges(run.contribution.portfolio.dimensions, year);
    const html = block(nl.html, 'data-contribution', 'basis');
    expect(html).toContain('Bijdrage van het portfolio');
    for (const wedge of wedges) {
      expect(html).toContain(
        `data-dimension="${wedge.dimension}" data-state="${wedge.state}" data-share="${wedge.share ?? ''}"`,
      );
    }
    expect(wedges.some((w) => w.state === 'share' && (w.share ?? 0) > 0)).toBe(true);
    expect(wedges.some((w) => w.state === 'untouched')).toBe(true);
    expect(html).toContain('niet geraakt');
    expect(html).toContain('Verandering per indicator in');
    expect(html).toContain('P10–P90 absoluut');
  });

  it("gives the share's P10–P90 from the same distance the engine divides by", () => {
    const run = nl.model.scenarios[0]!.run;
    const year = run.years[run.years.length - 1]!;
    const rows = contributionRows(run.contribution.portfolio, year, 'all', distancesOf(run.indicators));
    const withShare = rows.filter((r) => r.shareOfDistance !== null && r.effect !== 0);
    expect(withShare.length).toBeGreaterThan(0);
    for (const row of withShare) {
      const distance = distancesOf(run.indicators)(row.indicatorId, year)!;
      expect(row.effect / distance).toBeCloseTo(row.shareOfDistance!, 12);
      expect(row.shareP10).toBeCloseTo(row.p10 / distance, 12);
      expect(row.shareP90).toBeCloseTo(row.p90 / distance, 12);
    }
    expect(block(nl.html, 'data-contribution', 'basis')).toContain('P10–P90 van het deel');
  });

  it('sums each group kind to the portfolio total, per indicator', () => {
    const html = block(nl.html, 'data-contribution', 'basis');
    for (const kind of ['district', 'sector', 'partnership']) {
      const table = block(html, 'data-group-kind', kind).split('</table>')[0]!;
      const rows = table.split('<tr').slice(2);
      expect(rows.length).toBeGreaterThan(0);
      for (const row of rows) {
        const values = numbers(row);
        const total = values.pop()!;
        const sum = values.reduce((s, v) => s + v, 0);
        expect(Math.abs(sum - total)).toBeLessThanOrEqual(1e-6 * Math.max(1, Math.abs(total)));
      }
      expect(table).toContain('Totaal portfolio');
    }
    expect(block(html, 'data-group-kind', 'partnership')).toContain(
      'Samenwerkingsvorm'.slice(0, 0) + 'Per samenwerkingsvorm',
    );
  });

  it('reads in English', () => {
    const html = block(en.html, 'data-contribution', 'basis');
    expect(html).toContain('Contribution of the portfolio');
    expect(html).toContain('Portfolio total');
    expect(block(en.html, 'data-lenses', 'basis')).toContain('What would it mean for');
  });
});
