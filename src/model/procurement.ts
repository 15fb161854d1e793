import { z } from 'zod';
import { fractionSchema } from './fraction';
import { idSchema } from './ids';
import type { MessageKey } from './messages';
import { nonNegativeMoneySchema, type Cents } from './money';
import { textSchema } from './text';
import { yearScheduleSchema, yearSchema } from './years';

/**
 * Municipal procurement as a flywheel (issue 15, point 6; format version 3). The workspace's
 * optional `procurement` section: the municipality's relevant purchasing volume per year
 * (inkoopvolume: the purchasing cooperatives could deliver, such as cleaning, care, catering
 * and energy), and the contracts it awarded to cooperatives (opdrachten gegund aan
 * coöperaties), reserved ones marked (voorbehouden opdrachten, Aanbestedingswet 2012 art.
 * 2.82, Directive 2014/24/EU art. 20), with the Social Return realised on each.
 */

/**
 * Share of a contract's price left after the cost of delivering the work (labour and
 * materials): its contribution margin (dekkingsbijdrage). Only this share of extra contract
 * revenue can pay a plan's own costs. 15% is an estimate for labour-intensive services, where
 * wages and materials take the greater part of the price (docs/methodology.md,
 * "Inkoop als vliegwiel"); the user replaces it with a cooperative's own cost price.
 */
export const DEFAULT_CONTRIBUTION_MARGIN = 0.15;

export const procurementContractSchema = z.strictObject({
  /** The year the contract's amount is paid (invoiced) in. */
  year: yearSchema,
  cooperativeId: idSchema,
  /** The plan whose work the contract pays, when it is one plan's. */
  planId: idSchema.optional(),
  description: textSchema.default(''),
  /** What the municipality pays the cooperative in `year`, excluding VAT. */
  amount: nonNegativeMoneySchema,
  /** Awarded as a reserved contract (voorbehouden opdracht). */
  reserved: z.boolean().default(false),
  /** Social Return (SROI) realised on the contract in `year`, in euros. */
  socialReturn: nonNegativeMoneySchema.prefault(0),
});

export type ProcurementContract = z.output<typeof procurementContractSchema>;
export type ProcurementContractJson = z.input<typeof procurementContractSchema>;

export const procurementSchema = z
  .strictObject({
    /** The municipality's relevant purchasing volume per year, euros excluding VAT. */
    volumes: yearScheduleSchema.default({}),
    /** Where the volumes come from (a purchasing report, an estimate). */
    volumeSource: textSchema.default(''),
    contributionMargin: fractionSchema.default(DEFAULT_CONTRIBUTION_MARGIN),
    contracts: z.array(procurementContractSchema).max(10_000).default([]),
  })
  .superRefine((procurement, ctx) => {
    const add = (path: (string | number)[], messageKey: MessageKey, params: Record<string, unknown> = {}) =>
      ctx.addIssue({ code: 'custom', path, params: { messageKey, ...params } });
    procurement.contracts.forEach((contract, i) => {
      if (contract.socialReturn > contract.amount)
        add(['contracts', i, 'socialReturn'], 'socialReturnAboveAmount');
    });
    for (const [year, awarded] of awardedByYear(procurement.contracts)) {
      const volume = procurement.volumes[String(year)];
      if (volume !== undefined && awarded > volume)
        add(['volumes', String(year)], 'awardedAboveVolume', { year });
    }
  });

export type Procurement = z.output<typeof procurementSchema>;
export type ProcurementJson = z.input<typeof procurementSchema>;

/** Contract amounts summed per year, in cents. */
export function awardedByYear(contracts: readonly ProcurementContract[]): Map<number, Cents> {
  const sums = new Map<number, number>();
  for (const contract of contracts) sums.set(contract.year, (sums.get(contract.year) ?? 0) + contract.amount);
  return sums as Map<number, Cents>;
}

type Report = (path: (string | number)[], messageKey: MessageKey, params: Record<string, unknown>) => void;

/** The cross references of the procurement section: cooperatives and plans exist, a plan is its cooperative's. */
export function checkProcurementReferences(
  procurement: Procurement | undefined,
  cooperativeIds: ReadonlySet<string>,
  planCooperative: ReadonlyMap<string, string>,
  report: Report,
): void {
  procurement?.contracts.forEach((contract, i) => {
    const path = ['procurement', 'contracts', i];
    if (!cooperativeIds.has(contract.cooperativeId)) {
      report([...path, 'cooperativeId'], 'unknownCooperative', { id: contract.cooperativeId });
    }
    if (contract.planId === undefined) return;
    const owner = planCooperative.get(contract.planId);
    if (owner === undefined) report([...path, 'planId'], 'unknownPlan', { id: contract.planId });
    else if (owner !== contract.cooperativeId) {
      report([...path, 'planId'], 'planOfOtherCooperative', { id: contract.planId });
    }
  });
}
