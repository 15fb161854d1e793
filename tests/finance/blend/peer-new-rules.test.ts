// The issue-13 rules in the direct peers: javascript-lp-solver and HiGHS agree on the
// gap of generated lender workspaces and their optima pass the checker; small cases
// computed by hand pin each new rule. The optimiser is compared with these peers in
// optimality.test.ts once it implements the rules (see lenderCaseArb).
import fc from 'fast-check';
import { ciSeed } from '../../helpers/property-seed';
import { describe, expect, it } from 'vitest';
import {
  solveDirectWithHighs,
  solveDirectWithLpSolver,
  type PeerResult,
} from '../../../bench/peer/direct-formulation';
import { loanGge } from '../../../bench/peer/direct-loans';
import { loanGrantEquivalent } from '../../support/blend/check-loans';
import type { BlendRequest } from '../../../src/finance/blend/types';
import type { FundingStreamJson } from '../../../src/model/stream';
import type { Workspace } from '../../../src/model/workspace';
import { coop, plan, requestAll, stream, tiny } from './fixtures';
import { lenderCaseArb } from './peer-arbitraries';
import { peerViolations, sameGap } from './peer-results';

async function both(
  ws: Workspace,
  request: BlendRequest = requestAll(ws),
): Promise<[PeerResult, PeerResult]> {
  return [solveDirectWithLpSolver(ws, request), await solveDirectWithHighs(ws, request)];
}

/** Both peers find this gap (euros) and their optima pass the checker. */
async function expectGap(ws: Workspace, euros: number, request: BlendRequest = requestAll(ws)) {
  for (const peer of await both(ws, request)) {
    expect(peer.feasible).toBe(true);
    expect(peer.gap / 100).toBeCloseTo(euros, 2);
    expect(peerViolations(ws, request, peer)).toEqual([]);
  }
}

const loan = (
  id: string,
  terms: NonNullable<FundingStreamJson['loan']>,
  more: Partial<FundingStreamJson> = {},
) => stream(id, { kind: 'loan', public: false, loan: terms, ...more });

/** Capex of 100k in 2026, revenue only in 2027: own revenue pays nothing, loans are repaid from it. */
const capexThenRevenue = (revenue: number) =>
  plan({
    years: 2,
    costs: [{ id: 'capex', category: 'capex', label: 'c', amounts: { '2026': 100000 } }],
    revenues: { '2027': revenue },
  });

describe('direct peers on the issue-13 rules', () => {
  it('agree on the gap of 60 generated lender workspaces, and their optima pass the checker', async () => {
    await fc.assert(
      fc.asyncProperty(lenderCaseArb, async ({ workspace, request }) => {
        const [lp, highs] = await both(workspace, request);
        expect(lp.feasible).toBe(highs.feasible);
        if (!highs.feasible) return;
        expect(['Optimal', 'empty']).toContain(highs.status);
        expect(sameGap(lp.gap, highs.gap), `${lp.gap} vs ${highs.gap}`).toBe(true);
        expect(peerViolations(workspace, request, highs)).toEqual([]);
        expect(peerViolations(workspace, request, lp)).toEqual([]);
      }),
      { numRuns: 60, ...ciSeed(20261208) },
    );
  });

  it('own revenue pays first: 30k of revenue and a grant capped at 50k leave a 20k gap; revenue above cost leaves none', async () => {
    const capped = tiny({
      streams: [stream('grant', { maxPerPlan: 50000 })],
      plans: [plan({ revenues: { '2026': 30000 } })],
    });
    await expectGap(capped, 20000);
    const rich = tiny({ streams: [stream('grant')], plans: [plan({ revenues: { '2026': 150000 } })] });
    for (const peer of await both(rich)) {
      expect(peer.gap).toBeCloseTo(0, 3);
      // Revenue beyond the year's cost pays nothing: at most the 100k cost.
      expect(peer.ownRevenue + peer.funded).toBeCloseTo(10_000_000, 3);
    }
  });

  it('debt service is paid from revenue left after own revenue: spending it on costs can cost more loan', async () => {
    // Capex 500k in 2026 (only the loan may pay it), opex 6k in 2027, revenue 12k in 2027
    // and after, DSCR 1.2, a 0% loan over 10 years: 1.2 x A / 10 <= 12,000 - R in 2027.
    // With R = 6,000 the loan falls to 50,000 (56,000 covered); with R = 0 it is
    // 100,000 (100,000 covered). Every euro of R costs 8.33 euros of loan: R = 0 and the
    // opex stays open. Gap: 506,000 - 100,000 = 406,000.
    const ws = tiny({
      streams: [
        loan('loan', { rate: 0, termYears: 10, graceYears: 0 }, { eligible: { categories: ['capex'] } }),
      ],
      plans: [
        plan({
          years: 2,
          costs: [
            { id: 'capex', category: 'capex', label: 'c', amounts: { '2026': 500000 } },
            { id: 'opex', category: 'opex', label: 'o', amounts: { '2027': 6000 } },
          ],
          revenues: { '2027': 12000 },
        }),
      ],
      settings: { minDscr: 1.2 },
    });
    await expectGap(ws, 406000);
  });

  it('GGE of a loan: EUR 100,000 at 0% over 5 years, reference 6.42%, discount 3.42%', async () => {
    // Opening balances per euro: 1, 0.8, 0.6, 0.4, 0.2 (straight-line at 0%). Saving of
    // year k: 0.0642 x balance / 1.0342^k = 0.062077, 0.048019, 0.034824, 0.022448,
    // 0.010853; total 0.178221 per euro: EUR 17,822.06 for EUR 100,000.
    const terms = { rate: 0, termYears: 5, graceYears: 0 };
    expect(loanGge(terms, 0.0642, 0.0342) * 100000).toBeCloseTo(17822.06, 2);
    expect(loanGrantEquivalent(terms, 0.0642, 0.0342) * 100000).toBeCloseTo(17822.06, 2);
    // A loan at or above the reference rate is no aid; grace years save on the full balance.
    expect(loanGge({ rate: 0.08, termYears: 5, graceYears: 0 }, 0.0642, 0.0342)).toBe(0);
    expect(loanGge({ rate: 0, termYears: 1, graceYears: 1 }, 0.05, 0)).toBeCloseTo(0.1, 12);
    // De minimis ceiling EUR 10,000: the loan may lend 10,000 / 0.178221 = EUR 56,110.24.
    const ws = tiny({
      streams: [loan('loan', terms, { stateAid: true })],
      plans: [capexThenRevenue(30000)],
      settings: {
        deMinimis: { ceiling: 10000, periodYears: 3, referenceRate: 0.0642, discountRate: 0.0342 },
      },
    });
    await expectGap(ws, 100000 - 56110.24);
  });

  it('SGEI aid may fill 750k together with general aid; for a cooperative without SGEI it is general aid', async () => {
    // Prior general aid 200k: general room 100k (300k ceiling); general + SGEI room 550k.
    const build = (sgei: boolean) =>
      tiny({
        streams: [stream('general', { stateAid: true }), stream('daeb', { stateAid: true, sgei: true })],
        cooperatives: [coop({ sgei, priorStateAid: [{ year: 2025, amount: 200000 }] })],
        plans: [
          plan({ costs: [{ id: 'capex', category: 'capex', label: 'c', amounts: { '2026': 1000000 } }] }),
        ],
      });
    await expectGap(build(true), 450000);
    await expectGap(build(false), 900000);
  });

  it('a revolving fund lends again what came back the year before', async () => {
    // Budget 50k a year, 0% over 2 years, DSCR 1. Capex 100k in 2026 and 300k in 2028;
    // revenue 50k in 2027, 2028 (and after). L26 <= 50k (budget); it returns L26 / 2 in
    // 2027 (lendable in 2028) and 2028. 2028: L28 <= 50k + L26 / 2 = 75k, own revenue
    // R28 <= 50k - L26 / 2 = 25k (debt service first); after 2028, L28 / 2 <= 50k.
    // Covered 50 + 75 + 25 = 150k of 400k: gap 250k. Without revolving, L28 <= 50k: gap 275k.
    const build = (revolving: boolean) =>
      tiny({
        streams: [
          loan('fund', { rate: 0, termYears: 2, graceYears: 0 }, { budgetPerYear: 50000, revolving }),
        ],
        plans: [
          plan({
            years: 3,
            costs: [
              { id: 'capex', category: 'capex', label: 'c', amounts: { '2026': 100000, '2028': 300000 } },
            ],
            revenues: { '2027': 50000, '2028': 50000 },
          }),
        ],
        settings: { minDscr: 1 },
      });
    await expectGap(build(true), 250000);
    await expectGap(build(false), 275000);
    const [, highs] = await both(build(true));
    const row2028 = highs.funds.find((f) => f.year === 2028);
    expect(row2028?.returned).toBeCloseTo(2_500_000, 3);
    expect(row2028?.relent).toBeCloseTo(2_500_000, 3);
    expect(highs.funds.map((f) => f.year)).toEqual([2026, 2027, 2028]);
  });

  it('a loan that requires a guarantee lends only as far as guarantees back it', async () => {
    // 80% must be guaranteed; the guarantee backs 80% at most, 40k a year: loan <= 50k.
    const terms = { rate: 0, termYears: 1, graceYears: 0, guaranteeRequired: 0.8 };
    const guarantee = (more: Partial<FundingStreamJson> = {}) =>
      stream('borg', {
        kind: 'guarantee',
        guarantee: { backs: ['bank'], share: 0.8, termYears: 5 },
        budgetPerYear: 40000,
        ...more,
      });
    const build = (streams: FundingStreamJson[], settings = {}) =>
      tiny({ streams: [loan('bank', terms), ...streams], plans: [capexThenRevenue(100000)], settings });
    await expectGap(build([]), 100000);
    await expectGap(build([guarantee()]), 50000);
    // As state aid a guarantee counts 300,000 / (2,250,000 x 5) x 5 = 0.1333 per euro: a
    // 4,000 ceiling allows 30,000 guaranteed, so a loan of 37,500.
    await expectGap(
      build([guarantee({ stateAid: true })], { deMinimis: { ceiling: 4000, periodYears: 3 } }),
      100000 - 37500,
    );
    // Closed to the cooperative's sector: no guarantee, no loan.
    await expectGap(build([guarantee({ eligible: { sectors: ['care'] } })]), 100000);
  });
});
