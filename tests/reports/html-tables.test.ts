import { beforeAll, describe, expect, it } from 'vitest';
import { loadDemoWorkspace } from '../../src/data';
import { reportFormat } from '../../src/reports/html';
import { displayText, namesOf } from '../../src/reports/html/names';
import {
  blendTable,
  planExplanations,
  reportedCooperatives,
  streamUseTable,
} from '../../src/reports/html/tables';
import { buildReport, type ReportModel } from '../../src/reports/model';

let model: ReportModel;

beforeAll(async () => {
  const workspace = loadDemoWorkspace();
  model = await buildReport(workspace, {
    scenarioIds: ['basis', 'bezuiniging'],
    lang: 'nl',
    draws: 20,
    provenance: { appVersion: 'test', workspaceFile: 'demo.coopfolio', generatedAt: '2026-03-01T10:00:00Z' },
  });
});

const streamOrder = () => model.workspace.fundingStreams.map((s) => s.id);
const cents = (euros: number) => Math.round(euros * 100);

describe('a plan’s blend table', () => {
  it('adds up to the plan’s funding and own revenue, and those plus the gap to its costs, year by year', () => {
    for (const scenario of model.scenarios) {
      for (const analysis of scenario.plans) {
        const plan = model.workspace.plans.find((p) => p.id === analysis.planId);
        if (plan === undefined) throw new Error(analysis.planId);
        const table = blendTable(analysis, plan, streamOrder());
        expect(cents(table.totals.funded)).toBe(cents(analysis.funded));
        expect(cents(table.totals.ownRevenue)).toBe(cents(analysis.ownRevenue));
        expect(cents(table.totals.costs)).toBe(cents(analysis.totalCost));
        table.years.forEach((_, i) => {
          const column = table.rows.reduce((sum, row) => sum + (row.amounts[i] ?? 0), 0);
          expect(cents(column)).toBe(cents(table.funded[i] ?? 0));
          const covered = (table.funded[i] ?? 0) + (table.ownRevenue[i] ?? 0) + (table.gap[i] ?? 0);
          expect(cents(covered)).toBe(cents(table.costs[i] ?? 0));
        });
        expect(cents(table.totals.gap)).toBe(cents(analysis.gap));
      }
    }
  });

  it('lists streams in the workspace’s order and marks locked amounts', () => {
    const analysis = model.scenarios[0]?.plans.find((p) => p.planId === 'zon-op-oost');
    const plan = model.workspace.plans.find((p) => p.id === 'zon-op-oost');
    if (analysis === undefined || plan === undefined) throw new Error('demo changed');
    const table = blendTable(analysis, plan, streamOrder());
    const order = streamOrder();
    const positions = table.rows.map((row) => order.indexOf(row.streamId));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(table.years).toEqual([2026, 2027, 2028, 2029, 2030]);
    const lockedStreams = new Set(plan.locked.map((l) => l.streamId));
    expect(lockedStreams.size).toBeGreaterThan(0);
    for (const row of table.rows) {
      expect(row.locked.some(Boolean)).toBe(lockedStreams.has(row.streamId));
    }
  });
});

describe('the explanation of a plan’s gap', () => {
  it('keeps the rules about this plan, its cooperative and the budgets it could draw on', () => {
    for (const analysis of model.scenarios[0]?.plans ?? []) {
      const plan = model.workspace.plans.find((p) => p.id === analysis.planId);
      if (plan === undefined) throw new Error(analysis.planId);
      const kept = planExplanations(analysis, plan.cooperativeId);
      if (analysis.gap <= 0) {
        expect(kept).toEqual([]);
        continue;
      }
      for (const e of kept) {
        if (e.planId !== null) expect(e.planId).toBe(plan.id);
        else if (e.cooperativeId !== null) expect(e.cooperativeId).toBe(plan.cooperativeId);
        else expect(analysis.eligibleStreamIds).toContain(e.streamId);
      }
      const aboutPlan = analysis.explanations.filter((e) => e.planId === plan.id);
      expect(kept).toEqual(expect.arrayContaining(aboutPlan));
    }
  });
});

describe('the streams’ use per year', () => {
  it('groups streams by silo, leaves out unused streams and years, and keeps the totals', () => {
    const portfolio = model.scenarios[1]?.portfolio;
    if (portfolio === undefined) throw new Error('no scenario');
    const table = streamUseTable(portfolio, streamOrder());
    const silos = table.rows.map((row) => row.silo);
    const firstSeen = [...new Set(silos)];
    expect(silos).toEqual(firstSeen.flatMap((silo) => silos.filter((s) => s === silo)));
    for (const row of table.rows) {
      const used = portfolio.streamUse
        .filter((u) => u.streamId === row.streamId)
        .reduce((s, u) => s + u.used, 0);
      expect(cents(row.total)).toBe(cents(used));
      expect(row.cells).toHaveLength(table.years.length);
    }
    for (const id of table.unused) {
      expect(portfolio.streamUse.filter((u) => u.streamId === id).every((u) => u.used === 0)).toBe(true);
    }
    for (const year of table.yearsWithoutUse) {
      expect(portfolio.streamUse.filter((u) => u.year === year).every((u) => u.used === 0)).toBe(true);
    }
    expect(table.years.length + table.yearsWithoutUse.length).toBe(
      new Set(portfolio.streamUse.map((u) => u.year)).size,
    );
  });
});

describe('the cooperatives section’s plan list', () => {
  it('has every plan of every reported scenario once, under its cooperative', () => {
    const entries = reportedCooperatives(model);
    const listed = entries.flatMap((e) => e.plans.map((p) => p.plan.id));
    const expected = new Set(model.scenarios.flatMap((s) => s.scenario.plans));
    expect(new Set(listed)).toEqual(expected);
    expect(listed).toHaveLength(expected.size);
    for (const entry of entries) {
      for (const reported of entry.plans) {
        expect(reported.plan.cooperativeId).toBe(entry.cooperative.id);
        expect(reported.scenarios.map((s) => s.scenario.scenario.id)).toEqual(
          model.scenarios
            .filter((s) => s.scenario.plans.includes(reported.plan.id))
            .map((s) => s.scenario.id),
        );
      }
    }
  });
});

describe('names and numbers as printed', () => {
  it('drops bidi overrides and control characters from a user’s text, and nothing else', () => {
    expect(displayText('abc\u202Edef\u2066g\u0007h')).toBe('abcdefgh');
    expect(displayText('Coöperatie "De Ster" <b>\ttab\nline')).toBe('Coöperatie "De Ster" <b>\ttab\nline');
  });

  it('prints an unknown id as itself', () => {
    expect(namesOf(model.workspace).stream('no-such-stream')).toBe('no-such-stream');
  });

  it('writes euros, shares and dates the Dutch or the British way', () => {
    const nl = reportFormat('nl');
    const en = reportFormat('en');
    expect([
      nl.money(1_234_567.5),
      nl.money(-0.2),
      nl.percent(0.8014),
      nl.value(0.95532),
      nl.value(-0.6),
    ]).toEqual(['€\u00a01.234.568', '€\u00a00', '80,1%', '0,9553', '-0,6']);
    expect([en.money(1_234_567.5), en.percent(0.8014), en.date('2026-03-01T10:00:00Z')]).toEqual([
      '€1,234,568',
      '80.1%',
      '1 March 2026',
    ]);
    expect(nl.dateTime('not a date')).toBe('not a date');
  });
});
