import { awardProbabilityFor, grantedTotal, isDecided, type AwardStatus } from '../../model/award';
import type { Lang } from '../../i18n';
import { asCents, type Cents } from '../../model/money';
import { awardMessage, optionalPart, type ShortfallReason } from './award-messages';
import { ruleCapOf } from './formulation-model';
import { formatter, type FormatKind } from './intl';
import type { MessageParams } from './messages';
import { streamFits, type BlendProblem, type PlanData, type StreamData } from './problem';
import { opensToSector } from './eligibility';
import type { Allocation, GuaranteeUse } from './types';

/** What one award of a blended plan means for the blend. Amounts in cents. */
export interface AwardOutcome {
  planId: string;
  streamId: string;
  status: AwardStatus;
  /** The amount granted (statuses granted and settled), else null. */
  granted: Cents | null;
  /** What the blend gives the plan from the stream, locked amounts included; for a guarantee, what it backs. */
  given: Cents;
  /** Granted less given when the stream cannot pay the grant within its rules; 0 otherwise. */
  shortfall: Cents;
  /** The chance that the money comes through, as the Monte Carlo counts it (award.ts). */
  probability: number;
  message: string;
}

function format(lang: Lang, kind: FormatKind): (value: number) => string {
  const found = formatter(lang, kind);
  return (value) => found.format(value);
}

function dateText(lang: Lang, iso: string | undefined): string | undefined {
  return iso === undefined ? undefined : format(lang, 'date')(Date.parse(`${iso}T00:00:00Z`));
}

/** Costs of the plan that the stream may pay at all (cost category and period), in cents. */
function payableCost(plan: PlanData, s: StreamData): number {
  let payable = 0;
  for (const line of plan.lines)
    for (const [year, amount] of line.amounts) if (streamFits(s, plan, line, year)) payable += amount;
  return payable;
}

/** The first reason, in the order a coach would check them, that a grant cannot be paid in full. */
function shortfallReason(plan: PlanData, s: StreamData, granted: number): ShortfallReason {
  // Not open to the cooperative: its stage, or a sector that none of the plan's cost lines is in.
  if (!plan.streams.includes(s.index) || !plan.lines.some((line) => opensToSector(s.stream, line.sector)))
    return 'closed';
  if (payableCost(plan, s) < granted) return 'costs';
  const rule = ruleCapOf(plan, s);
  if (rule.cap < granted && (rule.source?.rule === 'maxPerPlan' || rule.source?.rule === 'maxShareOfPlan'))
    return rule.source.rule;
  return 'rules';
}

function sumsBy<T extends { planId: string; streamId: string; amount: number }>(rows: readonly T[]) {
  const out = new Map<string, number>();
  for (const row of rows) {
    const key = `${row.planId}\u0000${row.streamId}`;
    out.set(key, (out.get(key) ?? 0) + row.amount);
  }
  return (planId: string, streamId: string) => out.get(`${planId}\u0000${streamId}`) ?? 0;
}

/**
 * Every award of the blended plans with what the blend made of it, in words: a grant
 * fixes the stream's total (or falls short, and why), a refusal keeps the stream out,
 * an idea or application keeps the stream's award probability (docs/blend.md, "Awards").
 */
export function awardOutcomes(
  problem: BlendProblem,
  allocations: readonly Allocation[],
  guarantees: readonly GuaranteeUse[],
  lang: Lang,
): AwardOutcome[] {
  const paid = sumsBy(allocations);
  const backed = sumsBy(guarantees);
  const byId = new Map(problem.streams.map((s) => [s.stream.id, s]));
  const euros = format(lang, 'currency');
  const percent = format(lang, 'percent');
  const out: AwardOutcome[] = [];
  for (const plan of problem.plans) {
    for (const award of plan.plan.awards) {
      const s = byId.get(award.streamId);
      if (s === undefined) continue;
      const isGuarantee = s.stream.kind === 'guarantee';
      const given = isGuarantee ? backed(plan.plan.id, s.stream.id) : paid(plan.plan.id, s.stream.id);
      const granted = grantedTotal(award) ?? null;
      const shortfall = granted !== null && !isGuarantee ? Math.max(0, granted - given) : 0;
      const probability = awardProbabilityFor(plan.plan, s.stream);
      const params: MessageParams = {
        stream: s.stream.name,
        plan: plan.plan.name,
        cooperative: plan.cooperative.name,
        given: () => euros(given / 100),
        granted: () => euros((granted ?? 0) / 100),
        shortfall: () => euros(shortfall / 100),
        probability: () => percent(probability),
        payable: () => euros(payableCost(plan, s) / 100),
        cap: () => euros(s.maxPerPlan / 100),
        share: () => percent(s.stream.maxShareOfPlan ?? 1),
        reference: optionalPart(lang, 'reference', award.reference),
        appliedOn: optionalPart(lang, 'appliedOn', dateText(lang, award.appliedOn)),
        decidedOn: optionalPart(lang, 'decidedOn', dateText(lang, award.decidedOn)),
      };
      const message =
        shortfall > 0
          ? awardMessage(lang, 'short', params, shortfallReason(plan, s, granted ?? 0))
          : isGuarantee && isDecided(award.status)
            ? awardMessage(lang, 'guarantee', params)
            : awardMessage(lang, award.status, params);
      out.push({
        planId: plan.plan.id,
        streamId: s.stream.id,
        status: award.status,
        granted,
        given: asCents(given),
        shortfall: asCents(shortfall),
        probability,
        message,
      });
    }
  }
  return out;
}
