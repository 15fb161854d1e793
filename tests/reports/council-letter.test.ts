/**
 * The council letter's figures: municipal money in plus money mobilised is all the
 * funding allocated plus own revenue, the leverage is mobilised per municipal euro, the
 * Doughnut rows are the run's effect against the no-portfolio path, and the decisions
 * follow the next-euro ranking. Rendered in Dutch and English from the same model.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDemoWorkspace } from '../../src/data';
import type { ScenarioRun } from '../../src/impact';
import { nextEuro, runScenario } from '../../src/impact';
import { letterMoney } from '../../src/reports/council-letter';
import { renderReportHtml, reportFormat } from '../../src/reports/html';
import { reportWords } from '../../src/reports/words';
import { buildReport, type ReportModel } from '../../src/reports/model';
import { moneyOriginOf } from '../../src/reports/money-origin';

const provenance = {
  appVersion: 'test',
  workspaceFile: 'demo.coopfolio',
  generatedAt: '2026-03-01T10:00:00Z',
};
const cents = (euros: number) => Math.round(euros * 100);

describe('where a stream’s money comes from', () => {
  const city = 'Gemeente Amstelstad (fictief)';
  it('is municipal by a municipal silo or a provider that names the municipality, else other public', () => {
    expect(moneyOriginOf({ public: true, silo: 'gemeente-sociaal-domein' }, city)).toBe('municipal');
    expect(moneyOriginOf({ public: true, silo: 'municipal-social' }, city)).toBe('municipal');
    expect(moneyOriginOf({ public: true, silo: 'stadsdeel-noord' }, city)).toBe('municipal');
    expect(
      moneyOriginOf(
        { public: true, silo: 'wijkfonds', provider: 'Gemeente Amstelstad, stadsdeel Oost' },
        city,
      ),
    ).toBe('municipal');
    expect(moneyOriginOf({ public: true, silo: 'rijk', provider: 'Rijksoverheid' }, city)).toBe(
      'otherPublic',
    );
    expect(moneyOriginOf({ public: true, silo: 'eu' }, '')).toBe('otherPublic');
  });

  it('is members’ money for a non-public member silo, else private; a private "gemeente" silo stays private', () => {
    expect(moneyOriginOf({ public: false, silo: 'leden' }, city)).toBe('members');
    expect(moneyOriginOf({ public: false, silo: 'ledenleningen' }, city)).toBe('members');
    expect(moneyOriginOf({ public: false, silo: 'members-equity' }, city)).toBe('members');
    expect(moneyOriginOf({ public: false, silo: 'fondsen' }, city)).toBe('private');
    expect(moneyOriginOf({ public: false, silo: 'gemeente-achtig' }, city)).toBe('private');
  });
});

describe('the letter’s money without municipal money', () => {
  it('has no leverage and counts every euro as mobilised', () => {
    const workspace = loadDemoWorkspace();
    const run = {
      scenarioId: 'x',
      blend: {
        totalCost: 1_000_000,
        gap: 100_000,
        allocations: [
          { planId: 'p', streamId: 'fonds-buurtkracht', costId: 'c', year: 2026, amount: 600_000 },
        ],
        ownRevenue: [{ planId: 'p', costId: 'c', year: 2026, amount: 300_000 }],
        guarantees: [],
      },
    } as unknown as ScenarioRun;
    const money = letterMoney(workspace, run);
    expect(money.municipal).toBe(0);
    expect(money.leverage).toBeNull();
    expect(money.private).toBe(6_000);
    expect(money.mobilised).toBe(9_000);
    expect(money.covered).toBe(9_000);
  });
});

describe('the letter’s money in a de-siloing scenario', () => {
  it('counts a pool of the municipality’s silos as municipal money, and still adds up', async () => {
    const workspace = loadDemoWorkspace();
    const run = await runScenario(workspace, 'ontschotting', { draws: 20, workers: 0 });
    const pools = new Set((run.desiloing?.pools ?? []).map((p) => p.id));
    const pooledCents = run.blend.allocations
      .filter((a) => pools.has(a.streamId))
      .reduce((sum, a) => sum + a.amount, 0);
    expect(pooledCents).toBeGreaterThan(0);
    const money = letterMoney(workspace, run);
    const own = run.blend.ownRevenue.reduce((sum, u) => sum + u.amount, 0);
    expect(cents(money.municipal + money.mobilised)).toBe(run.blend.funded + own);
    expect(cents(money.municipal)).toBeGreaterThanOrEqual(pooledCents);
    expect(money.silos.municipal).toEqual(expect.arrayContaining(['gemeente-sociaal-domein']));
  });
});

describe('the council letter of the demo', () => {
  let model: ReportModel;

  beforeAll(async () => {
    const workspace = loadDemoWorkspace();
    model = await buildReport(workspace, {
      scenarioIds: workspace.scenarios.map((s) => s.id),
      lang: 'nl',
      draws: 200,
      sections: ['summary', 'portfolio'],
      provenance,
    });
  }, 180_000);

  it('adds up: municipal in + mobilised = all funding allocated + own revenue, + gap = total cost', () => {
    const letter = model.councilLetter!;
    expect(letter.scenarios.map((m) => m.scenarioId)).toEqual(model.scenarios.map((s) => s.scenario.id));
    for (const [i, money] of letter.scenarios.entries()) {
      const k = model.scenarios[i]!.keyFigures;
      const mobilised = money.otherPublic + money.private + money.members + money.ownRevenue;
      expect(cents(money.mobilised)).toBe(cents(mobilised));
      expect(cents(money.municipal + money.mobilised)).toBe(cents(k.funded + k.ownRevenue));
      expect(cents(money.covered)).toBe(cents(k.funded + k.ownRevenue));
      expect(Math.abs(cents(money.covered + money.gap) - cents(k.totalCost))).toBeLessThanOrEqual(1);
      expect(money.municipal).toBeGreaterThan(0);
      expect(money.leverage).toBeCloseTo(money.mobilised / money.municipal, 12);
    }
    // The demo's municipal money is that of its "gemeente-…" silos, public and from the city itself.
    const run = model.scenarios[0]!.engineRun;
    const municipalStreams = new Set(
      model.workspace.fundingStreams.filter((s) => s.silo.startsWith('gemeente-')).map((s) => s.id),
    );
    const municipalCents = run.blend.allocations
      .filter((a) => municipalStreams.has(a.streamId))
      .reduce((sum, a) => sum + a.amount, 0);
    expect(cents(letter.money.municipal)).toBe(municipalCents);
  });

  it('gives each Doughnut row the effect against the no-portfolio path, P10 <= P50 <= P90, in absolute units', () => {
    const letter = model.councilLetter!;
    const run = model.scenarios[0]!.engineRun;
    expect(letter.impact.rows.length).toBeGreaterThan(0);
    expect(letter.impact.rows.length).toBeLessThanOrEqual(letter.impact.touchedIndicators);
    for (const row of letter.impact.rows) {
      const projected = run.indicators.find((i) => i.indicator.id === row.indicatorId)!;
      const year = projected.years.find((y) => y.year === row.year)!;
      const divisor = projected.indicator.denominator?.value ?? 1;
      // The contribution's effect is the projection's value minus its no-action path.
      expect(row.effect).toBeCloseTo((year.value - year.noAction) * divisor, 6);
      expect(row.p10).toBeLessThanOrEqual(row.p50 + 1e-9);
      expect(row.p50).toBeLessThanOrEqual(row.p90 + 1e-9);
      // The largest effect of the projection years.
      for (const y of projected.years)
        expect(Math.abs(y.value - y.noAction) * divisor).toBeLessThanOrEqual(
          Math.abs(row.effect) * (1 + 1e-9),
        );
    }
  });

  it('lists the gaps largest first with their reasons, adding up to the portfolio’s gap', () => {
    const letter = model.councilLetter!;
    const portfolio = model.scenarios[0]!.portfolio;
    expect(cents(letter.unfunded.gap)).toBe(cents(portfolio.plans.reduce((s, p) => s + p.gap, 0)));
    const gaps = letter.unfunded.rows.map((r) => r.gap);
    expect(gaps).toEqual([...gaps].sort((a, b) => b - a));
    for (const row of letter.unfunded.rows) {
      expect(row.reasons.length).toBeGreaterThan(0);
      expect(new Set(row.reasons.map((r) => r.rule)).size).toBe(row.reasons.length);
      expect(row.expectedFundedShare).not.toBeNull();
    }
  });

  it('derives its first decision from the next-euro ranking: the best helpful streams, in ranking order', async () => {
    const letter = model.councilLetter!;
    const first = model.scenarios[0]!;
    const ranking = await nextEuro(model.workspace, first.scenario.id, { baseline: first.engineRun.blend });
    const helpful = ranking.candidates
      .filter((c) => c.lever !== 'none' && (c.distanceChange < 0 || c.fundedChange > 0.5))
      .slice(0, 3);
    expect(helpful.length).toBeGreaterThan(0);
    expect(letter.nextEuro?.best.map((b) => [b.streamId, b.addedEuros, b.fundedChange])).toEqual(
      helpful.map((c) => [c.streamId, c.addedEuros, c.fundedChange]),
    );
    const html = renderReportHtml(model);
    const decisions = html.slice(html.indexOf('data-decision="next-euro"'));
    const order = [...decisions.matchAll(/data-stream="([^"]+)"/g)].map((m) => m[1]).slice(0, helpful.length);
    expect(order).toEqual(helpful.map((c) => c.streamId));
    const fmt = reportFormat('nl');
    expect(decisions).toContain(fmt.money(helpful[0]!.addedEuros));
  });

  it('prints the figures in Dutch and, from the same model, in English', () => {
    const letter = model.councilLetter!;
    for (const lang of ['nl', 'en'] as const) {
      const html = renderReportHtml({ ...model, lang });
      const fmt = reportFormat(lang);
      const c = reportWords(lang, 'council');
      const start = html.indexOf('data-section="summary"');
      const part = html.slice(start, html.indexOf('data-section="cover"'));
      expect(start).toBeGreaterThan(0);
      for (const text of [
        c('kind'),
        c('moneyTitle'),
        c('impactTitle'),
        c('unfundedTitle'),
        c('decisionsTitle'),
        fmt.money(letter.money.municipal),
        fmt.money(letter.money.mobilised),
        fmt.number(letter.money.leverage ?? 0, 2),
        fmt.money(letter.unfunded.gap),
      ])
        expect(part).toContain(text);
    }
  });
});
