// A rule broken at a place, and how far beyond what locked amounts force: shared by
// the checker's rule files.
import { euros, type Place } from './check-context';
import type { BlendRule } from '../../../src/finance/blend/types';

export interface Breach {
  rule: BlendRule;
  place: Place;
  message: string;
  /** Cents over the limit. */
  excess: number;
  /** True when the breach is larger than the locked amounts alone would make it. */
  beyondLocks: boolean;
  /** A breach the blend did not cause (prior aid alone): acceptable reported or not. */
  quiet?: boolean;
}

/** An upper limit: broken above `limit`; beyond the locks when above max(limit, locked value). */
export function upper(
  rule: BlendRule,
  place: Place,
  value: number,
  lockedValue: number,
  limit: number,
  tolerance: number,
  describe: string,
): Breach | undefined {
  if (value <= limit + tolerance) return undefined;
  return {
    rule,
    place,
    message: `${describe}: ${euros(value)} exceeds the limit of ${euros(limit)}`,
    excess: value - limit,
    beyondLocks: value > Math.max(limit, lockedValue) + tolerance,
  };
}
