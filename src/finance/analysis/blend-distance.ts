/**
 * How far a portfolio blend may be from the best possible one, in words the app, the
 * command line and the council report share (issue 18).
 *
 * A blend covers `totalCost - gap` of its plans' cost (outside funding plus own revenue
 * used). The solver also proves a `bound`: the most any blend could cover. The
 * distance `bound - covered` is zero when the blend is proven optimal; otherwise the
 * search stopped within 0.01 % of the total cost and the distance is stated, but only
 * once it exceeds one euro (below that it is rounding, not a choice the user can act on).
 *
 * Everything here is in euros: callers holding the engine's cents divide by 100 first.
 * Browser-safe (the renderer words its blend screens with it).
 */
import { localeOf, translator, type Lang } from '../../i18n';

/** A distance up to this many euros is not stated: the blend reads as proven optimal. */
export const DISTANCE_STATED_ABOVE_EUROS = 1;

/** The three figures a distance is made of, in euros. */
export interface BlendTotals {
  totalCost: number;
  gap: number;
  /** The most any blend could cover of `totalCost` (proven). */
  bound: number;
}

/** `bound - covered` in euros, never negative (a bound equal to covered up to float noise is 0). */
export function blendDistance(totals: BlendTotals): number {
  const covered = totals.totalCost - totals.gap;
  return Math.max(0, totals.bound - covered);
}

/** Whether a distance (euros) is worth stating: more than one euro. */
export function distanceStated(distanceEuros: number): boolean {
  return distanceEuros > DISTANCE_STATED_ABOVE_EUROS;
}

const money = new Map<Lang, Intl.NumberFormat>();

/** Euros with cents in `lang`'s notation (€ 1.234,50 / €1,234.50). */
export function formatDistanceEuros(lang: Lang, euros: number): string {
  let format = money.get(lang);
  if (format === undefined) {
    format = new Intl.NumberFormat(localeOf(lang), { style: 'currency', currency: 'EUR' });
    money.set(lang, format);
  }
  return format.format(euros);
}

/** A stated distance: the line itself and the sentence that explains it. */
export interface DistanceWords {
  /** Euros. */
  distance: number;
  /** "Hoogstens € X van het best mogelijke". */
  line: string;
  /** Why the blend may not be the best and why X is certain. */
  note: string;
}

/**
 * The words for a blend's distance, or null when there is nothing to state (proven
 * optimal, or within a euro of it).
 */
export function blendDistanceWords(lang: Lang, totals: BlendTotals): DistanceWords | null {
  const distance = blendDistance(totals);
  if (!distanceStated(distance)) return null;
  const t = translator(lang, 'finance');
  return {
    distance,
    line: t('blendDistance.atMost', { amount: formatDistanceEuros(lang, distance) }),
    note: t('blendDistance.note', { bound: formatDistanceEuros(lang, totals.bound) }),
  };
}

/** The quiet line for a blend with nothing to state: "Bewezen optimaal". */
export function provenOptimalWords(lang: Lang): string {
  return translator(lang, 'finance')('blendDistance.proven');
}

/**
 * The running search's best distance so far ("nu hoogstens € X van het best mogelijke"),
 * or null before the search has a blend to measure (covered unknown).
 */
export function searchDistanceWords(lang: Lang, distanceEuros: number | null): string | null {
  if (distanceEuros === null) return null;
  return translator(lang, 'finance')('blendDistance.now', {
    amount: formatDistanceEuros(lang, Math.max(0, distanceEuros)),
  });
}
