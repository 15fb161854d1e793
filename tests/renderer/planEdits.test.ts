import { describe, expect, it } from 'vitest';
import {
  addCostLine,
  findLock,
  lockCell,
  removeCostLine,
  setCostAmount,
  setRevenue,
  unlockCell,
} from '../../renderer/src/domain/planEdits';
import type { PlanJson } from '../../src/model/plan';

const plan: PlanJson = {
  id: 'zon-op-oost',
  cooperativeId: 'oost',
  name: 'Zon op Oost',
  startYear: 2026,
  years: 3,
  costs: [
    { id: 'pv', category: 'capex', label: 'Zonnepanelen', amounts: { '2026': 250000, '2028': 1000 } },
    { id: 'uren', category: 'personnel', label: 'Uren', amounts: {} },
  ],
  revenues: { '2027': 30000 },
  locked: [{ streamId: 'fonds', costId: 'pv', year: 2026, amount: 10000 }],
};

describe('plan builder changes', () => {
  it('sets one cost amount and keeps the years in order', () => {
    const next = setCostAmount(plan, 'pv', 2027, 12500.5);
    expect(Object.entries(next.costs[0]!.amounts)).toEqual([
      ['2026', 250000],
      ['2027', 12500.5],
      ['2028', 1000],
    ]);
    expect(next.costs[1]).toBe(plan.costs[1]);
    expect(plan.costs[0]!.amounts).toEqual({ '2026': 250000, '2028': 1000 });
  });

  it('removes a year when the cell is emptied, since missing years count as 0', () => {
    expect(setCostAmount(plan, 'pv', 2026, null).costs[0]!.amounts).toEqual({ '2028': 1000 });
    expect(setRevenue(plan, 2027, null).revenues).toEqual({});
    expect(setRevenue(plan, 2026, 5).revenues).toEqual({ '2026': 5, '2027': 30000 });
  });

  it('adds an empty cost line with an id made from its label and free in the plan', () => {
    const next = addCostLine(plan, 'capex', 'PV');
    expect(next.costs.at(-1)).toEqual({ id: 'pv-2', category: 'capex', label: 'PV', amounts: {} });
    expect(addCostLine(plan, 'training', 'Cursus bestuur').costs.at(-1)?.id).toBe('cursus-bestuur');
  });

  it('removes a cost line together with the amounts locked on it', () => {
    const next = removeCostLine(plan, 'pv');
    expect(next.costs.map((cost) => cost.id)).toEqual(['uren']);
    expect(next.locked).toEqual([]);
  });

  it('locks a cell at an amount, replacing an earlier lock of the same cell, and unlocks it', () => {
    const cell = { streamId: 'fonds', costId: 'pv', year: 2026 };
    const relocked = lockCell(plan, cell, 20000);
    expect(relocked.locked).toEqual([{ ...cell, amount: 20000 }]);
    const other = lockCell(plan, { ...cell, year: 2027 }, 5);
    expect(other.locked).toHaveLength(2);
    expect(findLock(other, { ...cell, year: 2027 })?.amount).toBe(5);
    expect(unlockCell(other, cell).locked).toEqual([{ ...cell, year: 2027, amount: 5 }]);
    expect(findLock(unlockCell(plan, cell), cell)).toBeUndefined();
  });
});
