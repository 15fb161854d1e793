/**
 * Cash flow per plan and year as formulas (src/finance/cashflow): costs and inflows by
 * stream kind summed from the inputs, revenue from the plan's schedule (after its last
 * year the last year's revenue continues, spec section 6 rule 7), interest and
 * principal from the loan sheet, net, cumulative and DSCR (empty without debt service).
 * Own revenue (eigen inkomsten) is summed from the scenario's inputs beside the inflows:
 * it moves no cash (the revenue is already in), but it is not available for debt
 * service, so DSCR = (revenue - own revenue) / (interest + principal), as a lender
 * reads it. The year's gap closes the sum: inflows + own revenue + gap = costs.
 */
import type { Lang } from '../../model/messages';
import { PAYING_KINDS } from '../../model/stream';
import type { ScenarioFigures } from './figures';
import { PLAN_COL, planNrCell, type InputsIndex } from './inputs';
import { tr } from './lang';
import type { LoansIndex } from './loans';
import type { ScenarioInputsIndex } from './scenario-inputs';
import {
  absRef,
  cellRef,
  columnName,
  eurosFormula,
  formula,
  FORMAT,
  num,
  SheetBuilder,
  text,
  type SheetSpec,
} from './sheet';

const COL = { plan: 1, name: 2, year: 3, costs: 4, firstInflow: 5 };
const AFTER_INFLOWS = COL.firstInflow + PAYING_KINDS.length;
const OWN = { ownRevenue: AFTER_INFLOWS, gap: AFTER_INFLOWS + 1 };
const REST = { revenue: OWN.gap + 1, interest: OWN.gap + 2, principal: OWN.gap + 3 };
const NET = { net: REST.principal + 1, cumulative: REST.principal + 2, dscr: REST.principal + 3 };

/** Where the totals sheet finds each plan's rows. */
export interface CashFlowIndex {
  sheet: string;
  /** Per plan id, its first and last row. */
  planRows: Map<string, { first: number; last: number }>;
  cumulativeColumn: number;
  dscrColumn: number;
}

export function cashFlowSheet(
  figures: ScenarioFigures,
  inputs: InputsIndex,
  scenarioInputs: ScenarioInputsIndex,
  loans: LoansIndex,
  name: string,
  lang: Lang,
): { sheet: SheetSpec; index: CashFlowIndex } {
  const b = new SheetBuilder(name);
  b.heading(tr(lang, 'cashflow.cashFlowPerPlan'), tr(lang, 'cashflow.formulasOnTheInputs'));
  b.header([
    tr(lang, 'common.planNumber'),
    'Plan',
    tr(lang, 'cashflow.year'),
    tr(lang, 'cashflow.costs'),
    ...PAYING_KINDS.map((kind) => tr(lang, 'cashflow.inflowOfKind', { kind })),
    tr(lang, 'cashflow.ownRevenue'),
    tr(lang, 'cashflow.gap'),
    tr(lang, 'cashflow.revenue'),
    tr(lang, 'cashflow.interest'),
    tr(lang, 'cashflow.principal'),
    tr(lang, 'cashflow.net'),
    tr(lang, 'cashflow.cumulative'),
    tr(lang, 'cashflow.dscrCashFlow'),
  ]);
  b.freeze = { rows: 3, columns: 3 };
  const alloc = scenarioInputs.allocations;
  const own = scenarioInputs.ownRevenue;
  const planRows = new Map<string, { first: number; last: number }>();
  for (const { plan, cashFlow } of figures.plans) {
    const planRow = inputs.planRow.get(plan.id) ?? 0;
    const first = b.nextRow;
    for (const y of cashFlow.years) {
      const row = b.nextRow;
      const at = (col: number) => cellRef(col, row);
      const planNr = cellRef(COL.plan, row, 'column');
      const year = cellRef(COL.year, row, 'column');
      const inflows = PAYING_KINDS.map((kind) =>
        // Kinds are the format's fixed codes, safe as criteria text.
        eurosFormula(
          `SUMIFS(${alloc.amount},${alloc.plan},${planNr},${alloc.year},${year},${alloc.kind},"${kind}")`,
          y.inflows[kind],
        ),
      );
      const start = absRef(inputs.sheet, PLAN_COL.start, planRow);
      const last = absRef(inputs.sheet, PLAN_COL.last, planRow);
      const rev = scenarioInputs.revenues;
      const inflowSum = `SUM(${at(COL.firstInflow)}:${columnName(AFTER_INFLOWS - 1)}${row})`;
      b.add([
        planNrCell(inputs.planNr, plan.id),
        text(plan.name),
        num(y.year, FORMAT.year),
        eurosFormula(
          `SUMIFS(${inputs.costs.amount},${inputs.costs.plan},${planNr},${inputs.costs.year},${year})`,
          y.costs,
        ),
        ...inflows,
        eurosFormula(`SUMIFS(${own.amount},${own.plan},${planNr},${own.year},${year})`, y.ownRevenue),
        eurosFormula(
          `MAX(0,${at(COL.costs)}-${inflowSum}-${at(OWN.ownRevenue)})`,
          Math.max(0, y.costs - y.totalInflows - y.ownRevenue),
        ),
        eurosFormula(
          `IF(${year}<${start},0,SUMIFS(${rev.amount},${rev.plan},${planNr},${rev.year},MIN(${year},${last})))`,
          y.revenue,
        ),
        eurosFormula(`SUMIFS(${loans.interest},${loans.plan},${planNr},${loans.year},${year})`, y.interest),
        eurosFormula(`SUMIFS(${loans.principal},${loans.plan},${planNr},${loans.year},${year})`, y.principal),
        eurosFormula(
          `${inflowSum}+${at(REST.revenue)}-${at(COL.costs)}-${at(REST.interest)}-${at(REST.principal)}`,
          y.net,
        ),
        eurosFormula(
          row === first ? at(NET.net) : `${cellRef(NET.cumulative, row - 1)}+${at(NET.net)}`,
          y.cumulative,
        ),
        formula(
          `IF(${at(REST.interest)}+${at(REST.principal)}>0,(${at(REST.revenue)}-${at(OWN.ownRevenue)})/(${at(REST.interest)}+${at(REST.principal)}),"")`,
          y.dscr,
          'ratio',
          FORMAT.ratio,
        ),
      ]);
    }
    planRows.set(plan.id, { first, last: b.nextRow - 1 });
  }
  return {
    sheet: b.build(),
    index: { sheet: name, planRows, cumulativeColumn: NET.cumulative, dscrColumn: NET.dscr },
  };
}
