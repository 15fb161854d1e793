import { z } from 'zod';
import { idSchema } from './ids';
import { nonNegativeMoneySchema, type Cents } from './money';
import { textSchema } from './text';
import { isoDateSchema } from './years';

/**
 * Where an application for one funding stream stands for one plan: an idea, applied
 * for, granted (a beschikking came back), refused, or settled (accounted for and
 * closed after a grant).
 */
export const AWARD_STATUSES = ['idea', 'applied', 'granted', 'refused', 'settled'] as const;
export const awardStatusSchema = z.enum(AWARD_STATUSES);
export type AwardStatus = z.infer<typeof awardStatusSchema>;

/** Statuses whose granted amount is decided: the blend gives exactly that amount. */
export const DECIDED_STATUSES: readonly AwardStatus[] = ['granted', 'settled'];

/** How long a funder usually takes to decide when its stream does not say (documented in workspace-format.md). */
export const DEFAULT_DECISION_WEEKS = 8;

export function isDecided(status: AwardStatus): boolean {
  return DECIDED_STATUSES.includes(status);
}

/**
 * One application and its decision. Money in euros in JSON (cents inside), dates as
 * `YYYY-MM-DD`; `reference` is the beschikking's number or name.
 */
export const awardSchema = z
  .strictObject({
    streamId: idSchema,
    status: awardStatusSchema,
    requested: nonNegativeMoneySchema.optional(),
    granted: nonNegativeMoneySchema.optional(),
    appliedOn: isoDateSchema.optional(),
    decidedOn: isoDateSchema.optional(),
    reference: textSchema.optional(),
    reportDue: isoDateSchema.optional(),
    note: textSchema.optional(),
  })
  .superRefine((award, ctx) => {
    const decided = isDecided(award.status);
    if (decided && award.granted === undefined) {
      ctx.addIssue({ code: 'custom', path: ['granted'], params: { messageKey: 'awardGrantedRequired' } });
    }
    if (decided && award.decidedOn === undefined) {
      ctx.addIssue({ code: 'custom', path: ['decidedOn'], params: { messageKey: 'awardDecidedOnRequired' } });
    }
    // An amount granted before any grant would be read as a decision that was never made.
    if (!decided && award.granted !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['granted'],
        params: { messageKey: 'awardGrantedOnlyWhenGranted' },
      });
    }
    if (award.appliedOn !== undefined && award.decidedOn !== undefined && award.decidedOn < award.appliedOn) {
      ctx.addIssue({
        code: 'custom',
        path: ['decidedOn'],
        params: { messageKey: 'awardDecidedBeforeApplied' },
      });
    }
  });

export type Award = z.output<typeof awardSchema>;
export type AwardJson = z.input<typeof awardSchema>;

/** A plan's award for a stream, if any (at most one per stream: planSchema checks it). */
export function awardOf<A extends { streamId: string }>(
  plan: { awards?: readonly A[] },
  streamId: string,
): A | undefined {
  return plan.awards?.find((award) => award.streamId === streamId);
}

/**
 * The chance that a stream's money for a plan comes through: certain once granted or
 * settled, none once refused, otherwise the stream's own award probability.
 */
export function awardProbabilityFor(
  plan: { awards?: readonly Pick<Award, 'streamId' | 'status'>[] },
  stream: { id: string; awardProbability: number },
): number {
  const status = awardOf(plan, stream.id)?.status;
  if (status === undefined) return stream.awardProbability;
  if (isDecided(status)) return 1;
  if (status === 'refused') return 0;
  return stream.awardProbability;
}

/** The granted amount that fixes a stream's total for a plan, or undefined when nothing is decided. */
export function grantedTotal(award: Award | undefined): Cents | undefined {
  return award !== undefined && isDecided(award.status) ? award.granted : undefined;
}

type Report = (path: (string | number)[], messageKey: string, params?: Record<string, unknown>) => void;

/**
 * The plan's own rules for its awards: one award per stream, no locked amounts from a
 * stream that refused, and no grant below what the plan already locks from the stream
 * (locked amounts are part of the stream's total, which the grant fixes).
 */
export function checkPlanAwards(
  plan: {
    awards: readonly Award[];
    locked: readonly { streamId: string; amount: number }[];
  },
  report: Report,
): void {
  const first = new Map<string, number>();
  plan.awards.forEach((award, i) => {
    const seen = first.get(award.streamId);
    if (seen !== undefined) {
      report(['awards', i, 'streamId'], 'duplicateAward', { id: award.streamId, first: seen });
      return;
    }
    first.set(award.streamId, i);
    const locks = plan.locked.filter((lock) => lock.streamId === award.streamId);
    const locked = locks.reduce((sum, lock) => sum + lock.amount, 0);
    if (award.status === 'refused' && locked > 0) {
      report(['awards', i, 'status'], 'refusedWithLocks', { id: award.streamId });
    }
    const granted = grantedTotal(award);
    if (granted !== undefined && granted < locked) {
      report(['awards', i, 'granted'], 'grantedBelowLocked', { id: award.streamId });
    }
  });
}
