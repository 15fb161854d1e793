import { sumEuros } from '../money';
import type { CashFlowJson } from './types';

/** One year of the cash-flow chart: money in as a positive bar, money out as a negative one. */
export interface CashFlowPoint {
  year: number;
  /** Funding received (every kind) plus the plan's revenue. */
  inflows: number;
  /** Costs plus debt service (interest and repayment), as a negative number. */
  outflows: number;
  net: number;
  cumulative: number;
}

export interface CashFlowChartData {
  points: CashFlowPoint[];
  lowPoint: { year: number; cumulative: number };
  /** The low point is below zero: the plan needs bridging money then. */
  lowPointIsShortfall: boolean;
}

export function cashFlowChart(cashFlow: CashFlowJson): CashFlowChartData {
  const points = cashFlow.years.map((year) => ({
    year: year.year,
    inflows: sumEuros([year.totalInflows, year.revenue]),
    outflows: -sumEuros([year.costs, year.debtService]),
    net: year.net,
    cumulative: year.cumulative,
  }));
  return {
    points,
    lowPoint: cashFlow.lowPoint,
    lowPointIsShortfall: cashFlow.lowPoint.cumulative < 0,
  };
}
