// Rule 8: locked amounts are fixed exactly, and a rule they break is reported rather
// than hidden. A breach is accepted only where the result itself says, with a
// `brokenByLock` binding, that locked amounts break that rule at that place, and only
// as far as the locked amounts force it (the optimiser must not add to the breach).
import { euros, type Cell, type Place, type Violation } from './check-context';
import type { Breach } from './check-rules';
import type { Binding, BlendRule } from '../../../src/finance/blend/types';

/** The fields a binding must name to point at a place of each rule. */
type PlaceKey = 'planId' | 'streamId' | 'cooperativeId' | 'year';

const IDENTITY: Record<BlendRule, readonly PlaceKey[]> = {
  eligibility: ['planId', 'streamId'],
  cover: ['planId'],
  budget: ['streamId'],
  maxPerPlan: ['planId', 'streamId'],
  maxShareOfPlan: ['planId', 'streamId'],
  minAward: ['planId', 'streamId'],
  matching: ['planId', 'streamId'],
  deMinimis: ['cooperativeId'],
  sgeiDeMinimis: ['cooperativeId'],
  debtService: ['planId'],
  // The place of a guarantee breach is the plan and the loan stream whose draw lacks cover.
  guarantee: ['planId', 'streamId'],
};

const PLACE_KEYS: readonly PlaceKey[] = ['planId', 'streamId', 'cooperativeId', 'year'];

/**
 * Whether a binding points at a breach: same rule, the rule's identity fields given and
 * equal, and any other field it gives (a year, say) equal too. A binding without a year
 * covers every year of its place.
 */
export function bindingCovers(binding: Binding, breach: Breach): boolean {
  if (binding.brokenByLock !== true || binding.rule !== breach.rule) return false;
  for (const key of IDENTITY[breach.rule]) if (binding[key] === undefined) return false;
  for (const key of PLACE_KEYS) {
    const given = binding[key];
    const actual = breach.place[key];
    if (given !== undefined && actual !== undefined && given !== actual) return false;
  }
  return true;
}

function placeOf(breach: Breach): Place {
  const out: Place = {};
  for (const key of ['planId', 'streamId', 'costId', 'cooperativeId'] as const) {
    const value = breach.place[key];
    if (value !== undefined) out[key] = value;
  }
  if (breach.place.year !== undefined) out.year = breach.place.year;
  return out;
}

/** Turns breaches into violations, accepting those the result reports as broken by locks. */
export function judgeBreaches(breaches: readonly Breach[], bindings: readonly Binding[]): Violation[] {
  const out: Violation[] = [];
  for (const breach of breaches) {
    const covered = bindings.some((b) => bindingCovers(b, breach));
    if (breach.quiet === true || (covered && !breach.beyondLocks)) continue;
    const why = covered
      ? ' (reported as broken by locked amounts, but the blend adds to it beyond what is locked)'
      : '';
    out.push({ rule: breach.rule, message: breach.message + why, excess: breach.excess, ...placeOf(breach) });
  }
  for (const binding of bindings) {
    if (binding.brokenByLock !== true) continue;
    if (breaches.some((breach) => bindingCovers(binding, breach))) continue;
    const where = PLACE_KEYS.filter((k) => binding[k] !== undefined)
      .map((k) => `${k} ${String(binding[k])}`)
      .join(', ');
    const violation: Violation = {
      rule: binding.rule,
      message: `reported as broken by locked amounts (${where || 'no place given'}), but the blend keeps this rule there`,
    };
    for (const key of PLACE_KEYS) {
      const value = binding[key];
      if (key === 'year' && typeof value === 'number') violation.year = value;
      else if (key !== 'year' && typeof value === 'string') violation[key] = value;
    }
    out.push(violation);
  }
  return out;
}

/** Rule 8 proper: wherever a plan locks an amount, the allocation there equals it exactly. */
export function lockViolations(cells: readonly Cell[], tolerance: number): Violation[] {
  const out: Violation[] = [];
  for (const c of cells) {
    if (!c.hasLock || Math.abs(c.amount - c.locked) <= tolerance) continue;
    out.push({
      rule: 'locked',
      planId: c.plan.id,
      streamId: c.stream.id,
      costId: c.cost.id,
      year: c.year,
      message: `plan ${c.plan.id} locks ${euros(c.locked)} of stream ${c.stream.id} on cost line ${c.cost.id} in ${c.year}, the blend allocates ${euros(c.amount)}`,
      excess: c.amount - c.locked,
    });
  }
  return out;
}
