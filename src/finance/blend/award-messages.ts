/** What each award means for the blend, in a coach's words: the `finance:award.*` translations. */
import type { Lang } from '../../i18n';
import type { AwardStatus } from '../../model/award';
import { financeMessage, type MessageParams } from './messages';

/** Why a granted award cannot be paid in full, as far as the problem alone can tell. */
export type ShortfallReason = 'closed' | 'costs' | 'maxPerPlan' | 'maxShareOfPlan' | 'rules';

/** Optional parts of a message, each with its leading words. */
export type OptionalPart = 'reference' | 'appliedOn' | 'decidedOn';

export function optionalPart(lang: Lang, part: OptionalPart, value: string | undefined): string {
  return value === undefined || value === '' ? '' : financeMessage(lang, `award.part.${part}`, { value });
}

export function awardMessage(
  lang: Lang,
  kind: AwardStatus | 'short' | 'guarantee',
  params: MessageParams,
  reason?: ShortfallReason,
): string {
  const withReason =
    reason === undefined
      ? params
      : { ...params, reason: financeMessage(lang, `award.shortfallReason.${reason}`, params) };
  return financeMessage(lang, `award.outcome.${kind}`, withReason);
}
