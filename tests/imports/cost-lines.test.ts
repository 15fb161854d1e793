import { describe, expect, it } from 'vitest';
import type { Plan } from '../../src/model/plan';
import { csvText, located, planCsv } from './builders';

const HEADER = ['Plan', 'Kostenpost', 'Categorie', 'Omschrijving', 'Jaar', 'Bedrag'];

/** The builders' plan zon-plan runs 2026-2028 with cost lines pv (capex) and team (personnel). */
function writtenPlan(writes: readonly { op: string }[]): Plan {
  const write = writes[0] as { op: string; plan?: Plan } | undefined;
  if (write?.op !== 'updatePlan' || write.plan === undefined) throw new Error('expected one plan update');
  return write.plan;
}

describe('importing plan cost lines', () => {
  it('adds a cost line over several years to an existing plan, one row per year', async () => {
    const text = csvText([
      HEADER,
      ['zon-plan', 'onderhoud', 'Exploitatiekosten', 'Onderhoud panelen', '2026', '1.500'],
      ['zon-plan', 'onderhoud', '', '', '2027', '1.550,25'],
      ['zon-plan', 'onderhoud', 'opex', 'Onderhoud panelen', '2028', '1.600'],
    ]);
    const plan = await planCsv(text, { kind: 'costLines' });
    expect(plan.problems).toEqual([]);
    expect(plan.counts).toEqual({ rows: 3, created: 1, updated: 0, unchanged: 0 });
    expect(plan.rows.map((r) => r.status)).toEqual(['new', 'new', 'new']);
    const written = writtenPlan(plan.writes);
    expect(written.costs.map((c) => c.id)).toEqual(['pv', 'team', 'onderhoud']);
    expect(written.costs[2]).toEqual({
      id: 'onderhoud',
      category: 'opex',
      label: 'Onderhoud panelen',
      amounts: { '2026': 150_000, '2027': 155_025, '2028': 160_000 },
    });
    // Locks and the other lines are untouched.
    expect(written.locked).toEqual([
      { streamId: 'klimaatfonds', costId: 'pv', year: 2026, amount: 1_000_000 },
    ]);
  });

  it('refuses a line of an unknown plan on each of its rows, and a year outside the plan', async () => {
    const text = csvText([
      HEADER,
      ['geen-plan', 'x', 'opex', 'X', '2026', '10'],
      ['geen-plan', 'x', 'opex', 'X', '2027', '10'],
      ['zon-plan', 'later', 'opex', 'Later', '2028', '10'],
      ['zon-plan', 'later', 'opex', 'Later', '2031', '10'],
    ]);
    const plan = await planCsv(text, { kind: 'costLines' });
    // Nothing on the rows makes a new plan (no name or cooperative): most likely a mistyped id.
    expect(located(plan)).toEqual([
      '2/Plan: unknownPlanNoDetails',
      '3/Plan: unknownPlanNoDetails',
      '5/Jaar: yearOutsidePlan',
    ]);
    expect(plan.problems[0]?.message).toContain(
      'plan "geen-plan" bestaat niet; vul een plannaam en coöperatie in',
    );
    expect(plan.problems[2]?.message).toBe('jaar valt buiten de looptijd van het plan (2026-2028)');
    expect(plan.rows.map((r) => r.status)).toEqual(['invalid', 'invalid', 'invalid', 'invalid']);
    expect(plan.writes).toEqual([]);
  });

  it('names wrong amounts and years by row and column', async () => {
    const text = csvText([
      HEADER,
      ['zon-plan', 'a', 'opex', 'A', '2026', '-5'],
      ['zon-plan', 'b', 'opex', 'B', '2026', 'NaN'],
      ['zon-plan', 'c', 'opex', 'C', '2026', '1,999'],
      ['zon-plan', 'd', 'opex', 'D', 'volgend jaar', '5'],
      ['zon-plan', 'e', 'opex', 'E', '2026', ''],
      ['zon-plan', 'F', 'opex', 'F', '2026', '5'],
      ['zon-plan', 'g', 'koffie', 'G', '2026', '5'],
    ]);
    const plan = await planCsv(text, { kind: 'costLines' });
    expect(located(plan)).toEqual([
      '2/Bedrag: negativeAmount',
      '3/Bedrag: notFinite',
      '4/Bedrag: tooManyDecimals',
      '5/Jaar: expectedNumber',
      '6/Bedrag: required',
      '7/Kostenpost: invalidId',
      '8/Categorie: oneOf',
    ]);
  });

  it('refuses a year given twice and a label that differs between the rows of one line', async () => {
    const text = csvText([
      HEADER,
      ['zon-plan', 'dubbel', 'opex', 'Dubbel', '2026', '5'],
      ['zon-plan', 'dubbel', 'opex', 'Anders', '2026', '6'],
    ]);
    const plan = await planCsv(text, { kind: 'costLines' });
    expect(plan.problems.map((p) => [p.row, p.column, p.message])).toEqual([
      [3, 'Omschrijving', 'wijkt af van rij 2 ("Dubbel")'],
      [3, 'Jaar', 'jaar 2026 van deze kostenpost staat al in rij 2'],
    ]);
  });

  it('needs a category and label for a new line, and finds an existing line in add mode', async () => {
    const text = csvText([
      ['Plan', 'Kostenpost', 'Jaar', 'Bedrag'],
      ['zon-plan', 'pv', '2026', '100'],
      ['zon-plan', 'nieuw', '2026', '100'],
    ]);
    const plan = await planCsv(text, { kind: 'costLines' });
    expect(located(plan)).toEqual([
      '-/-: fieldNotMapped',
      '-/-: fieldNotMapped',
      '2/Kostenpost: existsInWorkspace',
    ]);
    expect(plan.problems.slice(0, 2).map((p) => p.field)).toEqual(['category', 'label']);
  });

  it('replaces an existing line’s schedule in update mode, keeping its place, category and label', async () => {
    const text = csvText([
      ['Plan', 'Kostenpost', 'Jaar', 'Bedrag'],
      ['zon-plan', 'pv', '2027', '50.000'],
      ['zon-plan', 'pv', '2028', '25.000'],
    ]);
    const plan = await planCsv(text, { kind: 'costLines', mode: 'upsert' });
    expect(plan.problems).toEqual([]);
    expect(plan.counts).toEqual({ rows: 2, created: 0, updated: 1, unchanged: 0 });
    expect(writtenPlan(plan.writes).costs[0]).toEqual({
      id: 'pv',
      category: 'capex',
      label: 'Zonnepanelen',
      amounts: { '2027': 5_000_000, '2028': 2_500_000 },
    });
  });

  it('keeps a line’s amounts when its rows give no years, and counts an equal line as unchanged', async () => {
    const relabel = csvText([
      ['Plan', 'Kostenpost', 'Omschrijving'],
      ['zon-plan', 'team', 'Projectleiding'],
    ]);
    const plan = await planCsv(relabel, { kind: 'costLines', mode: 'upsert' });
    expect(writtenPlan(plan.writes).costs[1]).toEqual({
      id: 'team',
      category: 'personnel',
      label: 'Projectleiding',
      amounts: { '2026': 4_000_000 },
    });

    const same = csvText([HEADER, ['zon-plan', 'team', 'personeel', 'Projectleider', '2026', '40.000']]);
    const unchanged = await planCsv(same, { kind: 'costLines', mode: 'upsert' });
    expect(unchanged.counts).toEqual({ rows: 1, created: 0, updated: 0, unchanged: 1 });
    expect(unchanged.writes).toEqual([]);
  });
});
