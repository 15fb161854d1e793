import { describe, expect, it } from 'vitest';
import { fieldForPath, fromServerIssues } from '../../renderer/src/domain/issues';
import {
  checkScenarioDraft,
  draftFromScenario,
  emptyScenarioDraft,
  scenarioCandidate,
  scenarioFields,
} from '../../renderer/src/domain/scenarioDraft';
import { makeIssue } from '../../src/model/issues';
import type { ScenarioJson } from '../../src/model/scenario';

const context = { streamIds: ['wmo', 'zon'], indicatorIds: [] };

const pooled: ScenarioJson = {
  id: 'ontschot',
  name: 'Ontschot',
  plans: ['plan'],
  desiloing: { silos: ['gemeente-sociaal-domein', 'gemeente-energie'] },
};

describe('the Ontschotting section of the scenario editor', () => {
  it('keeps the pooled silos through the form, and sends no pooling when none is chosen', () => {
    const draft = draftFromScenario(pooled, 'nl-NL', context);
    expect(draft.silos).toEqual(['gemeente-sociaal-domein', 'gemeente-energie']);
    expect(scenarioCandidate(draft, 'nl-NL')['desiloing']).toEqual(pooled.desiloing);
    const check = checkScenarioDraft(draft, 'nl', 'nl-NL');
    expect(check.ok && check.value.desiloing).toEqual(pooled.desiloing);
    const none = { ...emptyScenarioDraft(context), id: 'x', name: 'X' };
    expect('desiloing' in scenarioCandidate(none, 'nl-NL')).toBe(false);
  });

  it('puts "at least two" and an unknown silo next to the silo field', () => {
    const draft = { ...draftFromScenario(pooled, 'nl-NL', context), silos: ['gemeente-energie'] };
    const check = checkScenarioDraft(draft, 'nl', 'nl-NL');
    expect(check.ok).toBe(false);
    if (check.ok) return;
    const fields = scenarioFields(draft);
    expect(
      check.issues.map((issue) => [fieldForPath(issue.path, fields), 'key' in issue ? issue.key : '']),
    ).toEqual([['desiloing.silos', 'desiloingTooFewSilos']]);
    const two = { ...draft, silos: ['gemeente-energie', 'zorgkantoor'] };
    const fromHost = fromServerIssues(
      [makeIssue('nl', ['scenario', 'desiloing', 'silos', 1], 'unknownSilo', { id: 'zorgkantoor' })],
      'scenario',
    );
    expect(fieldForPath(fromHost[0]!.path, scenarioFields(two))).toBe('desiloing.silos');
  });
});
