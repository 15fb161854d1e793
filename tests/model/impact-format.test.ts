import { describe, expect, it } from 'vitest';
import { convertOutput, outputUnitOf, plansWithConvertedOutputs } from '../../src/impact/denominator';
import { indicatorSchema } from '../../src/model/indicator';
import { describeIssue } from '../../src/model/issues';
import { encodeWorkspace, parseWorkspace, workspaceToText } from '../../src/model/parse';
import { impactLineSchema } from '../../src/model/plan';
import { upgradeWorkspaceJson } from '../../src/model/upgrade';
import { WORKSPACE_VERSION } from '../../src/model/workspace';
import { clone, workspaceJson } from '../helpers/builders';

/** The builders' workspace as a version-1 file: `annual` where version 2 has `output`. */
function version1(): Record<string, unknown> {
  const json = clone(workspaceJson()) as unknown as {
    version: number;
    plans: { impacts: Record<string, unknown>[] }[];
  };
  json.version = 1;
  for (const plan of json.plans) {
    plan.impacts = plan.impacts.map((line) =>
      Object.fromEntries(Object.entries(line).map(([k, v]) => [k === 'output' ? 'annual' : k, v])),
    );
  }
  return json as unknown as Record<string, unknown>;
}

function issues(json: unknown, lang: 'nl' | 'en' = 'en'): string[] {
  const result = parseWorkspace(json, lang);
  return result.ok ? [] : result.issues.map(describeIssue);
}

describe('format version 2: impact lines in absolute outputs', () => {
  it('is read by this build, which writes version 3', () => {
    expect(WORKSPACE_VERSION).toBe(3);
    const result = parseWorkspace({ ...workspaceJson(), version: 2 });
    expect(result.ok).toBe(true);
    if (result.ok) expect(encodeWorkspace(result.value).version).toBe(3);
  });

  it('takes an output with an optional unit of its own, and no annual', () => {
    const base = { indicatorId: 'x', start: 2026, duration: 2, evidence: 'weak' };
    expect(impactLineSchema.parse({ ...base, output: 190, outputUnit: 'huishoudens' })).toMatchObject({
      output: 190,
      outputUnit: 'huishoudens',
      deadweight: 0,
    });
    expect(impactLineSchema.safeParse({ ...base, annual: 0.0004 }).success).toBe(false);
    expect(impactLineSchema.safeParse({ ...base, output: Number.POSITIVE_INFINITY }).success).toBe(false);
    expect(impactLineSchema.safeParse({ ...base, output: 1, outputUnit: '' }).success).toBe(false);
  });

  it('gives an indicator a city total, a dated and sourced baseline and a threshold source', () => {
    const json = {
      id: 'eigen',
      label: 'Eigen indicator',
      dimension: 'housing',
      kind: 'floor',
      unit: 'aandeel (0-1)',
      denominator: { value: 480000, unit: 'huishoudens', source: 'CBS', year: 2024 },
      baseline: { year: 2024, value: 0.7, source: 'Woonmonitor', date: '2025-03-01' },
      threshold: 1,
      thresholdSource: 'Iedereen',
    };
    expect(indicatorSchema.parse(json)).toMatchObject({ thresholdSource: 'Iedereen', trend: 0, source: '' });
    // Without the new fields it reads as a version-1 indicator did.
    const plain = indicatorSchema.parse({ ...json, denominator: undefined, thresholdSource: undefined });
    expect(plain.baseline).toEqual({ year: 2024, value: 0.7, source: 'Woonmonitor', date: '2025-03-01' });
    expect(plain.denominator).toBeUndefined();
    const bad = indicatorSchema.safeParse({
      ...json,
      denominator: { value: 0, unit: 'huishoudens', year: 2024 },
      baseline: { year: 2024, value: 0.7, date: '2025-02-30' },
    });
    expect(bad.success).toBe(false);
    if (!bad.success) {
      expect(bad.error.issues.map((i) => i.path.join('.'))).toEqual(['denominator.value', 'baseline.date']);
    }
  });

  it('names the field in Dutch when a city total is not positive', () => {
    const json = clone(workspaceJson());
    json.indicators![0]!.denominator = { value: -5, unit: 'inwoners', year: 2024 };
    expect(issues(json, 'nl')).toEqual([
      'indicators[0].denominator.value: het totaal in de stad (de noemer) moet groter dan 0 zijn',
    ]);
  });

  it('exports, imports and exports again byte for byte with every new field', () => {
    const json = clone(workspaceJson());
    json.indicators![0]!.denominator = { value: 930000, unit: 'inwoners', source: 'CBS 2024', year: 2024 };
    json.indicators![0]!.baseline = { year: 2024, value: 4.1, source: 'Klimaatmonitor', date: '2025-06-30' };
    json.indicators![0]!.thresholdSource = 'Fanning & Raworth 2025';
    json.plans![0]!.impacts![0]!.outputUnit = 't CO2 minder';
    const first = parseWorkspace(json);
    if (!first.ok) throw new Error(first.issues.map(describeIssue).join('\n'));
    const text = workspaceToText(first.value);
    const again = parseWorkspace(JSON.parse(text));
    if (!again.ok) throw new Error(again.issues.map(describeIssue).join('\n'));
    expect(workspaceToText(again.value)).toBe(text);
    expect(text).toContain('"output": -0.45,\n          "outputUnit": "t CO2 minder"');
  });
});

describe('version-1 files', () => {
  it('upgrade on import: annual becomes output in the same place, nothing else changes', () => {
    const v1 = version1();
    const before = JSON.stringify(v1);
    const upgraded = upgradeWorkspaceJson(v1, 'en');
    expect(JSON.stringify(v1)).toBe(before);
    if (!upgraded.ok) throw new Error('refused');
    expect(upgraded.from).toBe(1);
    const line = (upgraded.value as { plans: { impacts: object[] }[] }).plans[0]!.impacts[0]!;
    expect(Object.keys(line).slice(0, 5)).toEqual([
      'indicatorId',
      'start',
      'duration',
      'output',
      'deadweight',
    ]);

    const fromV1 = parseWorkspace(v1);
    const fromV2 = parseWorkspace(workspaceJson());
    expect(fromV1.ok && fromV2.ok).toBe(true);
    if (fromV1.ok && fromV2.ok) {
      expect(fromV1.value).toStrictEqual(fromV2.value);
      expect(workspaceToText(fromV1.value)).not.toContain('annual');
    }
  });

  it('report their problems in their own words: a bad annual is called annual', () => {
    const v1 = version1() as { plans: { impacts: Record<string, unknown>[] }[] };
    v1.plans[0]!.impacts[0]!['annual'] = 'veel';
    expect(issues(v1)).toEqual(['plans[0].impacts[0].annual: must be a number']);
  });

  it('are the only ones with annual: a version-2 file naming it is told the field is unknown', () => {
    const json = clone(workspaceJson()) as unknown as { plans: { impacts: Record<string, unknown>[] }[] };
    json.plans[0]!.impacts[0]!['annual'] = 0.1;
    expect(issues(json)).toEqual(['plans[0].impacts[0].annual: unknown field (misspelt?)']);
  });
});

describe('a file from a newer Coopfolio', () => {
  it('is refused with the version it has and the versions this build reads, in Dutch and English', () => {
    const json = { ...clone(workspaceJson()), version: 4 };
    expect(issues(json, 'nl')).toEqual([
      'version: dit bestand is gemaakt met een nieuwere versie van Coopfolio (formaatversie 4); deze versie leest formaatversie 1 tot en met 3. Werk Coopfolio bij; er is niets ingelezen.',
    ]);
    expect(issues(json, 'en')).toEqual([
      'version: this file was made by a newer version of Coopfolio (format version 4); this version reads format versions 1 to 3. Update Coopfolio; nothing was imported.',
    ]);
  });

  it('and a version that never existed is named as unknown', () => {
    for (const version of [0, -1, 1.5]) {
      expect(issues({ ...clone(workspaceJson()), version })).toEqual([
        `version: unknown format version ${version}; this version reads format versions 1 to 3`,
      ]);
    }
    expect(issues({ ...clone(workspaceJson()), version: '3' })).toEqual(['version: must be exactly 3']);
  });
});

describe('restating outputs for a new city total', () => {
  it('keeps the effect: output / old total = new output / new total, without binary noise', () => {
    expect(convertOutput(0.0004, 1, 480_000)).toBe(192);
    expect(convertOutput(192, 480_000, 1)).toBe(0.0004);
    expect(convertOutput(-0.00025, 1, 930_000)).toBe(-232.5);
    expect(convertOutput(7, 3, 3)).toBe(7);
    // 12 significant digits: the effect moves by far less than 1e-9 of itself.
    const output = convertOutput(1 / 3, 7, 11);
    expect(Math.abs(output / 11 - 1 / 3 / 7) / (1 / 3 / 7)).toBeLessThan(1e-11);
  });

  it('rewrites only the lines on that indicator, and leaves plans without them out', () => {
    const plans = [
      {
        id: 'a',
        impacts: [
          { indicatorId: 'x', output: 0.001 },
          { indicatorId: 'y', output: 5 },
        ],
      },
      { id: 'b', impacts: [{ indicatorId: 'y', output: 2 }] },
    ];
    expect(plansWithConvertedOutputs(plans, 'x', 1, 50_000)).toEqual([
      {
        id: 'a',
        impacts: [
          { indicatorId: 'x', output: 50 },
          { indicatorId: 'y', output: 5 },
        ],
      },
    ]);
    expect(plansWithConvertedOutputs(plans, 'x', 2, 2)).toEqual([]);
  });

  it('names the unit an output is counted in', () => {
    const share = {
      unit: 'aandeel (0-1)',
      denominator: { value: 9, unit: 'huishoudens', source: '', year: 2024 },
    };
    expect(outputUnitOf({}, share)).toBe('huishoudens');
    expect(outputUnitOf({ outputUnit: 't CO2' }, share)).toBe('t CO2');
    expect(outputUnitOf({}, { unit: 'kt CO2/jaar' })).toBe('kt CO2/jaar');
  });
});
