import { describe, expect, it } from 'vitest';
import { commandFor, isNoOpEdit, planUpdate } from '../../renderer/src/domain/commands';
import type { CooperativeJson } from '../../src/model/cooperative';
import type { PlanJson } from '../../src/model/plan';
import type { FundingStreamJson } from '../../src/model/stream';

const coop = (name: string): CooperativeJson => ({
  id: 'buurtcoop-oost',
  name,
  sector: 'energy',
  legalForm: 'cooperatie-ua',
  stage: 'startup',
  members: 40,
});

const stream: FundingStreamJson = {
  id: 'innovatie',
  name: 'Innovatiefonds',
  silo: 'municipal-social',
  kind: 'grant',
  public: true,
};

describe('how each edit is undone', () => {
  it('undoes a create by deleting what was created', () => {
    const command = commandFor({ op: 'cooperatives.create', cooperative: coop('Oost') });
    expect(command.undo).toEqual({ op: 'cooperatives.delete', id: 'buurtcoop-oost' });
    expect(command.redo).toEqual({ op: 'cooperatives.create', cooperative: coop('Oost') });
    expect(command.label).toEqual({ op: 'cooperatives.create', name: 'Oost' });
  });

  it('undoes an update by writing back the previous value', () => {
    const command = commandFor({
      op: 'cooperatives.update',
      cooperative: coop('Nieuw'),
      previous: coop('Oud'),
    });
    expect(command.undo).toEqual({
      op: 'cooperatives.update',
      cooperative: coop('Oud'),
      previous: coop('Nieuw'),
    });
    expect(command.redo).toEqual({
      op: 'cooperatives.update',
      cooperative: coop('Nieuw'),
      previous: coop('Oud'),
    });
  });

  it('undoes a delete by creating the removed row again at its old position', () => {
    const command = commandFor({
      op: 'cooperatives.delete',
      id: 'buurtcoop-oost',
      removed: { cooperative: coop('Oost'), position: 3, plans: [], movedPlanIds: [] },
    });
    expect(command.undo).toEqual({ op: 'cooperatives.create', cooperative: coop('Oost'), position: 3 });
    expect(command.redo).toEqual({ op: 'cooperatives.delete', id: 'buurtcoop-oost' });
    expect(command.label.name).toBe('Oost');
  });

  it('treats funding streams the same way', () => {
    expect(commandFor({ op: 'fundingStreams.create', stream }).undo).toEqual({
      op: 'fundingStreams.delete',
      id: 'innovatie',
    });
    const changed = { ...stream, name: 'Innovatiefonds 2' };
    expect(commandFor({ op: 'fundingStreams.update', stream: changed, previous: stream }).undo).toEqual({
      op: 'fundingStreams.update',
      stream,
      previous: changed,
    });
    expect(
      commandFor({ op: 'fundingStreams.delete', id: 'innovatie', removed: { stream, position: 0 } }).undo,
    ).toEqual({ op: 'fundingStreams.create', stream, position: 0 });
  });

  it('undoing the undo restores the original edit', () => {
    const edit = { op: 'cooperatives.update', cooperative: coop('B'), previous: coop('A') } as const;
    const undo = commandFor(edit).undo;
    if (undo.op !== 'cooperatives.update') throw new Error('expected an update');
    expect(commandFor(undo).undo).toEqual(edit);
  });
});

describe('plan builder edits', () => {
  const plan: PlanJson = {
    id: 'zon',
    cooperativeId: 'oost',
    name: 'Zon op Oost',
    startYear: 2026,
    years: 2,
    costs: [{ id: 'pv', category: 'capex', label: 'Panelen', amounts: { '2026': 100 } }],
  };
  const changed: PlanJson = { ...plan, costs: [{ ...plan.costs[0]!, amounts: { '2026': 250 } }] };

  it('undoes a plan update by writing the previous plan back, and redoes it as asked', () => {
    const edit = planUpdate(changed, plan);
    const command = commandFor(edit);
    expect(command.label).toEqual({ op: 'plans.update', name: 'Zon op Oost' });
    expect(command.undo).toEqual({ op: 'plans.update', plan, previous: changed });
    expect(command.redo).toEqual(edit);
  });

  it('leaves no undo step for a plan written back unchanged', () => {
    expect(isNoOpEdit(planUpdate(plan, { ...plan }))).toBe(true);
    expect(isNoOpEdit(planUpdate(changed, plan))).toBe(false);
  });
});

describe('edits that change nothing', () => {
  it('recognises an update that writes back the stored value', () => {
    expect(isNoOpEdit({ op: 'cooperatives.update', cooperative: coop('A'), previous: coop('A') })).toBe(true);
    expect(isNoOpEdit({ op: 'cooperatives.update', cooperative: coop('B'), previous: coop('A') })).toBe(
      false,
    );
    expect(isNoOpEdit({ op: 'fundingStreams.update', stream, previous: { ...stream } })).toBe(true);
    expect(isNoOpEdit({ op: 'cooperatives.delete', id: 'x' })).toBe(false);
  });
});
