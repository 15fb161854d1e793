import { describe, expect, it } from 'vitest';
import { parseWorkspace } from '../../src/model/parse';
import { workspaceReferenceProblems } from '../../src/model/workspace';
import { clone, workspaceJson } from '../helpers/builders';
import { parsedWorkspace } from '../helpers/workspace-file';

describe('workspaceReferenceProblems', () => {
  it('finds nothing in a valid workspace', () => {
    expect(workspaceReferenceProblems(parsedWorkspace())).toEqual([]);
  });

  it('reports on the model exactly what an import reports on the JSON', () => {
    const json = clone(workspaceJson());
    json.plans![0]!.cooperativeId = 'ghost';
    json.plans![0]!.locked![0]!.streamId = 'nope';
    json.scenarios![0]!.plans = ['zon-plan', 'zon-plan'];
    const imported = parseWorkspace(json, 'en');
    expect(imported.ok).toBe(false);
    if (imported.ok) return;

    // The same problems on the model, which the schema alone (without references) accepts.
    const model = parsedWorkspace();
    model.plans[0]!.cooperativeId = 'ghost';
    model.plans[0]!.locked[0]!.streamId = 'nope';
    model.scenarios[0]!.plans = ['zon-plan', 'zon-plan'];
    const problems = workspaceReferenceProblems(model);
    expect(problems.map((p) => [p.path, p.messageKey])).toEqual(
      imported.issues.map((i) => [[...i.path], i.key]),
    );
  });
});
