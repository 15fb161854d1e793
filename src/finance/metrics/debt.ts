import type { PlanCashFlow } from '../cashflow';
import type { Cents } from '../../model/money';
import { roundToCents } from './rounding';

/** Debt service discounted to `baseYear`, before rounding: sum DS(t) / (1+r)^(t - baseYear). */
export function discountedDebtService(
  cashFlow: PlanCashFlow,
  discountRate: number,
  baseYear: number,
): number {
  let total = 0;
  for (const row of cashFlow.years) {
    if (row.debtService !== 0) total += row.debtService / (1 + discountRate) ** (row.year - baseYear);
  }
  return total;
}

/**
 * Present value of the plan's debt service (interest and principal): a payment in year
 * t is weighed by (1+r)^-(t - baseYear), whole years as the model works in yearly
 * periods, so a payment in the base year itself is not discounted. The base year is
 * the plan's start year for a plan. Rounded to cents once.
 */
export function debtServiceNpv(cashFlow: PlanCashFlow, discountRate: number, baseYear: number): Cents {
  return roundToCents(discountedDebtService(cashFlow, discountRate, baseYear));
}
