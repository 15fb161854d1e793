import { describe, expect, it } from 'vitest';
import { streamUseGrid, useLevel } from '../../renderer/src/domain/analysis/streamUse';
import type { StreamYearUse } from '../../renderer/src/domain/analysis/types';

const use = (streamId: string, year: number, used: number, budget: number | null): StreamYearUse => ({
  streamId,
  silo: `silo-${streamId}`,
  year,
  used,
  budget,
  usedShare: budget === null || budget === 0 ? null : used / budget,
});

describe("the streams' budget use per year", () => {
  it('lays streams out by year, leaving out streams that pay nothing', () => {
    const grid = streamUseGrid(
      [use('b', 2027, 50, 100), use('a', 2026, 100, 100), use('b', 2026, 0, 100), use('idle', 2026, 0, 10)],
      (x, y) => x.localeCompare(y),
    );
    expect(grid.years).toEqual([2026, 2027]);
    expect(grid.rows.map((row) => row.streamId)).toEqual(['a', 'b']);
    expect(grid.rows[0]?.cells[1]).toBeNull();
    expect(grid.rows[1]?.cells.map((cell) => cell?.level)).toEqual([0, 3]);
    expect(grid.rows[1]?.used).toBe(50);
  });

  it('shades by the share of the budget used; an unlimited stream only shows that it is used', () => {
    expect(useLevel(0, 0)).toBe(0);
    expect(useLevel(10, 0.1)).toBe(1);
    expect(useLevel(30, 0.3)).toBe(2);
    expect(useLevel(60, 0.6)).toBe(3);
    expect(useLevel(100, 1)).toBe(4);
    expect(useLevel(100, null)).toBe(1);
  });
});
