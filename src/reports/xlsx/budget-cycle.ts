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
import { eurosFormula, formula, FORMAT, num, text, type RowSpec, type SheetSpec } from './sheet';

const euros = (cents: number) => cents / 100;
const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

export function budgetCycleSheetName(lang: Lang, n: number): string {
  return `S${n} ${tr(lang, 'Begrotingscyclus', 'Budget cycle')}`;
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
  const rows: RowSpec[] = [];
  const add = (style: RowSpec['style'], ...cells: RowSpec['cells']) => rows.push({ style, cells });
  const next = () => rows.length + 1;
  add('title', text(tr(lang, 'Begrotingscyclus', 'Budget cycle')));
  add(
    'plain',
    text(
      tr(
        lang,
        'Structureel: elk jaar in de meerjarenbegroting; incidenteel: eenmalig. Nodig per jaar = MAX(0; doorlopende kosten - inkomsten) in het laatste planjaar; nu incidenteel = MIN(nodig; incidenteel betaald).',
        'Structural: in the multi-year budget every year; one-off: once only. Need per year = MAX(0, continuing costs - revenue) in the plan’s last year; one-off today = MIN(need, paid one-off).',
      ),
    ),
  );

  // Per year and silo: the engine's split, and the row total as a formula.
  add(
    'header',
    text(tr(lang, 'Jaar', 'Year')),
    text('Silo'),
    text(tr(lang, 'Structureel', 'Structural')),
    text(tr(lang, 'Incidenteel', 'One-off')),
    text(tr(lang, 'Totaal', 'Total')),
  );
  const firstCell = next();
  for (const c of cycle.cells) {
    const r = next();
    add(
      'plain',
      num(c.year, FORMAT.year),
      text(c.siloLabel),
      num(euros(c.structural), FORMAT.euros),
      num(euros(c.oneOff), FORMAT.euros),
      eurosFormula(`C${r}+D${r}`, c.structural + c.oneOff),
    );
  }
  const lastCell = next() - 1;
  add('plain');

  // The plans come last, but the year rows refer to them: their place is known now.
  const yearHeader = next();
  const firstYear = yearHeader + 1;
  const yearTotal = firstYear + cycle.years.length;
  const planHeader = yearTotal + 2;
  const firstPlan = planHeader + 1;
  const lastPlan = firstPlan + cycle.plans.length - 1;
  const cellRange = (column: string) => `$${column}$${firstCell}:$${column}$${lastCell}`;
  const planRange = (column: string) => `$${column}$${firstPlan}:$${column}$${lastPlan}`;

  add(
    'header',
    text(tr(lang, 'Jaar', 'Year')),
    text(tr(lang, 'Structureel', 'Structural')),
    text(tr(lang, 'Incidenteel', 'One-off')),
    text(tr(lang, 'Totaal', 'Total')),
    text(tr(lang, 'Aandeel incidenteel', 'One-off share')),
    text(tr(lang, 'Eigen inkomsten', 'Own revenue')),
    text(tr(lang, 'Nodig na pilotjaren', 'Needed after pilot years')),
    text(tr(lang, 'Waarvan nu incidenteel', 'Of which one-off today')),
  );
  for (const y of cycle.years) {
    const r = next();
    const bySilo = (column: string, cents: number) =>
      lastCell < firstCell
        ? num(euros(cents), FORMAT.euros)
        : eurosFormula(`SUMIF(${cellRange('A')},A${r},${cellRange(column)})`, cents);
    const byEndedPlans = (column: string, cents: number) =>
      cycle.plans.length === 0
        ? num(euros(cents), FORMAT.euros)
        : eurosFormula(`SUMIF(${planRange('B')},"<"&A${r},${planRange(column)})`, cents);
    add(
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
  add(
    'total',
    text(tr(lang, 'Alle jaren', 'All years')),
    yearSum('B', structural),
    yearSum('C', oneOff),
    eurosFormula(`B${yearTotal}+C${yearTotal}`, structural + oneOff),
    shareFormula(`C${yearTotal}`, `D${yearTotal}`, oneOff, structural + oneOff),
    yearSum('F', sum(cycle.years.map((y) => y.ownRevenue))),
  );
  add('plain');

  add(
    'header',
    text('Plan'),
    text(tr(lang, 'Laatste jaar', 'Last year')),
    text(tr(lang, 'Doorlopende kosten', 'Continuing costs')),
    text(tr(lang, 'Inkomsten', 'Revenue')),
    text(tr(lang, 'Nodig per jaar', 'Need per year')),
    text(tr(lang, 'Incidenteel betaald', 'Paid one-off')),
    text(tr(lang, 'Structureel betaald', 'Paid structural')),
    text(tr(lang, 'Nu incidenteel', 'One-off today')),
    text(tr(lang, 'Nu structureel', 'Structural today')),
    text(tr(lang, 'Nu ongedekt', 'Unfunded today')),
    text(tr(lang, 'Aandeel incidenteel', 'One-off share')),
  );
  for (const p of cycle.plans) {
    const r = next();
    add(
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
    const r = next();
    const planSum = (column: string, cents: number) =>
      eurosFormula(`SUM(${column}${firstPlan}:${column}${lastPlan})`, cents);
    const total = (pick: (p: BudgetCycle['plans'][number]) => number) => sum(cycle.plans.map(pick));
    add(
      'total',
      text(tr(lang, 'Alle plannen', 'All plans')),
      undefined,
      planSum(
        'C',
        total((p) => p.continuingCost),
      ),
      planSum(
        'D',
        total((p) => p.revenue),
      ),
      planSum(
        'E',
        total((p) => p.need),
      ),
      planSum(
        'F',
        total((p) => p.oneOffPaid),
      ),
      planSum(
        'G',
        total((p) => p.structuralPaid),
      ),
      planSum(
        'H',
        total((p) => p.oneOffFunded),
      ),
      planSum(
        'I',
        total((p) => p.structuralFunded),
      ),
      planSum(
        'J',
        total((p) => p.unfunded),
      ),
      shareFormula(
        `H${r}`,
        `E${r}`,
        total((p) => p.oneOffFunded),
        total((p) => p.need),
      ),
    );
  }
  return { name, rows, freeze: { rows: 0, columns: 1 } };
}
