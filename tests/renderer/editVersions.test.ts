/**
 * Issue 17 in the renderer: records reach the screens without `version` (the model's
 * schemas are strict), the version stays known beside them, an edit sends the version of
 * the record the user started from as `expectedVersion` (never inside the record), and
 * the conflict dialog lists only the fields that differ.
 */
import { describe, expect, it } from 'vitest';
import { cooperativeEdits, planUpdate, settingsUpdate, type Edit } from '../../renderer/src/domain/commands';
import { fieldDifferences, pathText } from '../../renderer/src/screens/conflict/fieldDiff';
import {
  expectedVersionOf,
  recordIn,
  startingFrom,
  targetOf,
  writtenRecordOf,
} from '../../renderer/src/state/editTarget';
import { versionSeen } from '../../renderer/src/state/recordVersions';
import { runEdit } from '../../renderer/src/state/runEdit';
import type { CooperativeJson } from '../../src/model/cooperative';
import type { PlanJson } from '../../src/model/plan';
import { answeringHost, loadedFrom, type Sent } from './answeringHost';

const coop = (name: string): CooperativeJson => ({
  id: 'oost',
  name,
  sector: 'energy',
  legalForm: 'cooperatie-ua',
  stage: 'startup',
  members: 40,
});
const plan = (name: string): PlanJson => ({
  id: 'zon',
  cooperativeId: 'oost',
  name,
  startYear: 2026,
  years: 2,
  costs: [],
});

/** A host that answers the lists with versioned records and records what it was sent. */
function fakeHost(sent: Sent = []) {
  const answers: Record<string, unknown> = {
    'workspace.info': { fileName: 'w.coopfolio' },
    'settings.get': { startYear: 2026, municipality: 'Amsterdam', version: 4 },
    'cooperatives.list': [{ ...coop('Oost'), version: 3 }],
    'fundingStreams.list': [],
    'plans.list': [{ ...plan('Zon'), version: 7 }],
    'indicators.list': [],
    'scenarios.list': [],
    'procurement.get': null,
  };
  // An update answers with the record it was sent, at version 8.
  return answeringHost(answers, sent, (name, input) => {
    if (!name.endsWith('.update')) return undefined;
    const record = Object.values(input as Record<string, unknown>)[0] as object;
    return { ok: true, value: { ...record, version: 8 } };
  });
}

const loaded = () => loadedFrom(fakeHost().api);

describe('the workspace as the screens get it', () => {
  it('has no version inside any record, and knows each one beside it', async () => {
    const data = await loaded();
    expect(data.cooperatives).toEqual([coop('Oost')]);
    expect(data.plans[0]).not.toHaveProperty('version');
    expect(data.settings).toEqual({ startYear: 2026, municipality: 'Amsterdam' });
    expect(data.versions.cooperative.get('oost')).toBe(3);
    expect(data.versions.plan.get('zon')).toBe(7);
    expect(data.versions.settings.get('settings')).toBe(4);
    // The very objects the host sent carry their version along; a copy does not.
    expect(versionSeen(data.plans[0])).toBe(7);
    expect(versionSeen({ ...data.plans[0]! })).toBeUndefined();
  });
});

describe('the version an edit expects', () => {
  it('is the one the record the user started from came with, even when the app knows a newer one', async () => {
    const data = await loaded();
    const previous = data.cooperatives[0]!;
    const edit = cooperativeEdits.update(coop('Oost, herzien'), previous);
    expect(expectedVersionOf(edit, data.versions)).toBe(3);
    const newer = { ...data.versions, cooperative: new Map([['oost', 5]]) };
    expect(expectedVersionOf(edit, newer)).toBe(3);
    // A previous value the app built itself: the newest version known for the record.
    expect(expectedVersionOf(cooperativeEdits.update(coop('X'), coop('Oost')), newer)).toBe(5);
  });

  it('is the newest known for a delete and for the settings; none for a create', async () => {
    const data = await loaded();
    expect(expectedVersionOf({ op: 'plans.delete', id: 'zon' }, data.versions)).toBe(7);
    expect(expectedVersionOf(settingsUpdate({ startYear: 2027 }, data.settings), data.versions)).toBe(4);
    expect(expectedVersionOf(cooperativeEdits.create(coop('Nieuw')), data.versions)).toBeUndefined();
    expect(
      expectedVersionOf({ op: 'procurement.update', procurement: null, previous: null }, data.versions),
    ).toBeUndefined();
  });

  it('names the record each edit writes, creates included', () => {
    const create: Edit = { op: 'plans.create', plan: plan('Zon') };
    expect(targetOf(create)).toBeNull();
    expect(writtenRecordOf(create)).toEqual({ kind: 'plan', id: 'zon' });
    expect(targetOf({ op: 'indicators.delete', id: 'co2' })).toEqual({
      kind: 'indicator',
      id: 'co2',
      previous: null,
      mine: null,
    });
  });
});

describe('sending an edit', () => {
  it('sends expectedVersion beside the record, never a version inside it, and answers the new version', async () => {
    const { api, sent } = fakeHost();
    const data = await loaded();
    const edit = planUpdate(plan('Zon, herzien'), data.plans[0]!);
    const result = await runEdit(api, edit, 7);
    expect(result).toMatchObject({ ok: true, value: { version: 8 } });
    expect(sent.at(-1)).toEqual({
      name: 'plans.update',
      input: { plan: plan('Zon, herzien'), expectedVersion: 7 },
    });
    await runEdit(api, edit);
    expect(sent.at(-1)?.input).toEqual({ plan: plan('Zon, herzien') });
  });

  it('writing mine on top starts from theirs, so undo brings theirs back', async () => {
    const data = await loaded();
    const theirs = data.plans[0]!;
    const edit = planUpdate(plan('Mijn naam'), plan('Wat ik zag'));
    expect(startingFrom(edit, data)).toEqual({ ...edit, previous: theirs });
    expect(recordIn(data, { kind: 'plan', id: 'zon' })).toBe(theirs);
    expect(recordIn(data, { kind: 'plan', id: 'weg' })).toBeNull();
    expect(startingFrom({ op: 'plans.delete', id: 'zon' }, data)).toEqual({ op: 'plans.delete', id: 'zon' });
  });
});

describe('the differences the conflict dialog lists', () => {
  it('lists only the leaves that differ, with their paths', () => {
    const theirs = { ...plan('Van hen'), costs: [{ id: 'a', label: 'Huur', amounts: { '2026': 100 } }] };
    const mine = {
      ...plan('Van mij'),
      costs: [{ id: 'a', label: 'Huur', amounts: { '2026': 150, '2027': 10 } }],
    };
    expect(fieldDifferences(theirs, mine)).toEqual([
      { path: ['name'], theirs: 'Van hen', mine: 'Van mij' },
      { path: ['costs', 0, 'amounts', '2026'], theirs: 100, mine: 150 },
      { path: ['costs', 0, 'amounts', '2027'], theirs: undefined, mine: 10 },
    ]);
    expect(pathText(['costs', 0, 'amounts', '2026'])).toBe('costs › 1 › amounts › 2026');
  });

  it('lists nothing for equal values, and every field of a record only one side has', () => {
    expect(fieldDifferences(plan('Zon'), plan('Zon'))).toEqual([]);
    expect(fieldDifferences({ a: 1, b: [1, 2] }, { a: 1, b: [1] })).toEqual([
      { path: ['b', 1], theirs: 2, mine: undefined },
    ]);
    expect(fieldDifferences({ lens: { x: 1 } }, {})).toEqual([
      { path: ['lens', 'x'], theirs: 1, mine: undefined },
    ]);
  });
});
