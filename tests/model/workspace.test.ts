import { describe, expect, it } from 'vitest';
import { parseWorkspace, parseWorkspaceText, workspaceToText } from '../../src/model/parse';
import { clone, workspaceJson } from '../helpers/builders';

function issuesOf(input: unknown, lang: 'nl' | 'en' = 'en'): string[] {
  const result = parseWorkspace(input, lang);
  if (result.ok) return [];
  return result.issues.map((i) => `${i.pathText}: ${i.message}`);
}

describe('workspace format', () => {
  it('accepts a workspace that uses every section and keeps money as integer cents inside', () => {
    const result = parseWorkspace(workspaceJson());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const plan = result.value.plans[0]!;
    expect(plan.costs[0]!.amounts['2026']).toBe(12000025);
    expect(result.value.fundingStreams[0]!.budgetPerYear).toEqual({ '2026': 10000000, '2027': 8000050 });
    expect(result.value.cooperatives[0]!.priorStateAid[0]!.amount).toBe(2000000);
  });

  it('round-trips JSON -> model -> JSON byte-identically after the first canonical export', () => {
    const first = parseWorkspace(workspaceJson());
    if (!first.ok) throw new Error('fixture invalid');
    const text = workspaceToText(first.value);
    const second = parseWorkspaceText(text);
    if (!second.ok) throw new Error(second.issues.map((i) => i.message).join());
    expect(workspaceToText(second.value)).toBe(text);
    expect(JSON.parse(text).plans[0].costs[0].amounts['2026']).toBe(120000.25);
  });

  it('fills the documented defaults (minDscr 1.2, de minimis EUR 300,000 over 3 years)', () => {
    const json = workspaceJson({ settings: { startYear: 2026 } });
    const result = parseWorkspace(json);
    if (!result.ok) throw new Error('invalid');
    expect(result.value.settings).toMatchObject({
      locale: 'nl-NL',
      minDscr: 1.2,
      deMinimis: { ceiling: 30000000, periodYears: 3 },
    });
  });

  it('names the path of a cost year outside the plan horizon', () => {
    const json = clone(workspaceJson());
    json.plans![0]!.costs[0]!.amounts['2031'] = 5;
    expect(issuesOf(json)).toEqual(['plans[0].costs[0].amounts.2031: year outside plan horizon (2026-2028)']);
  });

  it('refuses unknown keys so a misspelt limit is never ignored', () => {
    const json = clone(workspaceJson()) as unknown as { fundingStreams: Record<string, unknown>[] };
    json.fundingStreams[0]!['maxPerPlna'] = 1000;
    expect(issuesOf(json)).toEqual(['fundingStreams[0].maxPerPlna: unknown field (misspelt?)']);
  });

  it('refuses dangling references with the path of the reference', () => {
    const json = clone(workspaceJson());
    json.plans![0]!.cooperativeId = 'ghost';
    json.plans![0]!.locked![0]!.streamId = 'nope';
    json.plans![0]!.locked![0]!.costId = 'nocost';
    json.plans![0]!.impacts![0]!.indicatorId = 'nothing';
    json.scenarios![0]!.plans = ['zon-plan', 'missing'];
    json.scenarios![0]!.streamFactors = { gone: 2 };
    expect(issuesOf(json)).toEqual([
      'plans[0].cooperativeId: cooperative "ghost" does not exist',
      'plans[0].locked[0].streamId: funding stream "nope" does not exist',
      'plans[0].locked[0].costId: cost line "nocost" does not exist in this plan',
      'plans[0].impacts[0].indicatorId: indicator "nothing" does not exist',
      'scenarios[0].plans[1]: plan "missing" does not exist',
      'scenarios[0].streamFactors.gone: funding stream "gone" does not exist',
    ]);
  });

  it('refuses duplicate ids, also for cost lines within a plan', () => {
    const json = clone(workspaceJson());
    json.cooperatives!.push({ ...json.cooperatives![0]!, name: 'Tweede' });
    json.plans![0]!.costs[1]!.id = 'pv';
    expect(issuesOf(json)).toEqual([
      'cooperatives[1].id: id "zon-oost" is used more than once',
      'plans[0].costs[1].id: id "pv" is used more than once',
    ]);
  });

  it('allows loan terms only on loans and requires them there', () => {
    const json = clone(workspaceJson());
    json.fundingStreams![0]!.loan = { rate: 0.01, termYears: 5 };
    delete json.fundingStreams![1]!.loan;
    expect(issuesOf(json)).toEqual([
      'fundingStreams[0].loan: loan terms are only allowed for kind "loan"',
      'fundingStreams[1].loan: loan terms are required for kind "loan"',
    ]);
  });

  it('refuses an indicator whose kind contradicts its Doughnut dimension', () => {
    const json = clone(workspaceJson());
    json.indicators![0]!.kind = 'floor';
    expect(issuesOf(json)).toEqual([
      'indicators[0].kind: kind does not match the dimension (expected "ceiling")',
    ]);
  });

  it.each([
    ['NaN', Number.NaN, 'must be a finite number (not NaN or infinity)'],
    ['infinity', Number.POSITIVE_INFINITY, 'must be a finite number (not NaN or infinity)'],
    ['a negative amount', -5, 'amount must not be negative'],
    ['three decimals', 10.005, 'amount has more than 2 decimals'],
    ['beyond 10^12 euros', 2e12, 'amount is larger than EUR 1,000,000,000,000'],
    ['text', '1.234,56', 'must be a number'],
  ])('refuses %s as an amount', (_label, value, message) => {
    const json = clone(workspaceJson()) as unknown as {
      plans: { costs: { amounts: Record<string, unknown> }[] }[];
    };
    json.plans[0]!.costs[0]!.amounts['2026'] = value;
    expect(issuesOf(json)).toEqual([`plans[0].costs[0].amounts.2026: ${message}`]);
  });

  it.each([
    ['maxShareOfPlan', 1.5],
    ['awardProbability', -0.1],
  ])('refuses %s outside [0, 1]', (field, value) => {
    const json = clone(workspaceJson()) as unknown as { fundingStreams: Record<string, unknown>[] };
    json.fundingStreams[0]![field] = value;
    expect(issuesOf(json)).toEqual([`fundingStreams[0].${field}: must be a fraction between 0 and 1`]);
  });

  it('refuses bad ids, bidi overrides, control characters and over-long names', () => {
    const json = clone(workspaceJson());
    json.cooperatives![0]!.id = 'Zon Oost';
    json.cooperatives![0]!.name = 'abc\u202Edef';
    json.cooperatives![0]!.district = 'a\u0007b';
    json.fundingStreams![0]!.name = 'x'.repeat(201);
    expect(issuesOf(json)).toEqual([
      'cooperatives[0].id: is not a valid id: lowercase letters, digits and hyphens, 1-64 characters, starting with a letter or digit',
      'cooperatives[0].name: contains characters that reverse reading direction (not allowed)',
      'cooperatives[0].district: contains control characters (not allowed)',
      'fundingStreams[0].name: is longer than 200 characters',
    ]);
  });

  it('refuses prototype-pollution keys before anything else', () => {
    const text = JSON.stringify(workspaceJson()).replace(
      '"settings":{',
      '"settings":{"__proto__":{"polluted":true},',
    );
    const result = parseWorkspaceText(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((i) => `${i.pathText}: ${i.message}`)).toEqual([
      'settings.__proto__: key "__proto__" is not allowed',
    ]);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('reports broken JSON and deep nesting in plain words', () => {
    const broken = parseWorkspaceText('{"format": ');
    expect(broken.ok).toBe(false);
    const deep = parseWorkspaceText(`${'['.repeat(100)}${']'.repeat(100)}`);
    expect(deep.ok ? [] : deep.issues.map((i) => i.key)).toEqual(['tooDeep']);
  });

  it('speaks Dutch when asked', () => {
    const json = clone(workspaceJson());
    json.plans![0]!.cooperativeId = 'ghost';
    expect(issuesOf(json, 'nl')).toEqual(['plans[0].cooperativeId: coöperatie "ghost" bestaat niet']);
  });

  it('normalises names to NFC so the same name typed two ways is stored one way', () => {
    const json = clone(workspaceJson());
    json.cooperatives![0]!.name = 'Coo\u0308peratie';
    const result = parseWorkspace(json);
    if (!result.ok) throw new Error('invalid');
    expect(result.value.cooperatives[0]!.name).toBe('Co\u00f6peratie');
  });
});

describe('year schedules', () => {
  it('refuses a schedule year outside 1800-2200 with its key as the path', () => {
    const json = clone(workspaceJson());
    json.fundingStreams![0]!.budgetPerYear = { '0999': 5 };
    const result = parseWorkspace(json);
    expect(result.ok ? [] : result.issues.map((i) => `${i.pathText}: ${i.message}`)).toEqual([
      'fundingStreams[0].budgetPerYear.0999: year outside 1800-2200',
    ]);
  });
});
