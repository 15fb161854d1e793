import { sumEuros } from '../money';
import type { CashFlowJson } from './types';

/** One year of the cash-flow chart: money in as positive bars, money out as a negative one. */
export interface CashFlowPoint {
  year: number;
  /** Funding received (every kind) plus the plan's revenue. */
  inflows: number;
  /** Funding received from outside (every kind). */
  funding: number;
  /** Revenue that pays the plan's costs (eigen inkomsten): not there for debt service. */
  ownRevenue: number;
  /** Revenue left after paying costs: the cash flow available for debt service. */
  freeRevenue: number;
  /** Costs plus debt service (interest and repayment), as a negative number. */
  outflows: number;
  debtService: number;
  net: number;
  cumulative: number;
  /** freeRevenue / debtService; null in a year without debt service. */
  dscr: number | null;
}

export interface CashFlowChartData {
  points: CashFlowPoint[];
  lowPoint: { year: number; cumulative: number };
  /** The low point is below zero: the plan needs bridging money then. */
  lowPointIsShortfall: boolean;
  minDscr: number | null;
  minDscrYear: number | null;
}

export function cashFlowChart(cashFlow: CashFlowJson): CashFlowChartData {
  const points = cashFlow.years.map((year): CashFlowPoint => ({
    year: year.year,
    inflows: sumEuros([year.totalInflows, year.revenue]),
    funding: year.totalInflows,
    ownRevenue: year.ownRevenue,
    // Own revenue never exceeds revenue; the floor only guards against a stray cent.
    freeRevenue: Math.max(0, sumEuros([year.revenue, -year.ownRevenue])),
    outflows: -sumEuros([year.costs, year.debtService]),
    debtService: year.debtService,
    net: year.net,
    cumulative: year.cumulative,
    dscr: year.dscr,
  }));
  return {
    points,
    lowPoint: cashFlow.lowPoint,
    lowPointIsShortfall: cashFlow.lowPoint.cumulative < 0,
    minDscr: cashFlow.minDscr,
    minDscrYear: cashFlow.minDscrYear,
  };
}
