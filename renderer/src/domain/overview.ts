import { SECTORS, type Sector } from '../../../src/model/cooperative';
import { STREAM_KINDS, type StreamKind } from '../../../src/model/stream';

export interface BreakdownRow<K extends string> {
  key: K;
  count: number;
  /** Share of the total, 0..1 (0 when there is nothing to share). */
  share: number;
}

/**
 * Counts items per category in the category list's order, leaving out empty
 * categories so a small workspace shows a short list.
 */
export function breakdown<K extends string, T>(
  items: readonly T[],
  categoryOf: (item: T) => K,
  order: readonly K[],
): BreakdownRow<K>[] {
  const counts = new Map<K, number>();
  for (const item of items) {
    const key = categoryOf(item);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const total = items.length;
  return order
    .filter((key) => (counts.get(key) ?? 0) > 0)
    .map((key) => {
      const count = counts.get(key) ?? 0;
      return { key, count, share: total === 0 ? 0 : count / total };
    });
}

export function cooperativesBySector(cooperatives: readonly { sector: Sector }[]): BreakdownRow<Sector>[] {
  return breakdown(cooperatives, (c) => c.sector, SECTORS);
}

export function streamsByKind(streams: readonly { kind: StreamKind }[]): BreakdownRow<StreamKind>[] {
  return breakdown(streams, (s) => s.kind, STREAM_KINDS);
}

/** The workspace's projection years, first and last inclusive. */
export function horizonOf(startYear: number, horizonYears: number): { first: number; last: number } {
  return { first: startYear, last: startYear + horizonYears - 1 };
}
