import { describe, expect, it } from 'vitest';
import { commandFor } from '../../renderer/src/domain/commands';
import { cooperativeDelete, moveTargets, plansOf } from '../../renderer/src/domain/cooperativeDelete';
import type { CooperativeJson } from '../../src/model/cooperative';
import type { PlanJson } from '../../src/model/plan';

const coop = (id: string, name: string): CooperativeJson => ({
  id,
  name,
  sector: 'energy',
  legalForm: 'cooperatie-ua',
  stage: 'startup',
  members: 40,
});

const plan = (id: string, cooperativeId: string): PlanJson => ({
  id,
  cooperativeId,
  name: `Plan ${id}`,
  startYear: 2026,
  years: 1,
  costs: [],
});

describe('deleting a cooperative with its plans', () => {
  it('asks about exactly its own plans and offers every other cooperative to move them to', () => {
    const plans = [plan('a', 'oost'), plan('b', 'west'), plan('c', 'oost')];
    expect(plansOf(plans, 'oost').map((p) => p.id)).toEqual(['a', 'c']);
    const cooperatives = [coop('oost', 'Oost'), coop('west', 'West'), coop('noord', 'Noord')];
    expect(moveTargets(cooperatives, 'oost').map((c) => c.id)).toEqual(['west', 'noord']);
  });

  it('undoes a delete that took its plans along by creating them back where they stood', () => {
    const removedPlan = { plan: plan('a', 'oost'), position: 2, scenarios: [{ id: 'basis', position: 0 }] };
    const command = commandFor({
      op: 'cooperatives.delete',
      id: 'oost',
      plans: { action: 'delete' },
      removed: { cooperative: coop('oost', 'Oost'), position: 1, plans: [removedPlan], movedPlanIds: [] },
    });
    expect(command.undo).toEqual({
      op: 'cooperatives.create',
      cooperative: coop('oost', 'Oost'),
      position: 1,
      plans: [removedPlan],
    });
    expect(command.redo).toEqual({ op: 'cooperatives.delete', id: 'oost', plans: { action: 'delete' } });
    expect(command.label).toEqual({ op: 'cooperatives.delete', name: 'Oost' });
  });

  it('undoes a delete that moved the plans by taking them back', () => {
    const command = commandFor({
      op: 'cooperatives.delete',
      id: 'oost',
      plans: { action: 'move', to: 'west' },
      removed: { cooperative: coop('oost', 'Oost'), position: 0, plans: [], movedPlanIds: ['a', 'c'] },
    });
    expect(command.undo).toEqual({
      op: 'cooperatives.create',
      cooperative: coop('oost', 'Oost'),
      position: 0,
      takePlans: ['a', 'c'],
    });
    expect(command.redo).toEqual({
      op: 'cooperatives.delete',
      id: 'oost',
      plans: { action: 'move', to: 'west' },
    });
  });

  it('spells a delete without plans as it always was', () => {
    expect(cooperativeDelete('oost')).toEqual({ op: 'cooperatives.delete', id: 'oost' });
  });
});
