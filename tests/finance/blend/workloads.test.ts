import { describe, expect, it } from 'vitest';
import { solveDirectWithHighs, solveDirectWithLpSolver } from '../../../bench/peer/direct-formulation';
import {
  blendPlanInstance,
  blendPortfolioInstance,
  smallPortfolioInstance,
} from '../../../bench/workloads/blend';
import { Rng } from '../../../bench/workloads/prng';
import { checkBlend } from '../../support/blend/check';
import type { Allocation } from '../../../src/finance/blend/types';
import type { Cents } from '../../../src/model/money';
import { resultOf } from './fixtures';

describe('blend benchmark workloads', () => {
  it('draw the same numbers from the same seed', () => {
    const a = new Rng(7);
    const b = new Rng(7);
    const draws = Array.from({ length: 5 }, () => a.float());
    expect(Array.from({ length: 5 }, () => b.float())).toEqual(draws);
    expect(new Set(draws).size).toBe(5);
    expect(draws.every((x) => x >= 0 && x < 1)).toBe(true);
  });

  it('blend-plan: one plan of 12 cost lines x 5 years, 30 mixed streams, the same every time', () => {
    const { workspace, request } = blendPlanInstance();
    expect(blendPlanInstance().workspace).toEqual(workspace);
    expect(request.planIds).toEqual(['plan-0']);
    expect(workspace.cooperatives).toHaveLength(1);
    const plan = workspace.plans[0]!;
    expect(plan.costs).toHaveLength(12);
    expect(plan.costs.every((c) => Object.keys(c.amounts).length === 5)).toBe(true);
    const streams = workspace.fundingStreams;
    expect(streams).toHaveLength(30);
    expect(new Set(streams.map((s) => s.kind)).size).toBe(5);
    expect(streams.filter((s) => s.minAward !== undefined).length).toBeGreaterThanOrEqual(3);
    expect(streams.filter((s) => s.matching !== undefined).length).toBeGreaterThanOrEqual(3);
    expect(streams.filter((s) => s.eligible?.categories !== undefined).length).toBeGreaterThanOrEqual(20);
  });

  it('blend-portfolio: 200 plans of 3-6 years in 2026-2035 over 80 cooperatives and 30 streams', () => {
    const { workspace, request } = blendPortfolioInstance();
    expect(request.planIds).toHaveLength(200);
    expect(workspace.cooperatives).toHaveLength(80);
    expect(workspace.fundingStreams).toHaveLength(30);
    for (const plan of workspace.plans) {
      expect(plan.years).toBeGreaterThanOrEqual(3);
      expect(plan.years).toBeLessThanOrEqual(6);
      expect(plan.startYear).toBeGreaterThanOrEqual(2026);
      expect(plan.startYear + plan.years - 1).toBeLessThanOrEqual(2035);
    }
    expect(workspace.plans.filter((p) => Object.keys(p.revenues).length > 0).length).toBeGreaterThan(20);
    expect(workspace.cooperatives.filter((c) => c.priorStateAid.length > 0).length).toBeGreaterThan(10);
    expect(workspace.fundingStreams.filter((s) => s.loan !== undefined).length).toBe(5);
  });

  it('blend-plan and a small portfolio: the peers agree and the optimum passes the checker', async () => {
    for (const { workspace, request } of [blendPlanInstance(), smallPortfolioInstance(4)]) {
      const highs = await solveDirectWithHighs(workspace, request);
      const lp = solveDirectWithLpSolver(workspace, request);
      expect(highs.status).toBe('Optimal');
      expect(Math.abs(lp.gap - highs.gap)).toBeLessThanOrEqual(1 + 1e-6 * highs.totalCost);
      const allocations = highs.allocations
        .filter((a) => a.amount > 1e-3)
        .map((a): Allocation => ({ ...a, amount: a.amount as Cents }));
      const result = resultOf(workspace, request, allocations);
      expect(checkBlend(workspace, request, result, { wholeCents: false, tolerance: 1 })).toEqual([]);
    }
  });
});
