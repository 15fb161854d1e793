// The portfolio path of the minimum-award search (issue 18): the dive, forced on small hard
// portfolios, against the exact search and the direct formulation solved by HiGHS's MIP.
import { describe, expect, it } from 'vitest';
import { solveDirectWithHighs } from '../../../bench/peer/direct-formulation';
import {
  blendPortfolioHardInstance,
  HARD_VARIANTS,
  type HardVariant,
} from '../../../bench/workloads/blend-portfolio-hard';
import { blend } from '../../../src/finance/blend';
import { checkBlend } from '../../support/blend/check';

/** What whole cents may lose against the real-valued optimum (docs/blend.md, Cents). */
const roundingSlack = (allocations: number) => 10 + 2 * allocations;

const cases: [number, HardVariant][] = HARD_VARIANTS.flatMap((v) => [
  [3, v],
  [5, v],
]);

describe('the dive for portfolio minimum awards', () => {
  it.each(cases)(
    '%i plans (%s): within its stated bound, which bounds the exact optimum',
    async (plans, variant) => {
      const { workspace, request } = blendPortfolioHardInstance(plans, variant);
      const exact = await blend(workspace, request, { awardSearch: 'exact' });
      const dived = await blend(workspace, request, { awardSearch: 'dive' });
      const exactCovered = exact.totalCost - exact.gap;
      const divedCovered = dived.totalCost - dived.gap;
      const slack = roundingSlack(Math.max(exact.allocations.length, dived.allocations.length));
      // The exact search proves its blend: the bound is what it covers.
      expect(exact.bound).toBe(exactCovered);
      // The dive's blend never beats the exact optimum (beyond cents of rounding) ...
      expect(divedCovered).toBeLessThanOrEqual(exactCovered + slack);
      // ... its bound is at least the exact optimum, and its distance at most 0.01 % of the cost.
      expect(dived.bound).toBeGreaterThanOrEqual(exactCovered - slack);
      expect(dived.bound).toBeGreaterThanOrEqual(divedCovered);
      expect(dived.bound - divedCovered).toBeLessThanOrEqual(Math.ceil(1e-4 * dived.totalCost));
      // Every rule holds in the dived blend.
      expect(checkBlend(workspace, request, dived)).toEqual([]);
    },
  );

  it('agrees with the direct formulation solved exactly by HiGHS on a small hard portfolio', async () => {
    const { workspace, request } = blendPortfolioHardInstance(3, 'base');
    const peer = await solveDirectWithHighs(workspace, request);
    expect(peer.status).toBe('Optimal');
    const peerCovered = peer.totalCost - peer.gap;
    const dived = await blend(workspace, request, { awardSearch: 'dive' });
    const slack = roundingSlack(dived.allocations.length);
    expect(dived.totalCost - dived.gap).toBeLessThanOrEqual(peerCovered + slack);
    expect(dived.bound).toBeGreaterThanOrEqual(peerCovered - slack);
  });
});
