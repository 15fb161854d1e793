import { describe, expect, it } from 'vitest';
import type { IndicatorJson } from '../../src/model/indicator';
import type { PlanJson } from '../../src/model/plan';
import { commandFor } from '../../renderer/src/domain/commands';
import { modelMessage, type FormIssue } from '../../renderer/src/domain/issues';
import {
  checkIndicatorDraft,
  conversionExample,
  convertByDefault,
  divisorChange,
  emptyIndicatorDraft,
  indicatorDraftOf,
  plansToSave,
  type IndicatorDraft,
} from '../../renderer/src/screens/indicators/indicatorDraft';
import {
  indicatorCreate,
  indicatorDelete,
  indicatorUpdate,
  isNoOpIndicatorUpdate,
} from '../../renderer/src/screens/indicators/indicatorEdits';

const energy: IndicatorJson = {
  id: 'geen-energiearmoede',
  label: 'Huishoudens niet in energiearmoede',
  dimension: 'energy',
  kind: 'floor',
  unit: 'aandeel huishoudens (0-1)',
  baseline: { year: 2024, value: 0.92, source: 'Monitor', date: '2025-01-31' },
  threshold: 1,
  thresholdSource: 'Iedereen',
  trend: 0.002,
  source: 'Toelichting',
  lens: 'local-social',
};

const plans: PlanJson[] = [
  {
    id: 'zon',
    cooperativeId: 'c',
    name: 'Zon op Oost',
    startYear: 2026,
    years: 2,
    costs: [],
    impacts: [
      { indicatorId: 'co2', start: 2027, duration: 2, output: -0.41, evidence: 'weak' },
      { indicatorId: 'geen-energiearmoede', start: 2027, duration: 2, output: 0.0004, evidence: 'weak' },
    ],
  },
  { id: 'leeg', cooperativeId: 'c', name: 'Leeg', startYear: 2026, years: 1, costs: [] },
];

function problems(draft: IndicatorDraft): string[] {
  const checked = checkIndicatorDraft(draft, 'nl', 'nl-NL');
  if (checked.ok) return [];
  return checked.issues.map((issue: FormIssue) =>
    issue.source === 'model' ? `${issue.path.join('.')}: ${modelMessage(issue, 'nl')}` : issue.path.join('.'),
  );
}

describe('the indicator form', () => {
  it('shows a stored indicator as typed and saves it back unchanged, the kind following the dimension', () => {
    const draft = indicatorDraftOf(energy, 'nl-NL');
    expect(draft).toMatchObject({
      baselineValue: '0,92',
      trend: '0,2',
      hasDenominator: false,
      baselineDate: '2025-01-31',
    });
    expect(checkIndicatorDraft(draft, 'nl', 'nl-NL')).toEqual({ ok: true, value: energy });
    const social = checkIndicatorDraft({ ...draft, dimension: 'climate-change' }, 'nl', 'nl-NL');
    expect(social.ok && social.value.kind).toBe('ceiling');
  });

  it('builds a city’s own indicator with its total, and says what is missing where', () => {
    const draft: IndicatorDraft = {
      ...emptyIndicatorDraft(),
      id: 'huurders',
      label: 'Huurders',
      dimension: 'housing',
      unit: 'aandeel (0-1)',
      baselineValue: '0,74',
      baselineYear: '2024',
      threshold: '1',
      trend: '-0,3',
      hasDenominator: true,
      denominatorValue: '210.000',
      denominatorUnit: 'huurhuishoudens',
      denominatorYear: '2024',
    };
    const checked = checkIndicatorDraft(draft, 'nl', 'nl-NL');
    expect(checked.ok && checked.value).toMatchObject({
      kind: 'floor',
      trend: -0.003,
      denominator: { value: 210_000, unit: 'huurhuishoudens', source: '', year: 2024 },
    });
    expect(
      problems({
        ...draft,
        dimension: '',
        unit: '',
        baselineDate: '2025-02-30',
        trend: '-150',
        denominatorValue: '0',
        denominatorYear: '',
      }),
    ).toEqual([
      'dimension: is verplicht',
      'trend: moet tussen -100% en 1.000% per jaar liggen (een daling van 100% of meer kan niet)',
      'unit: mag niet leeg zijn',
      'denominator.value: het totaal in de stad (de noemer) moet groter dan 0 zijn',
      'denominator.year: is verplicht',
      'baseline.date: moet een datum zijn als JJJJ-MM-DD',
    ]);
  });
});

describe('a new city total and the lines that divide by it', () => {
  const withTotal = (value: string): IndicatorDraft => ({
    ...indicatorDraftOf(energy, 'nl-NL'),
    hasDenominator: true,
    denominatorValue: value,
    denominatorUnit: 'huishoudens',
    denominatorYear: '2024',
  });

  it('notices when the divisor changes, and only then', () => {
    expect(divisorChange(energy, withTotal('480.000'), 'nl-NL')).toEqual({ from: 1, to: 480_000 });
    expect(divisorChange(energy, indicatorDraftOf(energy, 'nl-NL'), 'nl-NL')).toBeNull();
    expect(divisorChange(energy, withTotal('abc'), 'nl-NL')).toBeNull();
    expect(divisorChange(null, withTotal('480.000'), 'nl-NL')).toBeNull();
  });

  it('restates outputs by default when a total is given or removed, not when it is updated', () => {
    expect(convertByDefault(energy, true)).toBe(true);
    const counted = { ...energy, denominator: { value: 480_000, unit: 'huishoudens', year: 2024 } };
    expect(convertByDefault(counted, true)).toBe(false);
    expect(convertByDefault(counted, false)).toBe(true);
  });

  it('sends only the plans whose lines change, with those lines restated', () => {
    const change = { from: 1, to: 480_000 };
    const sent = plansToSave(plans, energy.id, change, true);
    expect(sent.map((p) => p.id)).toEqual(['zon']);
    expect(sent[0]!.impacts!.map((l) => l.output)).toEqual([-0.41, 192]);
    expect(plansToSave(plans, energy.id, change, false)).toEqual([]);
    expect(conversionExample(plans, energy.id, change)).toEqual({
      plan: 'Zon op Oost',
      from: 0.0004,
      to: 192,
    });
  });
});

describe('indicator edits and their undo', () => {
  it('undoes a create by deleting, a delete by creating it again where it stood', () => {
    const created = commandFor({ op: 'indicators.create', indicator: energy });
    expect(created.undo).toEqual(indicatorDelete(energy.id));
    expect(created.label).toEqual({ op: 'indicators.create', name: energy.label });
    const deleted = commandFor({
      op: 'indicators.delete',
      id: energy.id,
      removed: { indicator: energy, position: 3 },
    });
    expect(deleted.undo).toEqual(indicatorCreate(energy, 3));
    expect(deleted.redo).toEqual(indicatorDelete(energy.id));
  });

  it('undoes an update with the previous indicator and the plans as they were', () => {
    const after = { ...energy, denominator: { value: 480_000, unit: 'huishoudens', source: '', year: 2024 } };
    const converted = plansToSave(plans, energy.id, { from: 1, to: 480_000 }, true);
    const edit = indicatorUpdate(after, energy, converted, [plans[0]!]);
    const command = commandFor(edit);
    expect(command.undo).toEqual(indicatorUpdate(energy, after, [plans[0]!], converted));
    expect(command.redo).toBe(edit);
    expect(isNoOpIndicatorUpdate(indicatorUpdate(energy, energy))).toBe(true);
    expect(isNoOpIndicatorUpdate(edit)).toBe(false);
  });
});
