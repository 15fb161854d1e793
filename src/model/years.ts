import { z } from 'zod';
import { nonNegativeMoneySchema, type Cents } from './money';

export const MIN_YEAR = 1800;
export const MAX_YEAR = 2200;

export const yearSchema = z
  .number()
  .int()
  .refine((y) => y >= MIN_YEAR && y <= MAX_YEAR, { params: { messageKey: 'yearOutOfRange' } });

const YEAR_KEY = /^\d{4}$/;

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
