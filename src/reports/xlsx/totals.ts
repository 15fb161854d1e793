/**
 * Totals per plan and for the portfolio, as formulas: total cost, outside funding, own
 * revenue, gap, covered share, funding by stream kind, the cash low point and the lowest
 * (cash-flow) DSCR. The plan rows' share ((funded + own revenue) / total cost, as the
 * blend gives it) is the one the impact projection scales effects by.
 */
import type { Lang } from '../../model/messages';
import { PAYING_KINDS } from '../../model/stream';
import type { CashFlowIndex } from './cashflow';
import type { ScenarioFigures } from './figures';
import { planNrCell, type InputsIndex } from './inputs';
import { tr } from './lang';
import type { ScenarioInputsIndex } from './scenario-inputs';
import {
  absRange,
  absRef,
  cellRef,
  columnName,
  eurosFormula,
  formula,
  FORMAT,
  SheetBuilder,
  text,
  type SheetSpec,
} from './sheet';

const COL = { plan: 1, id: 2, name: 3, cost: 4, funded: 5, own: 6, gap: 7, share: 8, firstKind: 9 };
const LOW = COL.firstKind + PAYING_KINDS.length;
const MIN_DSCR = LOW + 1;

export interface TotalsIndex {
  /** Per plan id, the absolute reference of its funded share. */
  shareRef: Map<string, string>;
}

function minOrNull(values: readonly (number | null)[]): number | null {
  const present = values.filter((v): v is number => v !== null);
  return present.length === 0 ? null : Math.min(...present);
}

export function totalsSheet(
  figures: ScenarioFigures,
  inputs: InputsIndex,
  scenarioInputs: ScenarioInputsIndex,
  cashFlow: CashFlowIndex,
  name: string,
  lang: Lang,
): { sheet: SheetSpec; index: TotalsIndex } {
  const b = new SheetBuilder(name);
  b.heading(tr(lang, 'totals.totalsPerPlanAnd'), tr(lang, 'totals.formulasGapCostOutside'));
  b.header([
    tr(lang, 'common.planNumber'),
    tr(lang, 'totals.planId'),
    'Plan',
    tr(lang, 'totals.totalCost'),
    tr(lang, 'totals.outsideFunding'),
    tr(lang, 'totals.ownRevenue'),
    tr(lang, 'totals.gap'),
    tr(lang, 'totals.coveredShare'),
    ...PAYING_KINDS.map((kind) => tr(lang, 'totals.outsideOfKind', { kind })),
    tr(lang, 'totals.cashLowPoint'),
    tr(lang, 'totals.minimumDSCRCashFlow'),
  ]);
  b.freeze = { rows: 3, columns: 3 };
  const alloc = scenarioInputs.allocations;
  const own = scenarioInputs.ownRevenue;
  const costs = inputs.costs;
  const shareRef = new Map<string, string>();
  const first = b.nextRow;
  for (const { plan, cashFlow: flow, mix, share } of figures.plans) {
    const row = b.nextRow;
    const at = (col: number) => cellRef(col, row);
    const planNr = cellRef(COL.plan, row, 'column');
    const rows = cashFlow.planRows.get(plan.id) ?? { first: row, last: row };
    const cumulative = absRange(cashFlow.sheet, cashFlow.cumulativeColumn, rows.first, rows.last);
    const dscr = absRange(cashFlow.sheet, cashFlow.dscrColumn, rows.first, rows.last);
    b.add([
      planNrCell(inputs.planNr, plan.id),
      text(plan.id),
      text(plan.name),
      eurosFormula(`SUMIFS(${costs.amount},${costs.plan},${planNr})`, mix.totalCost),
      eurosFormula(`SUMIFS(${alloc.amount},${alloc.plan},${planNr})`, mix.funded),
      eurosFormula(`SUMIFS(${own.amount},${own.plan},${planNr})`, mix.ownRevenue),
      eurosFormula(`MAX(0,${at(COL.cost)}-${at(COL.funded)}-${at(COL.own)})`, mix.gap),
      formula(
        `IF(${at(COL.cost)}=0,1,(${at(COL.funded)}+${at(COL.own)})/${at(COL.cost)})`,
        share,
        'ratio',
        FORMAT.share,
      ),
      ...PAYING_KINDS.map((kind) =>
        eurosFormula(
          `SUMIFS(${alloc.amount},${alloc.plan},${planNr},${alloc.kind},"${kind}")`,
          mix.byKind[kind],
        ),
      ),
      eurosFormula(`MIN(${cumulative})`, flow.lowPoint.cumulative),
      formula(`IF(COUNT(${dscr})=0,"",MIN(${dscr}))`, flow.minDscr, 'ratio', FORMAT.ratio),
    ]);
    shareRef.set(plan.id, absRef(name, COL.share, row));
  }
  const last = b.nextRow - 1;
  // Without plans the sums run over one blank row: never over the total row itself.
  if (last < first) b.blank();
  const row = b.nextRow;
  const sum = (col: number) => `SUM(${columnName(col)}${first}:${columnName(col)}${Math.max(first, last)})`;
  const total = (pick: (p: ScenarioFigures['plans'][number]) => number) =>
    figures.plans.reduce((t, p) => t + pick(p), 0);
  const cost = total((p) => p.mix.totalCost);
  const gap = total((p) => p.mix.gap);
  const dscrs = `${columnName(MIN_DSCR)}${first}:${columnName(MIN_DSCR)}${Math.max(first, last)}`;
  b.add(
    [
      undefined,
      undefined,
      text(tr(lang, 'totals.portfolio')),
      eurosFormula(sum(COL.cost), cost),
      eurosFormula(
        sum(COL.funded),
        total((p) => p.mix.funded),
      ),
      eurosFormula(
        sum(COL.own),
        total((p) => p.mix.ownRevenue),
      ),
      eurosFormula(sum(COL.gap), gap),
      // The portfolio's share as the key figures give it: (total cost - gap) / total cost.
      formula(
        `IF(${cellRef(COL.cost, row)}=0,1,(${cellRef(COL.cost, row)}-${cellRef(COL.gap, row)})/${cellRef(COL.cost, row)})`,
        cost === 0 ? 1 : (cost - gap) / cost,
        'ratio',
        FORMAT.share,
      ),
      ...PAYING_KINDS.map((kind, i) =>
        eurosFormula(
          sum(COL.firstKind + i),
          total((p) => p.mix.byKind[kind]),
        ),
      ),
      undefined,
      formula(
        `IF(COUNT(${dscrs})=0,"",MIN(${dscrs}))`,
        minOrNull(figures.plans.map((p) => p.cashFlow.minDscr)),
        'ratio',
        FORMAT.ratio,
      ),
    ],
    'total',
  );
  return { sheet: b.build(), index: { shareRef } };
}
