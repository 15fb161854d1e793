import type { ScenarioRun } from '../../../domain/impact/types';
import type { Locale } from '../../../../../src/model/settings';
import { formatMoneyRounded } from '../../../domain/format';

export type GuaranteeCallsJson = ScenarioRun['guaranteeCalls'];

/**
 * The amounts of the guarantees line, in whole euros: the expected call, its P90 and the
 * most that could be called. Null when the blend backs no loan with a guarantee (nothing
 * to show).
 */
export function guaranteeCallsFigures(
  calls: GuaranteeCallsJson,
  locale: Locale,
): { expected: string; p90: string; max: string } | null {
  if (calls.byGuarantee.length === 0 || !(calls.maxPossible > 0)) return null;
  return {
    expected: formatMoneyRounded(calls.expected, locale),
    p90: formatMoneyRounded(calls.p90, locale),
    max: formatMoneyRounded(calls.maxPossible, locale),
  };
}
