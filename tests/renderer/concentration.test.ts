import { describe, expect, it } from 'vitest';
import type { StreamYearUse } from '../../renderer/src/domain/analysis/types';
import { dominantStreams, draftStreams } from '../../renderer/src/screens/portfolio/concentration';
import type { FundingStreamJson } from '../../src/model/stream';

const use = (streamId: string, year: number, used: number): StreamYearUse => ({
  streamId,
  silo: 'silo',
  year,
  used,
  budget: null,
  usedShare: null,
});

const stream = (id: string, extra: Partial<FundingStreamJson> = {}): FundingStreamJson => ({
  id,
  name: id,
  silo: 'silo',
  kind: 'grant',
  public: true,
  ...extra,
});

describe('a portfolio that leans on one stream', () => {
  it('names the stream paying more than half of the outside money, summed over the years', () => {
    const rows = [use('nieuw', 2026, 400), use('nieuw', 2027, 300.5), use('fonds', 2026, 299.5)];
    expect(dominantStreams(rows, [stream('nieuw'), stream('fonds', { budgetPerYear: 1000 })])).toEqual([
      { streamId: 'nieuw', amount: 700.5, total: 1000, share: 0.7005, unlimited: true, open: true },
    ]);
  });

  it('says when a budget or an eligibility list does limit the stream', () => {
    const rows = [use('fonds', 2026, 900), use('klein', 2026, 100)];
    const limited = stream('fonds', { budgetPerYear: 5000, eligible: { sectors: ['care'] } });
    expect(dominantStreams(rows, [limited, stream('klein')])).toMatchObject([
      { streamId: 'fonds', unlimited: false, open: false },
    ]);
  });

  it('stays quiet at exactly half, when money is spread, and when nothing is paid', () => {
    expect(dominantStreams([use('a', 2026, 500), use('b', 2026, 500)], [stream('a'), stream('b')])).toEqual(
      [],
    );
    expect(
      dominantStreams([use('a', 2026, 40), use('b', 2026, 30), use('c', 2026, 30)], [stream('a')]),
    ).toEqual([]);
    expect(dominantStreams([use('a', 2026, 0)], [stream('a')])).toEqual([]);
    expect(dominantStreams([], [])).toEqual([]);
  });

  it('lists the drafts the portfolio leaves out', () => {
    const streams = [stream('a', { draft: true }), stream('b'), stream('c', { draft: false })];
    expect(draftStreams(streams).map((s) => s.id)).toEqual(['a']);
  });
});
