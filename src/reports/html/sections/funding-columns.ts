/**
 * The funding columns of a plan's row, shared by the portfolio's plans table and the plan's
 * table per scenario: outside funding, own revenue, gap, funded share, the chance of full
 * funding and the expected funded share ("–" where the run gives none), in this order.
 */
import { createElement as h, type ReactNode } from 'react';
import type { ReportEnv } from '../context';
import { showsGap } from '../format';
import { Num, NumHead } from '../parts';

/** A plan's money in one scenario, in euros. */
export interface PlanFunding {
  funded: number;
  ownRevenue: number;
  gap: number;
  fundedShare: number;
}

/** What the Monte Carlo run says of the plan; null: no figure. */
export interface PlanChance {
  probabilityFullyFunded: number | null;
  expectedFundedShare: number | null;
}

export const NO_CHANCE: PlanChance = { probabilityFullyFunded: null, expectedFundedShare: null };

export function fundingHeads(t: ReportEnv['t']): ReactNode[] {
  return [
    h(NumHead, null, t('columns.funded')),
    h(NumHead, null, t('columns.ownRevenue')),
    h(NumHead, null, t('columns.gap')),
    h(NumHead, null, t('columns.fundedShare')),
    h(NumHead, null, t('columns.probability')),
    h(NumHead, null, t('columns.expectedShare')),
  ];
}

export function fundingCells(fmt: ReportEnv['fmt'], plan: PlanFunding, chance: PlanChance): ReactNode[] {
  const { probabilityFullyFunded, expectedFundedShare } = chance;
  return [
    h(Num, null, fmt.money(plan.funded)),
    h(Num, null, fmt.money(plan.ownRevenue)),
    h(Num, showsGap(plan.gap) ? { className: 'gap' } : null, fmt.money(plan.gap)),
    h(Num, null, fmt.percent(plan.fundedShare)),
    h(Num, null, probabilityFullyFunded === null ? '–' : fmt.percent(probabilityFullyFunded, 0)),
    h(Num, null, expectedFundedShare === null ? '–' : fmt.percent(expectedFundedShare)),
  ];
}
