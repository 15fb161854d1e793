// Progress, cancel and the proven bound of a blend (issue 18).
import { describe, expect, it } from 'vitest';
import { smallPortfolioInstance } from '../../../bench/workloads/blend';
import { blend, BlendCancelledError, blendToJson, type BlendProgress } from '../../../src/finance/blend';
import { blendResultJsonSchema } from '../../../src/finance/blend/json-schema';

describe('blend progress and cancel', () => {
  it('reports its phases in order and ends with what the result says', async () => {
    const { workspace, request } = smallPortfolioInstance(12);
    const seen: BlendProgress[] = [];
    const result = await blend(workspace, request, { onProgress: (p) => seen.push(p) });
    expect(seen[0]).toMatchObject({ phase: 'relaxation', covered: null });
    expect(seen.map((p) => p.phase)).toContain('rounding');
    const last = seen.at(-1)!;
    expect(last).toEqual({
      phase: 'done',
      nodes: 0,
      covered: result.totalCost - result.gap,
      bound: result.bound,
    });
    for (const p of seen) if (p.covered !== null) expect(p.bound).toBeGreaterThanOrEqual(p.covered);
  });

  it('gives the same blend with or without a listener', async () => {
    const { workspace, request } = smallPortfolioInstance(12);
    const quiet = await blend(workspace, request);
    const listened = await blend(workspace, request, {
      onProgress: () => {},
      signal: new AbortController().signal,
    });
    expect(listened).toEqual(quiet);
  });

  it('rejects with BlendCancelledError when cancelled before or during the blend', async () => {
    const { workspace, request } = smallPortfolioInstance(12);
    const before = new AbortController();
    before.abort();
    await expect(blend(workspace, request, { signal: before.signal })).rejects.toBeInstanceOf(
      BlendCancelledError,
    );
    const during = new AbortController();
    const cancelled = blend(workspace, request, {
      signal: during.signal,
      onProgress: (p) => {
        if (p.phase === 'relaxation') during.abort();
      },
    });
    await expect(cancelled).rejects.toBeInstanceOf(BlendCancelledError);
  });

  it('states a bound equal to what it covers when the blend is proven optimal, in the JSON too', async () => {
    const { workspace, request } = smallPortfolioInstance(12);
    const result = await blend(workspace, request);
    expect(result.bound).toBe(result.totalCost - result.gap);
    const json = blendToJson(result);
    expect(blendResultJsonSchema.parse(json).bound).toBeCloseTo(json.totalCost - json.gap, 2);
  });
});
