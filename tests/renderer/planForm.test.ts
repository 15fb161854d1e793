import { describe, expect, it } from 'vitest';
import { commandFor, planCreate, planDelete } from '../../renderer/src/domain/commands';
import {
  gridLayout,
  heldAt,
  heldInLayout,
  withHeld,
  withoutHeld,
  type HeldEntry,
} from '../../renderer/src/domain/costGrid';
import { updateCostLine } from '../../renderer/src/domain/planEdits';
import {
  checkNewPlanDraft,
  checkPlanDetails,
  copyOfPlan,
  defaultPlanYears,
  newPlanDraft,
  planDetailsDraft,
  withDetails,
} from '../../renderer/src/domain/planForm';
import { amountsOutside, outsideTotal, withPeriod } from '../../renderer/src/domain/planPeriod';
import {
  defaultScenariosForNewPlan,
  placesAtEnd,
  placesForCopy,
  scenariosWithPlan,
} from '../../renderer/src/domain/planScenarios';
import { planSchema, type PlanJson } from '../../src/model/plan';
import {
  placesOfPlan,
  scenariosHoldingAllPlans,
  withoutPlan,
  withPlanAt,
} from '../../src/model/scenario-plans';

const plan: PlanJson = {
  id: 'zon-op-oost',
  cooperativeId: 'oost',
  name: 'Zon op Oost',
  startYear: 2026,
  years: 4,
  costs: [
    { id: 'pv', category: 'capex', label: 'Zonnepanelen', amounts: { '2026': 250000, '2029': 1000 } },
    { id: 'uren', category: 'personnel', label: 'Uren', amounts: { '2027': 500 } },
  ],
  revenues: { '2028': 30000, '2029': 31000 },
  locked: [{ streamId: 'fonds', costId: 'pv', year: 2029, amount: 400 }],
};

const describeOutside = (outside: readonly unknown[]) => `${outside.length} outside`;

describe('a new plan', () => {
  it('starts in the workspace start year and runs 3 to 5 years, the horizon kept within that range', () => {
    expect(defaultPlanYears(10)).toBe(5);
    expect(defaultPlanYears(4)).toBe(4);
    expect(defaultPlanYears(1)).toBe(3);
    const draft = newPlanDraft({ startYear: 2027, horizonYears: 10 }, [{ id: 'a' }, { id: 'b' }]);
    expect(draft).toMatchObject({ startYear: '2027', years: '5', cooperativeId: '' });
    // With one cooperative there is nothing to choose.
    expect(newPlanDraft({ startYear: 2027, horizonYears: 10 }, [{ id: 'a' }]).cooperativeId).toBe('a');
  });

  it('is checked with the plan schema: a missing cooperative, a bad id and 0 years each beside their field', () => {
    const draft = {
      ...newPlanDraft({ startYear: 2026, horizonYears: 10 }, []),
      name: 'Buurtbatterij',
      id: 'Bad Id',
      years: '0',
    };
    const checked = checkNewPlanDraft(draft, 'nl', 'nl-NL');
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(checked.issues.map((issue) => issue.path.join('.')).sort()).toEqual([
      'cooperativeId',
      'id',
      'years',
    ]);
  });

  it('comes out as an empty plan in the JSON form the contract takes', () => {
    const draft = {
      ...newPlanDraft({ startYear: 2026, horizonYears: 4 }, [{ id: 'oost' }]),
      name: 'Buurtbatterij',
      id: 'buurtbatterij',
    };
    const checked = checkNewPlanDraft(draft, 'en', 'en-GB');
    expect(checked).toMatchObject({
      ok: true,
      value: {
        id: 'buurtbatterij',
        name: 'Buurtbatterij',
        cooperativeId: 'oost',
        startYear: 2026,
        years: 4,
        costs: [],
      },
    });
  });
});

describe("changing a plan's period", () => {
  it('lists every amount outside the new period: costs, revenues and locked allocations', () => {
    const outside = amountsOutside(plan, { startYear: 2026, years: 3 });
    expect(outside).toEqual([
      { kind: 'cost', label: 'Zonnepanelen', year: 2029, amount: 1000 },
      { kind: 'revenue', label: '', year: 2029, amount: 31000 },
      { kind: 'lock', label: 'Zonnepanelen', year: 2029, amount: 400 },
    ]);
    // A lock allocates a cost already counted; it is not extra money.
    expect(outsideTotal(outside)).toBe(32000);
    expect(amountsOutside(plan, { startYear: 2025, years: 6 })).toEqual([]);
  });

  it('refuses a shorter period with amounts outside it, beside the number of years, and changes nothing', () => {
    const draft = { ...planDetailsDraft(plan), years: '3' };
    const checked = checkPlanDetails(plan, draft, 'nl', 'nl-NL', describeOutside);
    expect(checked).toEqual({ ok: false, issues: [{ source: 'text', path: ['years'], text: '3 outside' }] });
  });

  it('puts the refusal beside the start year when the start moved', () => {
    const draft = { ...planDetailsDraft(plan), startYear: '2027' };
    const checked = checkPlanDetails(plan, draft, 'nl', 'nl-NL', describeOutside);
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(checked.issues[0]?.path).toEqual(['startYear']);
  });

  it('removes the amounts outside only when the user agreed, and the result passes the schema', () => {
    const draft = { ...planDetailsDraft(plan), years: '3', removeOutside: true, name: 'Zon op Oost (kort)' };
    const checked = checkPlanDetails(plan, draft, 'nl', 'nl-NL', describeOutside);
    expect(checked).toEqual({
      ok: true,
      value: {
        name: 'Zon op Oost (kort)',
        cooperativeId: 'oost',
        startYear: 2026,
        years: 3,
        removeOutside: true,
      },
    });
    if (!checked.ok) return;
    const next = withDetails(plan, checked.value);
    expect(next.costs[0]!.amounts).toEqual({ '2026': 250000 });
    expect(next.revenues).toEqual({ '2028': 30000 });
    expect(next.locked).toEqual([]);
    expect(planSchema.safeParse(next).success).toBe(true);
  });

  it('keeps every amount when the period only grows, whatever the checkbox says', () => {
    const draft = { ...planDetailsDraft(plan), years: '6', removeOutside: true };
    const checked = checkPlanDetails(plan, draft, 'en', 'en-GB', describeOutside);
    expect(checked).toMatchObject({ ok: true, value: { years: 6, removeOutside: false } });
    if (checked.ok) expect(withDetails(plan, checked.value).costs).toEqual(plan.costs);
    expect(withPeriod(plan, { startYear: 2026, years: 2 }, false).costs).toEqual(plan.costs);
  });
});

describe('copying a plan', () => {
  it('gives the copy a free id and the name with the suffix, and leaves the original as it was', () => {
    const before = structuredClone(plan);
    const copy = copyOfPlan(plan, new Set(['zon-op-oost', 'zon-op-oost-kopie']), '(kopie)');
    expect(copy.name).toBe('Zon op Oost (kopie)');
    expect(copy.id).toBe('zon-op-oost-kopie-2');
    expect(copy.costs).toEqual(plan.costs);
    copy.costs[0]!.amounts['2026'] = 1;
    expect(plan).toEqual(before);
  });

  it('keeps a long name within 200 characters', () => {
    const copy = copyOfPlan({ ...plan, name: 'x'.repeat(200) }, new Set(), '(copy)');
    expect(copy.name).toHaveLength(200);
    expect(copy.name.endsWith(' (copy)')).toBe(true);
  });
});

describe('plans in scenarios', () => {
  const workspace = {
    plans: [{ id: 'a' }, { id: 'b' }],
    scenarios: [
      { id: 'alles', name: 'Alles', plans: ['b', 'a'] },
      { id: 'deel', name: 'Deel', plans: ['a'] },
      { id: 'ook-alles', name: 'Ook alles', plans: ['a', 'x', 'b'] },
    ],
  };

  it('a new plan joins, by default, every scenario that lists all plans, at the end', () => {
    expect(scenariosHoldingAllPlans(workspace)).toEqual(['alles', 'ook-alles']);
    expect(defaultScenariosForNewPlan(workspace)).toEqual(['alles', 'ook-alles']);
    expect(placesAtEnd(workspace, ['ook-alles', 'deel'])).toEqual([
      { id: 'deel', position: 1 },
      { id: 'ook-alles', position: 3 },
    ]);
    // With no plans at all, no scenario leaves anything out.
    expect(scenariosHoldingAllPlans({ plans: [], scenarios: workspace.scenarios })).toHaveLength(3);
  });

  it('a copy goes right after its original in those scenarios', () => {
    expect(placesForCopy(workspace, 'b')).toEqual([
      { id: 'alles', position: 1 },
      { id: 'ook-alles', position: 3 },
    ]);
  });

  it('finds, inserts and removes a plan in the lists', () => {
    expect(scenariosWithPlan(workspace.scenarios, 'a').map((s) => s.id)).toEqual([
      'alles',
      'deel',
      'ook-alles',
    ]);
    expect(placesOfPlan(workspace.scenarios, 'b')).toEqual([
      { id: 'alles', position: 0 },
      { id: 'ook-alles', position: 2 },
    ]);
    expect(withPlanAt(['a', 'b'], 'c', 1)).toEqual(['a', 'c', 'b']);
    expect(withPlanAt(['a', 'b'], 'c', 99)).toEqual(['a', 'b', 'c']);
    expect(withPlanAt(['a', 'b'], 'a', 1)).toEqual(['a', 'b']);
    expect(withoutPlan(['a', 'b', 'a'], 'a')).toEqual(['b']);
  });

  it('undoes a new plan by deleting it, and a delete by creating it again where it stood, scenarios too', () => {
    const created = commandFor({ op: 'plans.create', plan, scenarios: [{ id: 'alles', position: 2 }] });
    expect(created.undo).toEqual(planDelete('zon-op-oost'));
    expect(created.label).toEqual({ op: 'plans.create', name: 'Zon op Oost' });
    const deleted = commandFor({
      op: 'plans.delete',
      id: 'zon-op-oost',
      removed: { plan, position: 4, scenarios: [{ id: 'alles', position: 1 }] },
    });
    expect(deleted.undo).toEqual(planCreate(plan, [{ id: 'alles', position: 1 }], 4));
    expect(deleted.undo).toEqual({
      op: 'plans.create',
      plan,
      position: 4,
      scenarios: [{ id: 'alles', position: 1 }],
    });
    expect(deleted.redo).toEqual({ op: 'plans.delete', id: 'zon-op-oost' });
    // A plan in no scenario is created back without an empty scenario list.
    expect(planCreate(plan, [])).toEqual({ op: 'plans.create', plan });
  });
});

describe('cost lines and held grid text', () => {
  it('renames a cost line and changes its category, keeping its id and amounts', () => {
    const next = updateCostLine(plan, 'pv', { category: 'opex', label: 'Panelen' });
    expect(next.costs[0]).toEqual({ ...plan.costs[0], category: 'opex', label: 'Panelen' });
    expect(next.costs[1]).toBe(plan.costs[1]);
  });

  it('holds refused text per cell (one entry a cell), releases it, and drops entries whose cell is gone', () => {
    const layout = gridLayout(plan);
    const pv = layout.rows[0]!;
    const revenue = layout.rows[2]!;
    let held: HeldEntry[] = [];
    held = withHeld(held, { rowKey: 'cost:pv', year: 2027, text: 'twaalf', issues: [] });
    held = withHeld(held, { rowKey: 'cost:pv', year: 2027, text: 'dertien', issues: [] });
    held = withHeld(held, { rowKey: 'revenue', year: 2026, text: '1,234,5', issues: [] });
    expect(held).toHaveLength(2);
    expect(heldAt(held, pv, 2027)?.text).toBe('dertien');
    expect(heldAt(held, revenue, 2026)?.text).toBe('1,234,5');
    expect(withoutHeld(held, pv, 2027)).toHaveLength(1);
    // The line is removed and the plan shortened: neither entry has a cell any more.
    const shorter = gridLayout({ ...plan, startYear: 2027, costs: plan.costs.slice(1) });
    expect(heldInLayout(held, shorter)).toEqual([]);
    expect(heldInLayout(held, layout)).toHaveLength(2);
  });
});
