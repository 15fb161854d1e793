import { sumEuros } from '../money';
import type { StreamYearUse } from './types';

export interface StreamUseCell {
  year: number;
  used: number;
  /** Null for an unlimited stream. */
  budget: number | null;
  usedShare: number | null;
  /** 0 (nothing used) to 4 (budget fully used), for the heat-map shading. */
  level: 0 | 1 | 2 | 3 | 4;
}

export interface StreamUseRow {
  streamId: string;
  silo: string;
  /** Null where the analysis says nothing about the year (the stream is closed then). */
  cells: (StreamUseCell | null)[];
  used: number;
}

/** Shading steps: a quarter of the budget each, the top step only when (almost) all is used. */
export function useLevel(used: number, share: number | null): StreamUseCell['level'] {
  if (used <= 0) return 0;
  if (share === null) return 1;
  if (share >= 0.995) return 4;
  if (share >= 0.5) return 3;
  if (share >= 0.25) return 2;
  return 1;
}

/**
 * Streams × years of a portfolio blend. Streams that pay nothing in any year are left
 * out (the table is about where money goes); rows in the order of `streamOrder`.
 */
export function streamUseGrid(
  use: readonly StreamYearUse[],
  streamOrder: (a: string, b: string) => number,
): { years: number[]; rows: StreamUseRow[] } {
  const years = [...new Set(use.map((entry) => entry.year))].sort((a, b) => a - b);
  const byStream = new Map<string, StreamYearUse[]>();
  for (const entry of use) byStream.set(entry.streamId, [...(byStream.get(entry.streamId) ?? []), entry]);
  const rows = [...byStream]
    .map(([streamId, entries]): StreamUseRow => {
      const cells = years.map((year): StreamUseCell | null => {
        const entry = entries.find((e) => e.year === year);
        if (entry === undefined) return null;
        const { used, budget, usedShare } = entry;
        return { year, used, budget, usedShare, level: useLevel(used, usedShare) };
      });
      const used = sumEuros(cells.map((cell) => cell?.used ?? 0));
      return { streamId, silo: entries[0]?.silo ?? '', cells, used };
    })
    .filter((row) => row.used > 0)
    .sort((a, b) => streamOrder(a.streamId, b.streamId));
  return { years, rows };
}
