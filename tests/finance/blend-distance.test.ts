import { describe, expect, it } from 'vitest';
import {
  blendDistance,
  blendDistanceWords,
  distanceStated,
  provenOptimalWords,
  searchDistanceWords,
} from '../../src/finance/analysis/blend-distance';

// Intl writes a narrow no-break space in some locales; compare with plain spaces.
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('blend distance', () => {
  it('is bound minus covered, never negative', () => {
    expect(blendDistance({ totalCost: 1000, gap: 100, bound: 901.5 })).toBeCloseTo(1.5, 9);
    expect(blendDistance({ totalCost: 1000, gap: 100, bound: 900 })).toBe(0);
    // A bound a float's noise under covered is still exact.
    expect(blendDistance({ totalCost: 1000, gap: 100, bound: 899.9999999 })).toBe(0);
  });

  it('states nothing for a proven optimal blend or a distance of a euro or less', () => {
    expect(blendDistanceWords('nl', { totalCost: 1000, gap: 100, bound: 900 })).toBeNull();
    expect(blendDistanceWords('en', { totalCost: 1000, gap: 100, bound: 901 })).toBeNull();
    expect(distanceStated(1)).toBe(false);
    expect(distanceStated(1.01)).toBe(true);
  });

  it('states € 1,50 in Dutch and €1.50 in English', () => {
    const totals = { totalCost: 1_000_000, gap: 10_000, bound: 990_001.5 };
    const nl = blendDistanceWords('nl', totals);
    const en = blendDistanceWords('en', totals);
    expect(nl?.distance).toBeCloseTo(1.5, 9);
    expect(plain(nl?.line ?? '')).toBe('Hoogstens € 1,50 van het best mogelijke');
    expect(plain(en?.line ?? '')).toBe('At most €1.50 from the best possible');
    expect(plain(nl?.note ?? '')).toContain('€ 990.001,50');
    expect(plain(nl?.note ?? '')).toContain('0,01 %');
    expect(plain(en?.note ?? '')).toContain('€990,001.50');
    expect(plain(en?.note ?? '')).toContain('0.01%');
  });

  it('words the quiet proven line and the running search', () => {
    expect(provenOptimalWords('nl')).toBe('Bewezen optimaal');
    expect(provenOptimalWords('en')).toBe('Proven optimal');
    expect(searchDistanceWords('en', null)).toBeNull();
    expect(plain(searchDistanceWords('nl', 1234.5) ?? '')).toBe(
      'Nu hoogstens € 1.234,50 van het best mogelijke',
    );
    expect(plain(searchDistanceWords('en', 0) ?? '')).toBe('Now at most €0.00 from the best possible');
  });
});
