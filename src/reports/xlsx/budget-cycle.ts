/**
 * A scenario's budget-cycle sheet (begrotingscyclus; docs/methodology.md "Budget
 * cycle"). The blended money per year and silo by budget nature is input (the engine's
 * split of the blend); everything after it is a live formula: each row's total, the
 * year totals as SUMIF over the silo rows, the one-off share, and per plan the need
 * after its last year (MAX(0, continuing costs - revenue)) with the part one-off money
 * pays today (MIN(need, paid one-off)), the structural part and what is unfunded; the
 * yearly need of the plans whose years have ended as SUMIF over the plan rows.
 */
import type { BudgetCycle } from '../../finance/analysis/budget-cycle';
import type { Lang } from '../../model/messages';
import { tr } from './lang';
import { eurosFormula, formula, FORMAT, num, text, SheetBuilder, type SheetSpec } from './sheet';

const euros = (cents: number) => cents / 100;
const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

export function budgetCycleSheetName(lang: Lang, n: number): string {
  return `S${n} ${tr(lang, 'budgetCycle.budgetCycle')}`;
}

/** `IF(total>0, part/total, "")` with the engine's value (null: the empty text). */
function shareFormula(part: string, total: string, partCents: number, totalCents: number) {
  return formula(
    `IF(${total}>0,${part}/${total},"")`,
    totalCents > 0 ? partCents / totalCents : null,
    'ratio',
    FORMAT.share,
  );
}

export function budgetCycleSheet(cycle: BudgetCycle, name: string, lang: Lang): SheetSpec {
  const b = new SheetBuilder(name);
  b.row('title', text(tr(lang, 'budgetCycle.budgetCycle')));
  b.row('plain', text(tr(lang, 'budgetCycle.structuralInTheMulti')));

  // Per year and silo: the engine's split, and the row total as a formula.
  b.header([
    tr(lang, 'budgetCycle.year'),
    'Silo',
    tr(lang, 'budgetCycle.structural'),
    tr(lang, 'budgetCycle.oneOff'),
    tr(lang, 'budgetCycle.total'),
  ]);
  const firstCell = b.nextRow;
  for (const c of cycle.cells) {
    const r = b.nextRow;
    b.row(
      'plain',
      num(c.year, FORMAT.year),
      text(c.siloLabel),
      num(euros(c.structural), FORMAT.euros),
      num(euros(c.oneOff), FORMAT.euros),
      eurosFormula(`C${r}+D${r}`, c.structural + c.oneOff),
    );
  }
  const lastCell = b.nextRow - 1;
  b.row('plain');

  // The plans come last, but the year rows refer to them: their place is known now.
  const yearHeader = b.nextRow;
  const firstYear = yearHeader + 1;
  const yearTotal = firstYear + cycle.years.length;
  const planHeader = yearTotal + 2;
  const firstPlan = planHeader + 1;
  const lastPlan = firstPlan + cycle.plans.length - 1;
  const cellRange = (column: string) => `$${column}$${firstCell}:$${column}$${lastCell}`;
  const planRange = (column: string) => `$${column}$${firstPlan}:$${column}$${lastPlan}`;

  b.header([
    tr(lang, 'budgetCycle.year'),
    tr(lang, 'budgetCycle.structural'),
    tr(lang, 'budgetCycle.oneOff'),
    tr(lang, 'budgetCycle.total'),
    tr(lang, 'budgetCycle.oneOffShare'),
    tr(lang, 'budgetCycle.ownRevenue'),
    tr(lang, 'budgetCycle.neededAfterPilotYears'),
    tr(lang, 'budgetCycle.ofWhichOneOff'),
  ]);
  for (const y of cycle.years) {
    const r = b.nextRow;
    const bySilo = (column: string, cents: number) =>
      lastCell < firstCell
        ? num(euros(cents), FORMAT.euros)
        : eurosFormula(`SUMIF(${cellRange('A')},A${r},${cellRange(column)})`, cents);
    const byEndedPlans = (column: string, cents: number) =>
      cycle.plans.length === 0
        ? num(euros(cents), FORMAT.euros)
        : eurosFormula(`SUMIF(${planRange('B')},"<"&A${r},${planRange(column)})`, cents);
    b.row(
      'plain',
      num(y.year, FORMAT.year),
      bySilo('C', y.structural),
      bySilo('D', y.oneOff),
      eurosFormula(`B${r}+C${r}`, y.structural + y.oneOff),
      shareFormula(`C${r}`, `D${r}`, y.oneOff, y.structural + y.oneOff),
      num(euros(y.ownRevenue), FORMAT.euros),
      byEndedPlans('E', y.needAfterPilots),
      byEndedPlans('H', y.oneOffCliff),
    );
  }
  const structural = sum(cycle.years.map((y) => y.structural));
  const oneOff = sum(cycle.years.map((y) => y.oneOff));
  const yearSum = (column: string, cents: number) =>
    eurosFormula(`SUM(${column}${firstYear}:${column}${yearTotal - 1})`, cents);
  b.row(
    'total',
    text(tr(lang, 'budgetCycle.allYears')),
    yearSum('B', structural),
    yearSum('C', oneOff),
    eurosFormula(`B${yearTotal}+C${yearTotal}`, structural + oneOff),
    shareFormula(`C${yearTotal}`, `D${yearTotal}`, oneOff, structural + oneOff),
    yearSum('F', sum(cycle.years.map((y) => y.ownRevenue))),
  );
  b.row('plain');

  b.header([
    'Plan',
    tr(lang, 'budgetCycle.lastYear'),
    tr(lang, 'budgetCycle.continuingCosts'),
    tr(lang, 'budgetCycle.revenue'),
    tr(lang, 'budgetCycle.needPerYear'),
    tr(lang, 'budgetCycle.paidOneOff'),
    tr(lang, 'budgetCycle.paidStructural'),
    tr(lang, 'budgetCycle.oneOffToday'),
    tr(lang, 'budgetCycle.structuralToday'),
    tr(lang, 'budgetCycle.unfundedToday'),
    tr(lang, 'budgetCycle.oneOffShare'),
  ]);
  for (const p of cycle.plans) {
    const r = b.nextRow;
    b.row(
      'plain',
      text(p.name),
      num(p.lastYear, FORMAT.year),
      num(euros(p.continuingCost), FORMAT.euros),
      num(euros(p.revenue), FORMAT.euros),
      eurosFormula(`MAX(0,C${r}-D${r})`, p.need),
      num(euros(p.oneOffPaid), FORMAT.euros),
      num(euros(p.structuralPaid), FORMAT.euros),
      eurosFormula(`MIN(E${r},F${r})`, p.oneOffFunded),
      eurosFormula(`MIN(E${r}-H${r},G${r})`, p.structuralFunded),
      eurosFormula(`E${r}-H${r}-I${r}`, p.unfunded),
      shareFormula(`H${r}`, `E${r}`, p.oneOffFunded, p.need),
    );
  }
  if (cycle.plans.length > 0) {
    const r = b.nextRow;
    const total = (pick: (p: BudgetCycle['plans'][number]) => number) => sum(cycle.plans.map(pick));
    // The money columns C to J, each the sum of the plan rows above.
    const summed: [string, (p: BudgetCycle['plans'][number]) => number][] = [
      ['C', (p) => p.continuingCost],
      ['D', (p) => p.revenue],
      ['E', (p) => p.need],
      ['F', (p) => p.oneOffPaid],
      ['G', (p) => p.structuralPaid],
      ['H', (p) => p.oneOffFunded],
      ['I', (p) => p.structuralFunded],
      ['J', (p) => p.unfunded],
    ];
    b.row(
      'total',
      text(tr(lang, 'budgetCycle.allPlans')),
      undefined,
      ...summed.map(([column, pick]) =>
        eurosFormula(`SUM(${column}${firstPlan}:${column}${lastPlan})`, total(pick)),
      ),
      shareFormula(
        `H${r}`,
        `E${r}`,
        total((p) => p.oneOffFunded),
        total((p) => p.need),
      ),
    );
  }
  b.freeze = { rows: 0, columns: 1 };
  return b.build();
}
