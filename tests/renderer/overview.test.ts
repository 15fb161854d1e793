import { describe, expect, it } from 'vitest';
import {
  breakdown,
  cooperativesBySector,
  horizonOf,
  streamsByKind,
} from '../../renderer/src/domain/overview';

describe('overview breakdowns', () => {
  it('counts cooperatives per sector in the format’s sector order, leaving out empty sectors', () => {
    const rows = cooperativesBySector([
      { sector: 'food' },
      { sector: 'energy' },
      { sector: 'food' },
      { sector: 'care' },
    ]);
    expect(rows.map((r) => [r.key, r.count])).toEqual([
      ['energy', 1],
      ['care', 1],
      ['food', 2],
    ]);
    expect(rows.find((r) => r.key === 'food')?.share).toBe(0.5);
  });

  it('counts streams per kind', () => {
    const rows = streamsByKind([{ kind: 'loan' }, { kind: 'grant' }, { kind: 'grant' }]);
    expect(rows).toEqual([
      { key: 'grant', count: 2, share: 2 / 3 },
      { key: 'loan', count: 1, share: 1 / 3 },
    ]);
  });

  it('gives nothing for an empty workspace', () => {
    expect(cooperativesBySector([])).toEqual([]);
    expect(breakdown([], () => 'x', ['x'])).toEqual([]);
  });

  it('shares add up to one', () => {
    const sectors = ['energy', 'care', 'food', 'food', 'culture', 'other', 'energy'] as const;
    const rows = cooperativesBySector(sectors.map((sector) => ({ sector })));
    expect(rows.reduce((sum, r) => sum + r.share, 0)).toBeCloseTo(1, 12);
  });

  it('gives the horizon’s first and last year', () => {
    expect(horizonOf(2026, 10)).toEqual({ first: 2026, last: 2035 });
    expect(horizonOf(2026, 1)).toEqual({ first: 2026, last: 2026 });
  });
});
