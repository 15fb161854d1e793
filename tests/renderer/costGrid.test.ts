import { describe, expect, it } from 'vitest';
import {
  cellAmount,
  cellPath,
  gridLayout,
  issueIsAbout,
  moveInGrid,
  readCellEntry,
  storedCell,
  withCell,
  type GridRow,
} from '../../renderer/src/domain/costGrid';
import type { PlanJson } from '../../src/model/plan';

const plan: PlanJson = {
  id: 'zon',
  cooperativeId: 'oost',
  name: 'Zon',
  startYear: 2026,
  years: 3,
  costs: [
    { id: 'pv', category: 'capex', label: 'Panelen', amounts: { '2026': 100 } },
    { id: 'uren', category: 'personnel', label: 'Uren', amounts: { '2027': 0 } },
  ],
  revenues: { '2028': 40 },
};
const pv: GridRow = { kind: 'cost', costId: 'pv', label: 'Panelen', category: 'capex' };
const revenue: GridRow = { kind: 'revenue' };

describe('the cost grid', () => {
  it('has a row per cost line, then the revenues, and a column per plan year', () => {
    const layout = gridLayout(plan);
    expect(layout.years).toEqual([2026, 2027, 2028]);
    expect(layout.rows.map((row) => (row.kind === 'cost' ? row.costId : 'revenue'))).toEqual([
      'pv',
      'uren',
      'revenue',
    ]);
  });

  it('reads and writes cells of cost lines and revenues', () => {
    expect(cellAmount(plan, pv, 2026)).toBe(100);
    expect(cellAmount(plan, pv, 2027)).toBe(0);
    expect(storedCell(plan, pv, 2027)).toBeUndefined();
    expect(storedCell(plan, gridLayout(plan).rows[1]!, 2027)).toBe(0);
    expect(cellAmount(withCell(plan, pv, 2027, 7), pv, 2027)).toBe(7);
    expect(withCell(plan, revenue, 2028, null).revenues).toEqual({});
  });

  it('names each cell by the JSON path the model and the host use in their issues', () => {
    expect(cellPath(plan, pv, 2027)).toEqual(['costs', 0, 'amounts', '2027']);
    expect(cellPath(plan, revenue, 2026)).toEqual(['revenues', '2026']);
    expect(issueIsAbout(['costs', 0, 'amounts', '2027'], ['costs', 0, 'amounts', '2027'])).toBe(true);
    expect(issueIsAbout(['costs', 1, 'amounts', '2027'], ['costs', 0, 'amounts', '2027'])).toBe(false);
  });
});

describe('typing into a cell', () => {
  const path = ['costs', 0, 'amounts', '2026'];

  it('reads Dutch and English amounts the way the UI language writes them', () => {
    expect(readCellEntry('12.500,50', path, 'nl-NL', 'nl')).toEqual({ ok: true, value: 12500.5 });
    expect(readCellEntry('12,500.50', path, 'en-GB', 'en')).toEqual({ ok: true, value: 12500.5 });
    expect(readCellEntry('€ 700.000', path, 'nl-NL', 'nl')).toEqual({ ok: true, value: 700000 });
  });

  it('takes an empty cell as nothing stored', () => {
    expect(readCellEntry('  ', path, 'nl-NL', 'nl')).toEqual({ ok: true, value: null });
  });

  it('refuses text, negative amounts and more than two decimals, at the cell', () => {
    for (const text of ['twaalf', '-5', '1,234']) {
      const entry = readCellEntry(text, path, 'nl-NL', 'nl');
      expect(entry.ok, text).toBe(false);
      if (!entry.ok) expect(entry.issues[0]?.path).toEqual(path);
    }
  });
});

describe('moving through the grid', () => {
  const size = { rows: 3, cols: 4 };

  it('moves with the arrows and stops at the edges', () => {
    expect(moveInGrid({ row: 1, col: 1 }, 'ArrowUp', false, size)).toEqual({ row: 0, col: 1 });
    expect(moveInGrid({ row: 0, col: 1 }, 'ArrowUp', false, size)).toEqual({ row: 0, col: 1 });
    expect(moveInGrid({ row: 2, col: 3 }, 'ArrowRight', false, size)).toEqual({ row: 2, col: 3 });
    expect(moveInGrid({ row: 2, col: 0 }, 'ArrowLeft', false, size)).toEqual({ row: 2, col: 0 });
    expect(moveInGrid({ row: 1, col: 1 }, 'ArrowDown', false, size)).toEqual({ row: 2, col: 1 });
  });

  it('moves down with Enter and up with Shift+Enter', () => {
    expect(moveInGrid({ row: 0, col: 2 }, 'Enter', false, size)).toEqual({ row: 1, col: 2 });
    expect(moveInGrid({ row: 1, col: 2 }, 'Enter', true, size)).toEqual({ row: 0, col: 2 });
  });

  it('moves right with Tab, on to the next row, and lets Tab leave the grid at its ends', () => {
    expect(moveInGrid({ row: 0, col: 3 }, 'Tab', false, size)).toEqual({ row: 1, col: 0 });
    expect(moveInGrid({ row: 1, col: 0 }, 'Tab', true, size)).toEqual({ row: 0, col: 3 });
    expect(moveInGrid({ row: 2, col: 3 }, 'Tab', false, size)).toBeNull();
    expect(moveInGrid({ row: 0, col: 0 }, 'Tab', true, size)).toBeNull();
  });
});
