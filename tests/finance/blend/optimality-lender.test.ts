import fc from 'fast-check';
import { ciSeed } from '../../helpers/property-seed';
import { describe, expect, it } from 'vitest';
import { solveDirectWithHighs } from '../../../bench/peer/direct-formulation';
import { blend } from '../../../src/finance/blend';
import { checkBlend } from '../../support/blend/check';
import { encodeWorkspace, parseWorkspace } from '../../../src/model/parse';
import { lenderCaseArb } from './peer-arbitraries';
import { runs } from './property-runs';

/**
 * CI runs one fixed sample (deterministic); elsewhere each run draws a new one, to keep
 * exploring. Cases found so far, where locked amounts break several of these rules at
 * once, are in regressions.test.ts.
 */
const seed = ciSeed(20261207);

/** Cents the integer blend may trail the real-valued optimum by (docs/blend.md). */
const roundingTolerance = (rows: number) => 10 + 2 * rows;

// Issue 13's rules (own revenue, cash-flow DSCR, GGE de minimis and SGEI, revolving funds,
// guarantees) on random workspaces: the optimiser against the direct formulation.
describe('the blend under the lender and EU rules', () => {
  it('holds every rule to the cent and reaches the direct formulation’s smallest gap', async () => {
    await fc.assert(
      fc.asyncProperty(lenderCaseArb, async ({ workspace, request }) => {
        const ours = await blend(workspace, request);
        expect(checkBlend(workspace, request, ours)).toEqual([]);
        const peer = await solveDirectWithHighs(workspace, request);
        if (!peer.feasible) return;
        const rows = ours.allocations.length + ours.ownRevenue.length + ours.guarantees.length;
        expect(ours.gap).toBeGreaterThanOrEqual(peer.gap - 1e-6 * Math.max(1, peer.totalCost) - 0.5);
        expect(ours.gap).toBeLessThanOrEqual(peer.gap + roundingTolerance(rows));
      }),
      { numRuns: runs(120), ...seed },
    );
  });

  it('never raises a plan’s gap when its revenue rises', async () => {
    await fc.assert(
      fc.asyncProperty(lenderCaseArb, fc.integer({ min: 1, max: 50_000 }), async (c, extra) => {
        const before = await blend(c.workspace, c.request);
        const json = encodeWorkspace(c.workspace);
        const plan = json.plans![0]!;
        const year = String(plan.startYear);
        plan.revenues = { ...plan.revenues, [year]: ((plan.revenues ?? {})[year] ?? 0) + extra };
        const parsed = parseWorkspace(json);
        if (!parsed.ok) throw new Error('raised revenue made the workspace invalid');
        const after = await blend(parsed.value, c.request);
        const gapOf = (r: typeof before) => r.plans.find((p) => p.planId === plan.id)?.gap ?? 0;
        // Whole cents may move a cent or two either way; more revenue never costs euros.
        expect(gapOf(after)).toBeLessThanOrEqual(gapOf(before) + roundingTolerance(4));
      }),
      { numRuns: runs(60), ...seed },
    );
  });

  it('funds a plan whose revenue covers every cost in every year without outside money', async () => {
    await fc.assert(
      fc.asyncProperty(lenderCaseArb, async (c) => {
        const json = encodeWorkspace(c.workspace);
        for (const plan of json.plans ?? []) {
          const revenues: Record<string, number> = {};
          for (const cost of plan.costs)
            for (const [year, amount] of Object.entries(cost.amounts))
              revenues[year] = (revenues[year] ?? 0) + amount;
          plan.revenues = revenues;
          plan.locked = [];
        }
        const parsed = parseWorkspace(json);
        if (!parsed.ok) throw new Error('covering revenue made the workspace invalid');
        const result = await blend(parsed.value, c.request);
        expect(result.gap).toBe(0);
        expect(result.allocations).toEqual([]);
      }),
      { numRuns: runs(40), ...seed },
    );
  });
});
