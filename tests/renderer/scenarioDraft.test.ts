import { describe, expect, it } from 'vitest';
import { commandFor, isNoOpEdit, scenarioEdits } from '../../renderer/src/domain/commands';
import { fieldForPath, fromServerIssues } from '../../renderer/src/domain/issues';
import {
  addPlan,
  checkScenarioDraft,
  draftFromScenario,
  emptyScenarioDraft,
  movePlan,
  removePlan,
  scenarioFields,
} from '../../renderer/src/domain/scenarioDraft';
import { makeIssue } from '../../src/model/issues';
import type { ScenarioJson } from '../../src/model/scenario';

const context = { streamIds: ['innovatie', 'lening'], indicatorIds: ['co2', 'armoede'] };

const scenario: ScenarioJson = {
  id: 'klimaat',
  name: 'Klimaat',
  plans: ['zon', 'warmte'],
  streamFactors: { innovatie: 1.5 },
  indicatorOverrides: { co2: { trend: -0.05 } },
  monteCarlo: { draws: 2000, seed: 7 },
};

describe('the scenario editor form', () => {
  it('shows stored numbers the local way and every stream and indicator as a field', () => {
    const draft = draftFromScenario(scenario, 'nl-NL', context);
    expect(draft.factors).toEqual({ innovatie: '1,5', lening: '' });
    expect(draft.overrides).toEqual({
      co2: { trend: '-5', threshold: '' },
      armoede: { trend: '', threshold: '' },
    });
    expect(draft.draws).toBe('2000');
    expect(scenarioFields(draft)).toContain('streamFactors.lening');
    expect(scenarioFields(draft)).toContain('indicatorOverrides.co2.trend');
  });

  it('gives back exactly the stored scenario when nothing changed (no empty undo step)', () => {
    const draft = draftFromScenario(scenario, 'nl-NL', context);
    const checked = checkScenarioDraft(draft, 'nl', 'nl-NL');
    expect(checked.ok).toBe(true);
    if (!checked.ok) return;
    expect(checked.value).toEqual(scenario);
    expect(isNoOpEdit(scenarioEdits.update(checked.value, scenario))).toBe(true);
  });

  it('reads typed factors, percentages and thresholds; a factor of 1 or an empty field is not stored', () => {
    const draft = {
      ...emptyScenarioDraft(context),
      id: 'nieuw',
      name: 'Nieuw',
      plans: ['zon'],
      factors: { innovatie: '1', lening: '0,75' },
      overrides: { co2: { trend: '', threshold: '900,5' }, armoede: { trend: '0,4', threshold: '' } },
      draws: '1.000',
      seed: '',
    };
    const checked = checkScenarioDraft(draft, 'nl', 'nl-NL');
    expect(checked).toEqual({
      ok: true,
      value: {
        id: 'nieuw',
        name: 'Nieuw',
        plans: ['zon'],
        streamFactors: { lening: 0.75 },
        indicatorOverrides: { co2: { threshold: 900.5 }, armoede: { trend: 0.004 } },
        monteCarlo: { draws: 1000, seed: 42 },
      },
    });
  });

  it('puts problems at the field they are about, from the form and from the host', () => {
    const draft = {
      ...draftFromScenario(scenario, 'nl-NL', context),
      factors: { innovatie: 'veel', lening: '' },
      overrides: { co2: { trend: '', threshold: '-3' }, armoede: { trend: '', threshold: '' } },
      draws: '0',
    };
    const checked = checkScenarioDraft(draft, 'nl', 'nl-NL');
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    const fields = scenarioFields(draft);
    const places = checked.issues.map((issue) => fieldForPath(issue.path, fields));
    expect(places).toContain('streamFactors.innovatie');
    expect(places).toContain('indicatorOverrides.co2.threshold');
    expect(places).toContain('monteCarlo.draws');
    // The host names paths from the input (`scenario.streamFactors.x`); they land on the same fields.
    const fromHost = fromServerIssues([makeIssue('nl', ['scenario', 'plans', 1], 'required')], 'scenario');
    expect(fieldForPath(fromHost[0]!.path, fields)).toBe('plans');
  });

  it('says a trend out of range in percent a year, as the field is typed', () => {
    const draft = {
      ...draftFromScenario(scenario, 'nl-NL', context),
      overrides: { co2: { trend: '-150', threshold: '' }, armoede: { trend: '', threshold: '' } },
    };
    const checked = checkScenarioDraft(draft, 'nl', 'nl-NL');
    if (checked.ok) throw new Error('expected a problem');
    expect(checked.issues.map((i) => (i.source === 'model' ? i.key : ''))).toEqual(['trendPercentRange']);
  });

  it('moves, adds and removes plans in priority order', () => {
    expect(movePlan(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
    expect(movePlan(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(movePlan(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c']);
    expect(addPlan(['a'], 'b')).toEqual(['a', 'b']);
    expect(addPlan(['a'], 'a')).toEqual(['a']);
    expect(removePlan(['a', 'b'], 'a')).toEqual(['b']);
  });
});

describe('undoing scenario edits', () => {
  it('undoes a create by deleting, an update by writing back, a delete by creating at the old place', () => {
    const created = commandFor({ op: 'scenarios.create', scenario });
    expect(created.undo).toEqual({ op: 'scenarios.delete', id: 'klimaat' });
    expect(created.label).toEqual({ op: 'scenarios.create', name: 'Klimaat' });

    const renamed = { ...scenario, name: 'Klimaat+' };
    const updated = commandFor({ op: 'scenarios.update', scenario: renamed, previous: scenario });
    expect(updated.undo).toEqual({ op: 'scenarios.update', scenario, previous: renamed });

    const deleted = commandFor({
      op: 'scenarios.delete',
      id: 'klimaat',
      removed: { scenario: { ...scenario, streamFactors: { innovatie: 1.5 } }, position: 1 },
    });
    expect(deleted.undo).toMatchObject({ op: 'scenarios.create', position: 1, scenario: { id: 'klimaat' } });
    expect(deleted.redo).toEqual({ op: 'scenarios.delete', id: 'klimaat' });
  });
});
