import { describe, expect, it } from 'vitest';
import type { PlanJson } from '../../src/model/plan';
import {
  checkImpactLineDraft,
  emptyImpactLineDraft,
  impactLineDraftOf,
  placeServerIssue,
  withImpactLine,
  withoutImpactLine,
  type ImpactLineDraft,
  type ImpactLineJson,
} from '../../renderer/src/screens/plans/impact/impactLineDraft';
import { modelMessage, type FormIssue } from '../../renderer/src/domain/issues';

const plan: PlanJson = {
  id: 'p',
  cooperativeId: 'c',
  name: 'Plan',
  startYear: 2027,
  years: 4,
  costs: [],
  impacts: [{ indicatorId: 'a', start: 2027, duration: 2, output: 1, evidence: 'weak' }],
};

function draft(patch: Partial<ImpactLineDraft> = {}): ImpactLineDraft {
  return {
    ...emptyImpactLineDraft(plan),
    indicatorId: 'geen-energiearmoede',
    output: '190',
    evidence: 'moderate',
    ...patch,
  };
}

/** Every problem as `path: message`, in the words the form shows. */
function problems(d: ImpactLineDraft, lang: 'nl' | 'en' = 'nl'): string[] {
  const checked = checkImpactLineDraft(d, lang, lang === 'nl' ? 'nl-NL' : 'en-GB');
  if (checked.ok) return [];
  return checked.issues.map((issue: FormIssue) =>
    issue.source === 'model' ? `${issue.path.join('.')}: ${modelMessage(issue, lang)}` : issue.path.join('.'),
  );
}

describe('the impact-line form', () => {
  it('starts a new line over the plan’s own years, without deflators or uncertainty', () => {
    expect(emptyImpactLineDraft(plan)).toMatchObject({
      start: '2027',
      duration: '4',
      deadweight: '0',
      uncertaintyLow: '100',
      uncertaintyHigh: '100',
      evidence: '',
    });
  });

  it('turns percentages typed the Dutch way into the fractions the model stores', () => {
    const checked = checkImpactLineDraft(
      draft({
        output: '1.234,5',
        outputUnit: ' huishoudens ',
        deadweight: '12,5',
        attribution: '30',
        dropOff: '5',
        uncertaintyLow: '70',
        uncertaintyHigh: '115',
        basis: 'Registratie',
      }),
      'nl',
      'nl-NL',
    );
    expect(checked).toEqual({
      ok: true,
      value: {
        indicatorId: 'geen-energiearmoede',
        start: 2027,
        duration: 4,
        output: 1234.5,
        outputUnit: 'huishoudens',
        deadweight: 0.125,
        attribution: 0.3,
        displacement: 0,
        dropOff: 0.05,
        uncertainty: { low: 0.7, high: 1.15 },
        evidence: 'moderate',
        basis: 'Registratie',
      },
    });
  });

  it('says what is wrong beside each field, percentages in percentages', () => {
    expect(
      problems(
        draft({
          indicatorId: '',
          output: '',
          evidence: '',
          deadweight: '80%',
          attribution: '0,8x',
          displacement: '120',
          uncertaintyLow: '130',
          uncertaintyHigh: '90',
          duration: '0',
        }),
      ),
    ).toEqual([
      'indicatorId: is verplicht',
      'evidence: is verplicht',
      'attribution: moet een getal zijn',
      'displacement: moet een percentage tussen 0 en 100 zijn',
      'uncertainty.low: de ondergrens moet tussen 0% en 100% van het verwachte effect liggen',
      'uncertainty.high: de bovengrens moet tussen 100% en 10.000% van het verwachte effect liggen',
      'duration: moet minstens 1 zijn',
      'output: is verplicht',
    ]);
    // "80%" is 80 percent, inside the range: the unit the field shows is the unit it reads.
    expect(problems(draft({ deadweight: '80%' }))).toEqual([]);
  });

  it('shows a stored line as the percentages it was saved from, and saves it back unchanged', () => {
    const line: ImpactLineJson = {
      indicatorId: 'x',
      start: 2028,
      duration: 10,
      output: -232.5,
      outputUnit: 't CO2',
      deadweight: 0.3,
      attribution: 0.2,
      displacement: 0.1,
      dropOff: 0.05,
      uncertainty: { low: 0.3, high: 1.5 },
      evidence: 'weak',
      basis: 'Aanname',
    };
    const shown = impactLineDraftOf(line, 'nl-NL');
    expect(shown).toMatchObject({ output: '-232,5', deadweight: '30', uncertaintyHigh: '150' });
    expect(checkImpactLineDraft(shown, 'nl', 'nl-NL')).toEqual({ ok: true, value: line });
  });

  it('adds, replaces and removes lines without touching the others', () => {
    const line: ImpactLineJson = {
      indicatorId: 'b',
      start: 2028,
      duration: 1,
      output: 2,
      evidence: 'strong',
    };
    expect(withImpactLine(plan, null, line).impacts?.map((l) => l.indicatorId)).toEqual(['a', 'b']);
    expect(withImpactLine(plan, 0, line).impacts?.map((l) => l.indicatorId)).toEqual(['b']);
    expect(withoutImpactLine(withImpactLine(plan, null, line), 0).impacts).toEqual([line]);
    expect(plan.impacts).toHaveLength(1);
  });

  it('points the host’s located problems at the editor’s own fields', () => {
    expect(placeServerIssue(['impacts', 3, 'indicatorId'])).toEqual(['indicatorId']);
    expect(placeServerIssue(['name'])).toEqual(['name']);
  });
});
