/*
 * Cents (the model) to euros (the wire) for everything an analysis shows. Each amount
 * is converted once, from whole cents, so the renderer never rounds money itself.
 */
import type { z } from 'zod';
import type {
  accountabilitySchema,
  cashFlowSchema,
  deMinimisSchema,
  explanationSchema,
  fundingMixSchema,
  guaranteeUseSchema,
  revolvingFundYearSchema,
} from './schemas';
import type { Binding, GuaranteeUse, RevolvingFundYear } from '../blend/types';
import type { PlanCashFlow } from '../cashflow';
import type { AccountabilityAward } from '../metrics/accountability';
import type { DeMinimisHeadroom } from '../metrics/deMinimis';
import type { FundingMix } from '../metrics/funding';
import { centsToEuros, type Cents } from '../../model/money';
import { PAYING_KINDS, type PayingKind } from '../../model/stream';

// The wire shapes live in schemas.ts (the contract composes them); only their types are used here.
export type Explanation = z.infer<typeof explanationSchema>;
export type CashFlowInEuros = z.infer<typeof cashFlowSchema>;
export type FundingMixInEuros = z.infer<typeof fundingMixSchema>;
export type DeMinimisInEuros = z.infer<typeof deMinimisSchema>;
export type AccountabilityInEuros = z.infer<typeof accountabilitySchema>;
export type GuaranteeUseInEuros = z.infer<typeof guaranteeUseSchema>;
export type RevolvingFundYearInEuros = z.infer<typeof revolvingFundYearSchema>;

export const euros = centsToEuros;

export function byKindInEuros(amounts: Readonly<Record<PayingKind, Cents>>): Record<PayingKind, number> {
  const out = {} as Record<PayingKind, number>;
  for (const kind of PAYING_KINDS) out[kind] = euros(amounts[kind]);
  return out;
}

/** A binding rule with every optional detail spelt out (null when it does not apply). */
export function explanationsOf(binding: readonly Binding[]): Explanation[] {
  return binding.map((b) => ({
    rule: b.rule,
    streamId: b.streamId ?? null,
    planId: b.planId ?? null,
    cooperativeId: b.cooperativeId ?? null,
    year: b.year ?? null,
    valuePerEuro: b.valuePerEuro,
    brokenByLock: b.brokenByLock === true,
    excess: b.excess === undefined ? null : euros(b.excess),
    message: b.message,
  }));
}

export function cashFlowInEuros(flow: PlanCashFlow): CashFlowInEuros {
  return {
    firstYear: flow.firstYear,
    lastYear: flow.lastYear,
    years: flow.years.map((row) => ({
      year: row.year,
      costs: euros(row.costs),
      inflows: byKindInEuros(row.inflows),
      totalInflows: euros(row.totalInflows),
      revenue: euros(row.revenue),
      ownRevenue: euros(row.ownRevenue),
      interest: euros(row.interest),
      principal: euros(row.principal),
      debtService: euros(row.debtService),
      net: euros(row.net),
      cumulative: euros(row.cumulative),
      dscr: row.dscr,
    })),
    loans: flow.loans.map((draw) => ({
      streamId: draw.streamId,
      year: draw.year,
      amount: euros(draw.amount),
      schedule: draw.schedule.map((row) => ({
        year: row.year,
        interest: euros(row.interest),
        principal: euros(row.principal),
        payment: euros(row.payment),
        balance: euros(row.balance),
      })),
    })),
    lowPoint: { year: flow.lowPoint.year, cumulative: euros(flow.lowPoint.cumulative) },
    minDscr: flow.minDscr,
    minDscrYear: flow.minDscrYear,
  };
}

export function fundingMixInEuros(mix: FundingMix): FundingMixInEuros {
  return {
    totalCost: euros(mix.totalCost),
    funded: euros(mix.funded),
    ownRevenue: euros(mix.ownRevenue),
    gap: euros(mix.gap),
    overfunded: euros(mix.overfunded),
    fundedShare: mix.fundedShare,
    byKind: byKindInEuros(mix.byKind),
    publicFunding: euros(mix.publicFunding),
    privateFunding: euros(mix.privateFunding),
    publicShare: mix.publicShare,
    mobilisationRatio: mix.mobilisationRatio,
    concessional: euros(mix.concessional),
    marketRate: euros(mix.marketRate),
    silos: [...mix.silos],
    siloCount: mix.siloCount,
    expectedFunding: euros(mix.expectedFunding),
  };
}

export function deMinimisInEuros(headroom: DeMinimisHeadroom): DeMinimisInEuros {
  return {
    cooperativeId: headroom.cooperativeId,
    ceiling: euros(headroom.ceiling),
    periodYears: headroom.periodYears,
    window: { first: headroom.window.first, last: headroom.window.last },
    priorAid: euros(headroom.priorAid),
    blendAid: euros(headroom.blendAid),
    used: euros(headroom.used),
    headroom: euros(headroom.headroom),
    usedShare: headroom.usedShare,
    warning: headroom.warning,
  };
}

export function accountabilityInEuros(award: AccountabilityAward): AccountabilityInEuros {
  return {
    planId: award.planId,
    streamId: award.streamId,
    amount: euros(award.amount),
    tier: award.tier,
    auditorStatement: award.auditorStatement,
  };
}

export function guaranteeInEuros(use: GuaranteeUse): GuaranteeUseInEuros {
  return {
    planId: use.planId,
    streamId: use.streamId,
    loanStreamId: use.loanStreamId,
    year: use.year,
    amount: euros(use.amount),
  };
}

export function fundYearInEuros(row: RevolvingFundYear): RevolvingFundYearInEuros {
  return {
    streamId: row.streamId,
    year: row.year,
    budget: row.budget === null ? null : euros(row.budget),
    drawn: euros(row.drawn),
    returned: euros(row.returned),
    relent: euros(row.relent),
    balance: euros(row.balance),
  };
}
