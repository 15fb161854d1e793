import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  planAnalysisSchema,
  portfolioAnalysisSchema,
  type PlanAnalysis,
  type PortfolioAnalysis,
} from '../../src/contract';
import { invoke } from '../../src/api/invoke';
import { createSession, type WorkspaceSession } from '../../src/api/session';
import type { CallContext } from '../../src/api/context';
import { loadDemoWorkspace } from '../../src/data';
import type { Workspace } from '../../src/model/workspace';
import { createWorkspaceStore } from '../../src/storage';
import { makeTempDir } from '../helpers/temp-dir';
import { join } from 'node:path';

let temp: ReturnType<typeof makeTempDir>;
let session: WorkspaceSession;
/** The demo as stored (model form, cents): the reference every figure is checked against. */
let demo: Workspace;

beforeAll(() => {
  temp = makeTempDir();
  demo = loadDemoWorkspace();
  const path = join(temp.dir, 'demo.coopfolio');
  createWorkspaceStore(path, demo).close();
  session = createSession();
  session.open(path);
});

afterAll(() => {
  session.close();
  temp.cleanup();
});

const en: CallContext = { lang: 'en' };

/** Euros from the wire to whole cents, so sums are compared exactly. */
const cents = (euros: number) => Math.round(euros * 100);
const sumCents = (values: readonly number[]) => values.reduce((sum, v) => sum + cents(v), 0);

async function planAnalysis(input: { planId: string; streamIds?: string[] }): Promise<PlanAnalysis> {
  const result = await invoke(session, 'plans.analysis', input, en);
  if (!result.ok) throw new Error(result.error.message);
  return planAnalysisSchema.parse(result.value);
}

async function portfolioAnalysis(scenarioId: string): Promise<PortfolioAnalysis> {
  const result = await invoke(session, 'portfolio.analysis', { scenarioId }, en);
  if (!result.ok) throw new Error(result.error.message);
  return portfolioAnalysisSchema.parse(result.value);
}

function demoPlan(id: string) {
  const plan = demo.plans.find((p) => p.id === id);
  if (plan === undefined) throw new Error(`no demo plan ${id}`);
  return plan;
}

describe('plans.analysis on the demo workspace', () => {
  const planIds = loadDemoWorkspace().plans.map((p) => p.id);

  it.each(planIds)('gives consistent figures for %s', async (planId) => {
    const plan = demoPlan(planId);
    const analysis = await planAnalysis({ planId });
    const totalCost = plan.costs.reduce(
      (sum, c) => sum + Object.values(c.amounts).reduce((a, b) => a + b, 0),
      0,
    );
    expect(cents(analysis.totalCost)).toBe(totalCost);
    // Outside money, own revenue and the gap make up the cost, to the cent.
    expect(cents(analysis.funded) + cents(analysis.ownRevenue) + cents(analysis.gap)).toBe(totalCost);
    expect(analysis.gap).toBeGreaterThanOrEqual(0);
    expect(sumCents(analysis.allocations.map((a) => a.amount))).toBe(cents(analysis.funded));
    expect(sumCents(analysis.ownRevenueUses.map((u) => u.amount))).toBe(cents(analysis.ownRevenue));
    expect(cents(analysis.metrics.funded)).toBe(cents(analysis.funded));
    expect(cents(analysis.metrics.ownRevenue)).toBe(cents(analysis.ownRevenue));
    expect(cents(analysis.metrics.gap)).toBe(cents(analysis.gap));
    const fundedShare =
      totalCost === 0 ? 1 : (cents(analysis.funded) + cents(analysis.ownRevenue)) / totalCost;
    expect(analysis.fundedShare).toBeCloseTo(fundedShare, 9);

    // No cost line is paid beyond its cost in a year, by streams and own revenue together.
    for (const cost of plan.costs) {
      for (const [year, amount] of Object.entries(cost.amounts)) {
        const paid = [...analysis.allocations, ...analysis.ownRevenueUses].filter(
          (a) => a.costId === cost.id && a.year === Number(year),
        );
        expect(sumCents(paid.map((a) => a.amount)), `${cost.id} ${year}`).toBeLessThanOrEqual(amount);
      }
    }

    // Cash-flow costs per year are the plan's costs per year, inflows are the allocations,
    // own revenue is what the blend used (never more than the year's revenue), and the DSCR
    // is the cash flow left for debt service over the debt service.
    for (const row of analysis.cashFlow.years) {
      const planCosts = plan.costs.reduce((sum, c) => sum + (c.amounts[String(row.year)] ?? 0), 0);
      expect(cents(row.costs), `costs in ${row.year}`).toBe(planCosts);
      const allocated = sumCents(
        analysis.allocations.filter((a) => a.year === row.year).map((a) => a.amount),
      );
      expect(cents(row.totalInflows), `inflows in ${row.year}`).toBe(allocated);
      const used = sumCents(analysis.ownRevenueUses.filter((u) => u.year === row.year).map((u) => u.amount));
      expect(cents(row.ownRevenue), `own revenue in ${row.year}`).toBe(used);
      expect(cents(row.ownRevenue)).toBeLessThanOrEqual(cents(row.revenue));
      if (row.debtService > 0)
        expect(row.dscr, `DSCR in ${row.year}`).toBeCloseTo(
          (cents(row.revenue) - cents(row.ownRevenue)) / cents(row.debtService),
          6,
        );
      else expect(row.dscr).toBeNull();
    }
    expect(analysis.cashFlow.firstYear).toBe(plan.startYear);

    // A guarantee backs at most its share of a draw of a loan it backs, for this plan.
    for (const g of analysis.guarantees) {
      const guarantee = demo.fundingStreams.find((s) => s.id === g.streamId)!;
      expect(g.planId).toBe(planId);
      expect(guarantee.guarantee?.backs).toContain(g.loanStreamId);
      const draw = sumCents(
        analysis.allocations
          .filter((a) => a.streamId === g.loanStreamId && a.year === g.year)
          .map((a) => a.amount),
      );
      expect(cents(g.amount)).toBeLessThanOrEqual(Math.round(guarantee.guarantee!.share * draw) + 1);
    }

    // Every allocation carries its stream's silo and kind and its cost line's category.
    for (const a of analysis.allocations) {
      const stream = demo.fundingStreams.find((s) => s.id === a.streamId)!;
      expect(a).toMatchObject({ planId, silo: stream.silo, kind: stream.kind });
      expect(a.category).toBe(plan.costs.find((c) => c.id === a.costId)?.category);
    }
  });

  it('flags exactly the cells the plan locks, each carrying at least its locked amount', async () => {
    const plans = demo.plans.filter((p) => p.locked.some((l) => l.amount > 0));
    expect(plans.length).toBeGreaterThan(5);
    for (const plan of plans) {
      const analysis = await planAnalysis({ planId: plan.id });
      const lockedCells = new Set(
        plan.locked.filter((l) => l.amount > 0).map((l) => `${l.streamId}|${l.costId}|${l.year}`),
      );
      const flagged = analysis.allocations
        .filter((a) => a.locked)
        .map((a) => `${a.streamId}|${a.costId}|${a.year}`);
      expect(new Set(flagged), plan.id).toEqual(lockedCells);
      for (const lock of plan.locked) {
        const cell = analysis.allocations.find(
          (a) => a.streamId === lock.streamId && a.costId === lock.costId && a.year === lock.year,
        );
        expect(cents(cell?.amount ?? 0)).toBeGreaterThanOrEqual(lock.amount);
      }
    }
  });

  it('offers the eligible streams and blends all of them when none are picked', async () => {
    // zon-op-oost: an energy cooperative in growth, costs capex, personnel, opex and training.
    const analysis = await planAnalysis({ planId: 'zon-op-oost' });
    expect(analysis.eligibleStreamIds).toContain('klimaatfonds-wijkaanpak');
    expect(analysis.eligibleStreamIds).not.toContain('wmo-ondersteuning'); // care only
    expect(analysis.eligibleStreamIds).not.toContain('stimuleringsfonds-cooperaties'); // idea and startup only
    const locked = demoPlan('zon-op-oost').locked.map((l) => l.streamId);
    for (const a of analysis.allocations) {
      expect(analysis.eligibleStreamIds.includes(a.streamId) || locked.includes(a.streamId)).toBe(true);
      expect(analysis.streamIds).toContain(a.streamId);
    }
  });

  it('blends only the picked streams plus the ones the plan locks', async () => {
    const picked = ['fonds-groene-stad', 'impactkrediet'];
    const full = await planAnalysis({ planId: 'zon-op-oost' });
    const restricted = await planAnalysis({ planId: 'zon-op-oost', streamIds: picked });
    const allowed = [
      'klimaatfonds-wijkaanpak',
      'fonds-groene-stad',
      'impactkrediet',
      'ledenkapitaal-energie',
    ];
    expect(restricted.streamIds).toEqual(allowed); // the demo's stream order
    expect(restricted.allocations.length).toBeGreaterThan(0);
    for (const a of restricted.allocations) expect(allowed).toContain(a.streamId);
    expect(restricted.eligibleStreamIds).toEqual(full.eligibleStreamIds);
    expect(cents(restricted.funded) + cents(restricted.ownRevenue) + cents(restricted.gap)).toBe(
      cents(restricted.totalCost),
    );
    // Fewer candidates can never close more of the gap.
    expect(cents(restricted.gap)).toBeGreaterThanOrEqual(cents(full.gap));
  });

  it('refuses unknown stream ids at their index, in the caller language', async () => {
    const result = await invoke(
      session,
      'plans.analysis',
      { planId: 'zon-op-oost', streamIds: ['impactkrediet', 'ghost', 'impactkrediet', 'nope'] },
      { lang: 'nl' },
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    if (result.ok) return;
    expect(result.error.issues?.map((i) => i.pathText)).toEqual(['streamIds[1]', 'streamIds[3]']);
    expect(result.error.issues?.[0]?.message).toBe('financieringsbron "ghost" bestaat niet');
  });

  it('refuses an unknown plan on the planId field', async () => {
    const result = await invoke(session, 'plans.analysis', { planId: 'ghost' }, en);
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'invalid-input',
        issues: [{ pathText: 'planId', message: 'plan "ghost" does not exist' }],
      },
    });
  });

  it('explains the binding rules in the caller language', async () => {
    const nl = await invoke(session, 'plans.analysis', { planId: 'warmtenet-oost' }, { lang: 'nl' });
    const english = await planAnalysis({ planId: 'warmtenet-oost' });
    if (!nl.ok) throw new Error(nl.error.message);
    const dutch = planAnalysisSchema.parse(nl.value);
    expect(english.explanations.length).toBeGreaterThan(0);
    expect(dutch.explanations.map((e) => e.rule)).toEqual(english.explanations.map((e) => e.rule));
    expect(dutch.explanations[0]!.message).not.toBe(english.explanations[0]!.message);
  });
});

describe('portfolio.analysis on the demo workspace', () => {
  const scenarioIds = loadDemoWorkspace().scenarios.map((s) => s.id);

  it.each(scenarioIds)('adds up and stays within every budget in scenario %s', async (scenarioId) => {
    const scenario = demo.scenarios.find((s) => s.id === scenarioId)!;
    const analysis = await portfolioAnalysis(scenarioId);
    expect(analysis.plans.map((p) => p.planId)).toEqual(scenario.plans);
    expect(sumCents(analysis.plans.map((p) => p.gap))).toBe(cents(analysis.gap));
    expect(sumCents(analysis.plans.map((p) => p.funded))).toBe(cents(analysis.funded));
    expect(sumCents(analysis.plans.map((p) => p.ownRevenue))).toBe(cents(analysis.ownRevenue));
    expect(sumCents(analysis.plans.map((p) => p.totalCost))).toBe(cents(analysis.totalCost));
    for (const p of analysis.plans)
      expect(cents(p.funded) + cents(p.ownRevenue) + cents(p.gap), p.planId).toBe(cents(p.totalCost));
    expect(cents(analysis.funded) + cents(analysis.ownRevenue) + cents(analysis.gap)).toBe(
      cents(analysis.totalCost),
    );

    // A revolving fund lends its own budget plus returned money, never more than came back:
    // the balance carries what was returned and not yet lent again.
    const fundIds = [...new Set(analysis.funds.map((f) => f.streamId))];
    for (const streamId of fundIds) {
      expect(demo.fundingStreams.find((s) => s.id === streamId)?.revolving).toBe(true);
      let balance = 0;
      for (const row of analysis.funds.filter((f) => f.streamId === streamId)) {
        const used = analysis.streamUse.find((u) => u.streamId === streamId && u.year === row.year);
        expect(cents(row.drawn), `${streamId} ${row.year}`).toBe(cents(used?.used ?? 0));
        expect(cents(row.relent)).toBeLessThanOrEqual(balance + cents(row.returned));
        if (row.budget !== null)
          expect(cents(row.drawn)).toBeLessThanOrEqual(cents(row.budget) + cents(row.relent));
        balance += cents(row.returned) - cents(row.relent);
        expect(Math.abs(cents(row.balance) - balance), `${streamId} ${row.year}`).toBeLessThanOrEqual(1);
      }
    }
    for (const g of analysis.guarantees) expect(scenario.plans).toContain(g.planId);

    // Every euro funded shows up in the stream use, and no stream goes over its budget.
    expect(sumCents(analysis.streamUse.map((u) => u.used))).toBe(cents(analysis.funded));
    for (const use of analysis.streamUse) {
      if (use.budget !== null)
        expect(cents(use.used), `${use.streamId} ${use.year}`).toBeLessThanOrEqual(cents(use.budget));
      else expect(use.used).toBeGreaterThan(0);
    }
  });

  it('lists stream use by stream order, then year, with the budget after the scenario factor', async () => {
    const analysis = await portfolioAnalysis('bezuiniging');
    const order = demo.fundingStreams.map((s) => s.id);
    const keys = analysis.streamUse.map((u) => [order.indexOf(u.streamId), u.year] as const);
    const sorted = [...keys].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    expect(keys).toEqual(sorted);
    expect(new Set(keys.map(([s, y]) => `${s}|${y}`)).size).toBe(keys.length);

    // sociaal-domein-innovatie: EUR 400,000 a year in 2026-2030, factor 0.6.
    const social = analysis.streamUse.filter((u) => u.streamId === 'sociaal-domein-innovatie');
    expect(social.map((u) => u.year)).toEqual([2026, 2027, 2028, 2029, 2030]);
    for (const use of social) {
      expect(use.budget).toBe(240000);
      expect(use.usedShare).toBeCloseTo(use.used / 240000, 12);
    }
    // klimaatfonds-wijkaanpak: a schedule (2026: 600,000), factor 0.7.
    expect(
      analysis.streamUse.find((u) => u.streamId === 'klimaatfonds-wijkaanpak' && u.year === 2026)?.budget,
    ).toBe(420000);
  });

  it("carries the demo's revolving fund and the guarantee backing the heat network's bank loan", async () => {
    const analysis = await portfolioAnalysis('basis');
    const fund = analysis.funds.filter((f) => f.streamId === 'duurzaamheidslening');
    expect(fund[0]?.year).toBe(2026);
    expect(fund.map((f) => f.year)).toEqual(fund.map((_, i) => 2026 + i));
    expect(fund.some((f) => f.balance > 0)).toBe(true);
    expect(analysis.guarantees.map((g) => [g.planId, g.streamId, g.loanStreamId])).toContainEqual([
      'warmtenet-oost',
      'borgstellingsfonds-cooperaties',
      'banklening-warmte',
    ]);
    const plan = await planAnalysis({ planId: 'warmtenet-oost' });
    expect(plan.guarantees.length).toBeGreaterThan(0);
    expect(plan.ownRevenue).toBeGreaterThan(0);
  });

  it('gives the same answer on two runs', async () => {
    expect(await portfolioAnalysis('basis')).toEqual(await portfolioAnalysis('basis'));
  });

  it('refuses an unknown scenario on the scenarioId field', async () => {
    const result = await invoke(session, 'portfolio.analysis', { scenarioId: 'ghost' }, { lang: 'nl' });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', message: 'scenarioId: scenario "ghost" bestaat niet' },
    });
  });
});
