import { z } from 'zod';
import { nonNegativeMoneySchema, type Cents } from './money';

export const MIN_YEAR = 1800;
export const MAX_YEAR = 2200;

export const yearSchema = z
  .number()
  .int()
  .refine((y) => y >= MIN_YEAR && y <= MAX_YEAR, { params: { messageKey: 'yearOutOfRange' } });

const YEAR_KEY = /^\d{4}$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A calendar date as `YYYY-MM-DD` (a peildatum), checked to exist. */
export const isoDateSchema = z.string().refine(
  (value) => {
    const match = ISO_DATE.exec(value);
    if (match === null) return false;
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const date = new Date(Date.UTC(year, month - 1, day));
    return (
      year >= MIN_YEAR &&
      year <= MAX_YEAR &&
      date.getUTCFullYear() === year &&
      date.getUTCMonth() === month - 1 &&
      date.getUTCDate() === day
    );
  },
  { params: { messageKey: 'isoDate' } },
);

/** `{ "2026": 1000 }`: a per-year schedule of euros; missing years are 0. */
export const yearScheduleSchema = z.record(
  z
    .string()
    .regex(YEAR_KEY)
    .refine((key) => Number(key) >= MIN_YEAR && Number(key) <= MAX_YEAR, {
      params: { messageKey: 'yearOutOfRange' },
    }),
  nonNegativeMoneySchema,
);

export type YearSchedule = Record<string, Cents>;

export function amountInYear(schedule: YearSchedule, year: number): Cents {
  return schedule[String(year)] ?? (0 as Cents);
}

export function yearsOf(schedule: YearSchedule): number[] {
  return Object.keys(schedule)
    .map(Number)
    .sort((a, b) => a - b);
}

/** Inclusive list of years from `first` for `count` years. */
export function yearRange(first: number, count: number): number[] {
  return Array.from({ length: count }, (_, i) => first + i);
}
