/**
 * Loan schedules as formulas. One row per draw (all allocations of one loan stream to
 * one plan in one year, as src/finance/cashflow groups them) with its amount, terms,
 * annuity factor and level payment; below, one row per instalment. The rounding is the
 * engine's integer-cent arithmetic, restated:
 *   interest  = ROUND(ROUND(balance*100,0)*rate,0)/100   (whole cents of cents x rate)
 *   level     = ROUND(ROUND(amount*100,0)*factor,0)/100
 *   principal = 0 in grace years, the whole balance in the last instalment (the rounding
 *               residual), else MIN(balance, MAX(0, level - interest))
 * Rounding in cents rather than with ROUND(x,2) matters: ROUND(x,2) rounds the decimal
 * the number displays, the engine rounds the binary product, and the two differ on
 * products such as 1500 x 0.009 = 13.499999999999998 (13 cents, not 14).
 */
import type { LoanDraw } from '../../finance/cashflow';
import { annuityFactor, type LoanTermsInput } from '../../finance/loans';
import type { Lang } from '../../model/messages';
import type { Workspace } from '../../model/workspace';
import type { ScenarioFigures } from './figures';
import { planNrCell, STREAM_COL, type InputsIndex } from './inputs';
import { tr } from './lang';
import type { ScenarioInputsIndex } from './scenario-inputs';
import {
  absRef,
  cellRef,
  eurosFormula,
  formula,
  FORMAT,
  num,
  SheetBuilder,
  text,
  type SheetSpec,
} from './sheet';

const DRAW = { plan: 2, stream: 4, year: 6, amount: 7, rate: 8, term: 9, grace: 10, factor: 11, level: 12 };
const ROW = { plan: 2, k: 5, year: 6, interest: 7, principal: 8, payment: 9, balance: 10 };

/** Where the cash flow finds the schedules. */
export interface LoansIndex {
  plan: string;
  year: string;
  interest: string;
  principal: string;
}

/** Whole cents, half away from zero, as src/finance/loans.ts rounds. */
function roundCents(value: number): number {
  return Math.sign(value) * Math.round(Math.abs(value));
}

interface DrawRow {
  row: number;
  nr: number;
  planId: string;
  draw: LoanDraw;
  terms: LoanTermsInput;
}

function termsOf(workspace: Workspace, streamId: string): LoanTermsInput {
  const terms = workspace.fundingStreams.find((s) => s.id === streamId)?.loan;
  // planLoanDraws throws on the same condition, so a draw always has terms here.
  if (terms === undefined) throw new Error(`Loan stream "${streamId}" has no loan terms`);
  return terms;
}

function drawRow(
  b: SheetBuilder,
  d: Omit<DrawRow, 'row'>,
  inputs: InputsIndex,
  allocations: ScenarioInputsIndex['allocations'],
): number {
  const row = b.nextRow;
  const at = (col: number) => cellRef(col, row);
  const streamRow = inputs.streamRow.get(d.draw.streamId) ?? 0;
  const factor = annuityFactor(d.terms.rate, d.terms.termYears);
  return b.add([
    num(d.nr, FORMAT.integer),
    planNrCell(inputs.planNr, d.planId),
    text(d.planId),
    num(inputs.streamNr.get(d.draw.streamId) ?? 0, FORMAT.integer),
    text(d.draw.streamId),
    num(d.draw.year, FORMAT.year),
    eurosFormula(
      `SUMIFS(${allocations.amount},${allocations.plan},${at(DRAW.plan)},${allocations.stream},${at(DRAW.stream)},${allocations.year},${at(DRAW.year)})`,
      d.draw.amount,
    ),
    formula(absRef(inputs.sheet, STREAM_COL.rate, streamRow), d.terms.rate, 'ratio', FORMAT.rate),
    formula(absRef(inputs.sheet, STREAM_COL.term, streamRow), d.terms.termYears, 'ratio', FORMAT.integer),
    formula(absRef(inputs.sheet, STREAM_COL.grace, streamRow), d.terms.graceYears, 'ratio', FORMAT.integer),
    // annuityFactor in src/finance/loans: 1/n at rate 0, else r / (1 - (1+r)^-n).
    formula(
      `IF(${at(DRAW.rate)}=0,1/${at(DRAW.term)},${at(DRAW.rate)}/(1-(1+${at(DRAW.rate)})^(-${at(DRAW.term)})))`,
      factor,
      'ratio',
      FORMAT.factor,
    ),
    eurosFormula(
      `ROUND(ROUND(${at(DRAW.amount)}*100,0)*${at(DRAW.factor)},0)/100`,
      roundCents(d.draw.amount * factor),
    ),
  ]);
}

function scheduleRows(b: SheetBuilder, d: DrawRow, inputs: InputsIndex): void {
  const draw = (col: number) => cellRef(col, d.row, 'both');
  d.draw.schedule.forEach((instalment, i) => {
    const row = b.nextRow;
    const at = (col: number) => cellRef(col, row);
    const k = i + 1;
    // The balance before this instalment: the amount drawn, then the row above's balance.
    const before = k === 1 ? draw(DRAW.amount) : cellRef(ROW.balance, row - 1);
    b.add([
      num(d.nr, FORMAT.integer),
      planNrCell(inputs.planNr, d.planId),
      text(d.planId),
      text(d.draw.streamId),
      num(k, FORMAT.integer),
      formula(`${draw(DRAW.year)}+${at(ROW.k)}`, instalment.year, 'ratio', FORMAT.year),
      eurosFormula(`ROUND(ROUND(${before}*100,0)*${draw(DRAW.rate)},0)/100`, instalment.interest),
      eurosFormula(
        `IF(${at(ROW.k)}<=${draw(DRAW.grace)},0,IF(${at(ROW.k)}=${draw(DRAW.grace)}+${draw(DRAW.term)},${before},MIN(${before},MAX(0,${draw(DRAW.level)}-${at(ROW.interest)}))))`,
        instalment.principal,
      ),
      eurosFormula(`${at(ROW.interest)}+${at(ROW.principal)}`, instalment.payment),
      eurosFormula(`${before}-${at(ROW.principal)}`, instalment.balance),
    ]);
  });
}

export function loansSheet(
  workspace: Workspace,
  figures: ScenarioFigures,
  inputs: InputsIndex,
  allocations: ScenarioInputsIndex['allocations'],
  name: string,
  lang: Lang,
): { sheet: SheetSpec; index: LoansIndex } {
  const b = new SheetBuilder(name);
  b.heading(tr(lang, 'loans.loanSchedules'), tr(lang, 'loans.formulasInterestAndPayments'));
  b.table(tr(lang, 'loans.draws'), [
    'Nr',
    tr(lang, 'common.planNumber'),
    tr(lang, 'loans.planId'),
    tr(lang, 'loans.streamNr'),
    tr(lang, 'loans.loan'),
    tr(lang, 'loans.drawYear'),
    tr(lang, 'loans.drawn'),
    tr(lang, 'loans.rate'),
    tr(lang, 'loans.termYears'),
    tr(lang, 'loans.graceYears'),
    tr(lang, 'loans.annuityFactor'),
    tr(lang, 'loans.levelPayment'),
  ]);
  const draws: DrawRow[] = [];
  for (const { plan, cashFlow } of figures.plans) {
    for (const draw of cashFlow.loans) {
      const d = { nr: draws.length + 1, planId: plan.id, draw, terms: termsOf(workspace, draw.streamId) };
      draws.push({ ...d, row: drawRow(b, d, inputs, allocations) });
    }
  }
  const first = b.table(tr(lang, 'loans.repaymentSchedules'), [
    tr(lang, 'loans.drawNr'),
    tr(lang, 'common.planNumber'),
    tr(lang, 'loans.planId'),
    tr(lang, 'loans.loan'),
    tr(lang, 'loans.instalment'),
    tr(lang, 'loans.year'),
    tr(lang, 'loans.interest'),
    tr(lang, 'loans.principal'),
    tr(lang, 'loans.payment'),
    tr(lang, 'loans.balance'),
  ]);
  for (const d of draws) scheduleRows(b, d, inputs);
  const index = b.columnRanges(first, {
    plan: ROW.plan,
    year: ROW.year,
    interest: ROW.interest,
    principal: ROW.principal,
  });
  return { sheet: b.build(), index };
}
