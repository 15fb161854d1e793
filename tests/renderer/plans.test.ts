import { describe, expect, it } from 'vitest';
import { budgetSortValue, existingSilos, summariseBudget } from '../../renderer/src/domain/budget';
import { costTable, nameById, planTotalCost } from '../../renderer/src/domain/plans';
import type { PlanJson } from '../../src/model/plan';

const plan: PlanJson = {
  id: 'zon-op-oost',
  cooperativeId: 'buurtcoop-oost',
  name: 'Zon op Oost',
  startYear: 2026,
  years: 3,
  costs: [
    { id: 'pv', category: 'capex', label: 'Zonnepanelen', amounts: { '2026': 250000.1 } },
    { id: 'uren', category: 'personnel', label: 'Coördinator', amounts: { '2026': 0.2, '2028': 30000 } },
  ],
  revenues: { '2027': 30000, '2028': 31000 },
};

describe('plan figures', () => {
  it('adds cost lines exactly, in cents', () => {
    expect(planTotalCost(plan)).toBe(280000.3);
  });

  it('lays cost lines out per plan year with row and column totals', () => {
    const table = costTable(plan);
    expect(table.years).toEqual([2026, 2027, 2028]);
    expect(table.rows.map((r) => r.amounts)).toEqual([
      [250000.1, 0, 0],
      [0.2, 0, 30000],
    ]);
    expect(table.rows.map((r) => r.total)).toEqual([250000.1, 30000.2]);
    expect(table.yearTotals).toEqual([250000.3, 0, 30000]);
    expect(table.total).toBe(280000.3);
    expect(table.revenues).toEqual([0, 30000, 31000]);
    expect(table.revenueTotal).toBe(61000);
    expect(table.wholeEuros).toBe(false);
  });

  it('lets a table of whole euros leave out the cents', () => {
    const whole: PlanJson = {
      ...plan,
      costs: [{ id: 'pv', category: 'capex', label: 'PV', amounts: { '2026': 5 } }],
    };
    expect(costTable(whole).wholeEuros).toBe(true);
  });

  it('shows the id of a cooperative that no longer exists rather than nothing', () => {
    const name = nameById([{ id: 'a', name: 'Alpha' }], (c) => c.name);
    expect(name('a')).toBe('Alpha');
    expect(name('weg')).toBe('weg');
  });
});

describe('stream budgets in the list', () => {
  it('summarises unlimited, fixed and scheduled budgets', () => {
    expect(summariseBudget(undefined)).toEqual({ kind: 'unlimited' });
    expect(summariseBudget(400000)).toEqual({ kind: 'fixed', amount: 400000 });
    expect(summariseBudget({ '2027': 50, '2026': 100 })).toEqual({
      kind: 'schedule',
      first: 2026,
      last: 2027,
      min: 50,
      max: 100,
    });
    expect(summariseBudget({})).toEqual({ kind: 'empty-schedule' });
  });

  it('sorts unlimited budgets above any amount', () => {
    expect(budgetSortValue({ kind: 'unlimited' })).toBeGreaterThan(
      budgetSortValue({ kind: 'fixed', amount: 1e12 }),
    );
  });

  it('lists each silo once, sorted', () => {
    expect(existingSilos([{ silo: 'b' }, { silo: 'a' }, { silo: 'b' }])).toEqual(['a', 'b']);
  });
});
