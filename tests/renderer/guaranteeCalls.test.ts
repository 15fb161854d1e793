import { describe, expect, it } from 'vitest';
import { guaranteeCallsFigures } from '../../renderer/src/screens/scenarios/results/guaranteeCalls';

const none = { expected: 0, p50: 0, p90: 0, maxPossible: 0, byGuarantee: [] };

describe('guarantee calls line', () => {
  it('shows nothing when the blend backs no loan with a guarantee', () => {
    expect(guaranteeCallsFigures(none, 'nl-NL')).toBeNull();
    // A guarantee stream listed but backing nothing: still nothing to show.
    const empty = { ...none, byGuarantee: [{ streamId: 'borg', expected: 0, p90: 0 }] };
    expect(guaranteeCallsFigures(empty, 'nl-NL')).toBeNull();
  });

  it('gives the expected call, its P90 and the most that could be called in whole euros', () => {
    const calls = {
      expected: 25_012.5,
      p50: 0,
      p90: 100_000,
      maxPossible: 100_000,
      byGuarantee: [{ streamId: 'borg', expected: 25_012.5, p90: 100_000 }],
    };
    // Intl puts a no-break space after the euro sign in Dutch.
    const nl = guaranteeCallsFigures(calls, 'nl-NL');
    const plain =
      nl === null ? null : Object.fromEntries(Object.entries(nl).map(([k, v]) => [k, v.replace(/\s/g, ' ')]));
    expect(plain).toEqual({
      expected: '€ 25.013',
      p90: '€ 100.000',
      max: '€ 100.000',
    });
    expect(guaranteeCallsFigures(calls, 'en-GB')?.expected).toBe('€25,013');
  });
});
