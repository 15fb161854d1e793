// The revolving-fund rows of a peer optimum (blend-semantics section 4), recomputed
// from its draws and its solved relending: what came back, what was lent again, and
// the returned money still waiting at the end of each year.
import type { BlendRequest } from '../../src/finance/blend/types';
import type { Workspace } from '../../src/model/workspace';
import { budgetCents } from './direct-builder';
import { returnPerEuro } from './direct-loans';

export interface PeerFundYear {
  streamId: string;
  year: number;
  budget: number | null;
  drawn: number;
  returned: number;
  relent: number;
  balance: number;
}

interface Draw {
  streamId: string;
  year: number;
  amount: number;
}

/** One row per revolving stream drawn on and year, from its first draw to the blend's last plan year. */
export function peerFunds(
  workspace: Workspace,
  request: BlendRequest,
  draws: readonly Draw[],
  relent: readonly Draw[],
): PeerFundYear[] {
  const plans = workspace.plans.filter((p) => request.planIds.includes(p.id));
  const lastYear = Math.max(...plans.map((p) => p.startYear + p.years - 1));
  const out: PeerFundYear[] = [];
  for (const stream of workspace.fundingStreams) {
    if (!stream.revolving || stream.loan === undefined) continue;
    const own = draws.filter((d) => d.streamId === stream.id);
    if (own.length === 0) continue;
    const returns = returnPerEuro(stream.loan, stream.revolvingInterest);
    /** Ret[u]: repayments (and interest, if it revolves) of every draw that fall in year u. */
    const returnedIn = (u: number) =>
      own.reduce((s, d) => s + d.amount * (returns.find((r) => r.offset === u - d.year)?.amount ?? 0), 0);
    const factor = request.streamFactors?.[stream.id] ?? 1;
    let balance = 0;
    for (let year = Math.min(...own.map((d) => d.year)); year <= lastYear; year++) {
      const returned = returnedIn(year - 1);
      const again = relent
        .filter((r) => r.streamId === stream.id && r.year === year)
        .reduce((s, r) => s + r.amount, 0);
      balance += returned - again;
      out.push({
        streamId: stream.id,
        year,
        budget: stream.budgetPerYear === undefined ? null : budgetCents(stream, year, factor),
        drawn: own.filter((d) => d.year === year).reduce((s, d) => s + d.amount, 0),
        returned,
        relent: again,
        balance,
      });
    }
  }
  return out;
}
