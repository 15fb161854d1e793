import type { FundingStreamJson } from '../../../../src/model/stream';
import type { StreamYearUse } from '../../domain/analysis/types';
import { sumEuros } from '../../domain/money';

/**
 * One stream paying more than this share of a portfolio's outside money is worth a
 * warning. A portfolio that leans on one budget holder is fragile (one decision, one
 * budget cut, and most of the money is gone), and a stream that suddenly pays most of
 * the gap is usually a data-entry slip: a new stream left at an unlimited budget with no
 * eligibility limits funds everything it may. The rule does not try to know what changed
 * recently (the workspace keeps no edit history); it holds for any stream, every time.
 */
export const DOMINANT_SHARE = 0.5;

export interface DominantStream {
  streamId: string;
  /** Euros this stream pays across the scenario's plans and years. */
  amount: number;
  /** Euros every stream pays (the portfolio's outside money; own revenue is not outside money). */
  total: number;
  share: number;
  /** No yearly budget: nothing but the plans' costs stops it. */
  unlimited: boolean;
  /** No sector, cost category or stage limit. */
  open: boolean;
}

/** The streams that pay more than `DOMINANT_SHARE` of the outside money, largest first. */
export function dominantStreams(
  use: readonly StreamYearUse[],
  streams: readonly FundingStreamJson[],
): DominantStream[] {
  const byStream = new Map<string, number[]>();
  for (const row of use) byStream.set(row.streamId, [...(byStream.get(row.streamId) ?? []), row.used]);
  const amounts = [...byStream].map(([streamId, used]) => ({ streamId, amount: sumEuros(used) }));
  const total = sumEuros(amounts.map((a) => a.amount));
  if (total <= 0) return [];
  return amounts
    .filter((a) => a.amount / total > DOMINANT_SHARE)
    .sort((a, b) => b.amount - a.amount)
    .map((a) => {
      const stream = streams.find((s) => s.id === a.streamId);
      const eligible = stream?.eligible ?? {};
      return {
        ...a,
        total,
        share: a.amount / total,
        unlimited: stream !== undefined && stream.budgetPerYear === undefined,
        open:
          stream !== undefined &&
          eligible.sectors === undefined &&
          eligible.categories === undefined &&
          eligible.stages === undefined,
      };
    });
}

/** Streams still drafts: they take part in no blend, which the portfolio says in words. */
export function draftStreams(streams: readonly FundingStreamJson[]): FundingStreamJson[] {
  return streams.filter((stream) => stream.draft === true);
}
