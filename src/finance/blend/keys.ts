import { MIN_YEAR } from '../../model/years';

/*
 * Integer keys for the blend's lookup tables. String keys such as "3|2027" cost a
 * string build and a hash on every lookup, and rounding one portfolio does hundreds of
 * thousands of lookups. A year takes one of 1024 slots counted from 1700: validated
 * years are 1800-2200, loan repayments run at most 70 years past a draw and de minimis
 * windows start at most a few years before a plan.
 */
const YEAR_BASE = MIN_YEAR - 100;
const YEAR_SLOTS = 1024;
/** More than the workspace's 10,000 streams or plans. */
const INDEX_SLOTS = 16_384;

/** Key of (an index, a year): plan-year, stream-year, line-year, cooperative-year. */
export function yearKey(index: number, year: number): number {
  return index * YEAR_SLOTS + (year - YEAR_BASE);
}

/** Key of two indexes, such as (plan, stream). */
export function pairKey(first: number, second: number): number {
  return first * INDEX_SLOTS + second;
}
