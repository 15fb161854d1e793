import { Buffer } from 'node:buffer';
import { describe, expect, it } from 'vitest';
import { invoke } from '../../src/api/invoke';
import type { Plan } from '../../src/model/plan';
import type { Scenario } from '../../src/model/scenario';
import { useSession } from '../helpers/session';
import { baseWorkspace, csvText, located, planCsv } from './builders';

const HEADER = [
  'Plan',
  'Kostenpost',
  'Categorie',
  'Omschrijving',
  'Jaar',
  'Bedrag',
  'Plannaam',
  'Coöperatie',
  'Startjaar',
  'Aantal jaren',
];

/** The builders' workspace: cooperative zon-oost, plan zon-plan (2026-2028), scenario basis listing zon-plan. */
describe('a cost-line import that creates plans', () => {
  it('makes a new plan from its rows, with its cost lines, and adds it to the scenario that held every plan', async () => {
    const text = csvText([
      HEADER,
      [
        'batterij',
        'accu',
        'Investeringen',
        'Thuisbatterijen',
        '2027',
        '25.000',
        'Buurtbatterij',
        'zon-oost',
        '2027',
        '3',
      ],
      ['batterij', 'accu', '', '', '2028', '15.000', '', '', '', ''],
      ['batterij', 'uren', 'Personeel', 'Projectleiding', '2027', '8.000', '', '', '', ''],
      ['zon-plan', 'extra', 'opex', 'Extra', '2026', '100', '', '', '', ''],
    ]);
    const plan = await planCsv(text, { kind: 'costLines' });
    expect(plan.problems).toEqual([]);
    expect(plan.counts).toEqual({ rows: 4, created: 3, updated: 0, unchanged: 0 });
    expect(plan.newPlans).toEqual([{ id: 'batterij', name: 'Buurtbatterij', scenarios: ['basis'] }]);
    expect(plan.writes.map((w) => w.op)).toEqual(['insertPlan', 'updatePlan', 'updateScenario']);
    const inserted = (plan.writes[0] as { plan: Plan }).plan;
    expect(inserted).toMatchObject({
      id: 'batterij',
      name: 'Buurtbatterij',
      cooperativeId: 'zon-oost',
      startYear: 2027,
      years: 3,
      costs: [
        {
          id: 'accu',
          category: 'capex',
          label: 'Thuisbatterijen',
          amounts: { '2027': 2_500_000, '2028': 1_500_000 },
        },
        { id: 'uren', category: 'personnel', label: 'Projectleiding', amounts: { '2027': 800_000 } },
      ],
    });
    expect((plan.writes[2] as { scenario: Scenario }).scenario.plans).toEqual(['zon-plan', 'batterij']);
  });

  it('takes the start year and number of years from the amounts when the rows leave them out', async () => {
    const text = csvText([
      HEADER,
      ['batterij', 'accu', 'capex', 'Accu', '2029', '10', 'Buurtbatterij', 'zon-oost', '', ''],
      ['batterij', 'accu', '', '', '2031', '10', '', '', '', ''],
    ]);
    const plan = await planCsv(text, { kind: 'costLines' });
    expect(plan.problems).toEqual([]);
    expect((plan.writes[0] as { plan: Plan }).plan).toMatchObject({ startYear: 2029, years: 3 });
  });

  it('leaves out scenarios that do not hold every plan', async () => {
    const workspace = baseWorkspace();
    workspace.scenarios[0]!.plans = [];
    const text = csvText([
      HEADER,
      ['batterij', 'accu', 'capex', 'Accu', '2026', '10', 'Buurtbatterij', 'zon-oost', '', ''],
    ]);
    const plan = await planCsv(text, { kind: 'costLines' }, workspace);
    expect(plan.newPlans).toEqual([{ id: 'batterij', name: 'Buurtbatterij', scenarios: [] }]);
    expect(plan.writes.map((w) => w.op)).toEqual(['insertPlan']);
  });

  it('needs a name and cooperative for a new plan, each on the plan row, and an existing cooperative', async () => {
    const text = csvText([
      HEADER,
      ['zonder-naam', 'a', 'opex', 'A', '2026', '10', '', 'zon-oost', '', ''],
      ['spook-coop', 'a', 'opex', 'A', '2026', '10', 'Spook', 'geen-coop', '', ''],
    ]);
    const plan = await planCsv(text, { kind: 'costLines' });
    expect(located(plan)).toEqual(['2/Plannaam: required', '3/Coöperatie: unknownCooperative']);
    expect(plan.problems[1]?.message).toBe('coöperatie "geen-coop" bestaat niet');
    expect(plan.writes).toEqual([]);
  });

  it('refuses an amount outside the new plan’s years on its row, and rows of one plan that disagree', async () => {
    const text = csvText([
      HEADER,
      ['batterij', 'accu', 'capex', 'Accu', '2026', '10', 'Buurtbatterij', 'zon-oost', '2026', '2'],
      ['batterij', 'accu', '', '', '2028', '10', '', '', '', ''],
      ['tweede', 'accu', 'capex', 'Accu', '2026', '10', 'Tweede', 'zon-oost', '', ''],
      ['tweede', 'uren', 'opex', 'Uren', '2026', '10', 'Ander plan', '', '', ''],
    ]);
    const plan = await planCsv(text, { kind: 'costLines' });
    expect(located(plan)).toEqual(['3/Jaar: yearOutsidePlan', '5/Plannaam: conflictingValue']);
    expect(plan.writes).toEqual([]);
  });

  it('refuses plan columns that differ from an existing plan, pointing to the plan builder', async () => {
    const text = csvText([
      HEADER,
      ['zon-plan', 'extra', 'opex', 'Extra', '2026', '100', 'Een andere naam', '', '2026', '3'],
    ]);
    const plan = await planCsv(text, { kind: 'costLines' }, baseWorkspace(), 'en');
    expect(located(plan)).toEqual(['2/Plannaam: planDiffers']);
    expect(plan.problems[0]?.message).toBe(
      'plan "zon-plan" already exists with "Zonnedaken"; change the plan details in the plan builder',
    );
  });
});

describe('applying it through the contract', () => {
  const harness = useSession();

  it('writes the plan, its lines and the scenario in one go, and says which plans it made', async () => {
    const text = csvText([
      HEADER,
      [
        'batterij',
        'accu',
        'Investeringen',
        'Thuisbatterijen',
        '2027',
        '25.000',
        'Buurtbatterij',
        'zon-oost',
        '2027',
        '3',
      ],
    ]);
    const input = {
      fileName: 'plannen.csv',
      contentBase64: Buffer.from(text, 'utf8').toString('base64'),
      kind: 'costLines' as const,
      mode: 'add' as const,
    };
    const preview = await invoke(harness.session, 'imports.preview', input, { lang: 'nl' });
    expect(preview).toMatchObject({
      ok: true,
      value: { errorCount: 0, newPlans: [{ id: 'batterij', name: 'Buurtbatterij', scenarios: ['basis'] }] },
    });
    const applied = await invoke(harness.session, 'imports.apply', input, { lang: 'nl' });
    expect(applied).toMatchObject({
      ok: true,
      value: { counts: { created: 1 }, newPlans: [{ id: 'batterij' }] },
    });
    const plans = await invoke(harness.session, 'plans.list', {}, { lang: 'nl' });
    expect(plans).toMatchObject({
      ok: true,
      value: [{ id: 'zon-plan' }, { id: 'batterij', costs: [{ id: 'accu', amounts: { '2027': 25000 } }] }],
    });
    const scenarios = await invoke(harness.session, 'scenarios.list', {}, { lang: 'nl' });
    expect(scenarios).toMatchObject({ ok: true, value: [{ id: 'basis', plans: ['zon-plan', 'batterij'] }] });
  });
});
