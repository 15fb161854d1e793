// A peer's real-valued optimum as a BlendResult, so that the checker can judge it
// with the same rules as the optimiser's blends (to a cent: solvers work to tolerances).
import type { PeerResult } from '../../../bench/peer/direct-formulation';
import { checkBlend, type Violation } from '../../support/blend/check';
import type { BlendRequest, BlendResult } from '../../../src/finance/blend/types';
import type { Cents } from '../../../src/model/money';
import type { Workspace } from '../../../src/model/workspace';
import { blendResultOf } from './check-results';

/** Drops solver dust (below a thousandth of a cent) that no rule should be judged on. */
const DUST = 1e-3;

export function peerBlendResult(workspace: Workspace, request: BlendRequest, peer: PeerResult): BlendResult {
  const keep = <T extends { amount: number }>(rows: readonly T[]) =>
    rows.filter((r) => r.amount > DUST).map((r) => ({ ...r, amount: r.amount as Cents }));
  return blendResultOf(workspace, request, {
    allocations: keep(peer.allocations),
    ownRevenue: keep(peer.ownRevenueUses),
    guarantees: keep(peer.guarantees),
    funds: peer.funds.map((f) => ({
      ...f,
      budget: f.budget as Cents | null,
      drawn: f.drawn as Cents,
      returned: f.returned as Cents,
      relent: f.relent as Cents,
      balance: f.balance as Cents,
    })),
  });
}

/** The checker's verdict on a peer's optimum, to a cent. */
export function peerViolations(workspace: Workspace, request: BlendRequest, peer: PeerResult): Violation[] {
  return checkBlend(workspace, request, peerBlendResult(workspace, request, peer), {
    wholeCents: false,
    tolerance: 1,
  });
}

/** Gaps of two optima agree to a cent (plus solver tolerance on large amounts). */
export function sameGap(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1 + 1e-6 * Math.max(Math.abs(a), Math.abs(b));
}
