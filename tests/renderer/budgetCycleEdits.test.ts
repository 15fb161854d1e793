import { describe, expect, it } from 'vitest';
import { updateCostLine } from '../../renderer/src/domain/planEdits';
import { continuesChoiceOf, continuesOf } from '../../renderer/src/domain/costLineContinues';
import {
  checkStreamEditorDraft,
  emptyStreamEditorDraft,
  streamEditorDraftOf,
  type StreamEditorDraft,
} from '../../renderer/src/screens/streams/termsDraft';
import type { PlanJson } from '../../src/model/plan';

const grant = (patch: Partial<StreamEditorDraft> = {}): StreamEditorDraft => ({
  ...emptyStreamEditorDraft(),
  id: 'pilotfonds',
  name: 'Pilotfonds',
  silo: 'gemeente',
  kind: 'grant',
  budgetMode: 'unlimited',
  ...patch,
});

describe("the stream editor's budget nature", () => {
  it('leaves the field out for the default and writes an explicit choice', () => {
    const plain = checkStreamEditorDraft(grant(), 'nl', 'nl-NL');
    expect(plain.ok && 'budgetNature' in plain.value).toBe(false);
    const structural = checkStreamEditorDraft(grant({ budgetNature: 'structural' }), 'nl', 'nl-NL');
    expect(structural.ok && structural.value.budgetNature).toBe('structural');
  });

  it('reads a stream back into the draft, absent as the default', () => {
    const stream = { id: 'x', name: 'X', silo: 's', kind: 'grant' as const, public: true };
    expect(streamEditorDraftOf(stream, 'nl-NL').budgetNature).toBe('');
    expect(streamEditorDraftOf({ ...stream, budgetNature: 'one-off' }, 'nl-NL').budgetNature).toBe('one-off');
  });
});

describe("a cost line's continues", () => {
  const plan: PlanJson = {
    id: 'p',
    cooperativeId: 'c',
    name: 'P',
    startYear: 2026,
    years: 2,
    costs: [{ id: 'pv', category: 'capex', label: 'PV', amounts: { '2026': 100 }, continues: true }],
  };

  it('sets, changes and clears it, keeping the amounts', () => {
    const no = updateCostLine(plan, 'pv', { category: 'capex', label: 'PV', continues: false });
    expect(no.costs[0]).toEqual({
      id: 'pv',
      category: 'capex',
      label: 'PV',
      amounts: { '2026': 100 },
      continues: false,
    });
    const cleared = updateCostLine(no, 'pv', { category: 'opex', label: 'Onderhoud' });
    expect(cleared.costs[0]).toEqual({
      id: 'pv',
      category: 'opex',
      label: 'Onderhoud',
      amounts: { '2026': 100 },
    });
    expect('continues' in cleared.costs[0]!).toBe(false);
  });

  it('maps the three choices to true, false and absent and back', () => {
    for (const value of [true, false, undefined]) expect(continuesOf(continuesChoiceOf(value))).toBe(value);
  });
});
