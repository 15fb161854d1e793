import { describe, expect, it } from 'vitest';
import type { Explanation } from '../../renderer/src/domain/analysis/types';
import { explanationsShown } from '../../renderer/src/screens/analysis/explanationsShown';

const explanation = (rule: Explanation['rule'], extra: Partial<Explanation> = {}): Explanation => ({
  rule,
  streamId: 'fonds',
  planId: 'plan',
  cooperativeId: 'coop',
  year: 2026,
  valuePerEuro: 0.5,
  brokenByLock: false,
  excess: null,
  message: `${rule} binds`,
  ...extra,
});

describe('the explanations panel', () => {
  it('explains a gap with every binding rule, locks first', () => {
    const shown = explanationsShown(
      [explanation('budget'), explanation('maxPerPlan', { brokenByLock: true, excess: 100 })],
      1200,
    );
    expect(shown?.title).toBe('gap');
    expect(shown?.items.map((e) => e.rule)).toEqual(['maxPerPlan', 'budget']);
  });

  it('is left out when there is no gap (binding rules then explain nothing)', () => {
    expect(explanationsShown([explanation('budget')], 0)).toBeNull();
    expect(explanationsShown([], 0)).toBeNull();
    // Less than half a cent is no gap.
    expect(explanationsShown([explanation('budget')], 0.004)).toBeNull();
  });

  it('still shows rules that locked amounts break, under their own title, when there is no gap', () => {
    const shown = explanationsShown(
      [explanation('budget'), explanation('maxPerPlan', { brokenByLock: true, excess: 100 })],
      0,
    );
    expect(shown).toMatchObject({ title: 'locks', items: [{ rule: 'maxPerPlan' }] });
  });
});
