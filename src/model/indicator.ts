import { z } from 'zod';
import { boundedNumber } from './fraction';
import { dimensionSchema, indicatorKindSchema, lensSchema } from './doughnut';
import { idSchema } from './ids';
import { nameSchema, textSchema } from './text';
import { isoDateSchema, yearSchema } from './years';

/**
 * The city total an indicator is a share of (480,000 households, 930,000 inhabitants).
 * An impact line on such an indicator says what a cooperative delivers in absolute
 * units (190 households); the projection divides that output by `value`. An indicator
 * in absolute units of its own (kt CO2, hectares) has no denominator.
 */
export const denominatorSchema = z.strictObject({
  value: boundedNumber('denominatorPositive', (v) => v > 0),
  /** What `value` counts, and what a line's output counts unless the line says otherwise. */
  unit: nameSchema,
  source: textSchema.default(''),
  /** The year the total describes. */
  year: yearSchema,
});

/** The indicator's starting point and the monitor it is read from. */
export const baselineSchema = z.strictObject({
  year: yearSchema,
  value: z.number(),
  /** The monitor or statistic the value comes from. */
  source: textSchema.default(''),
  /** When that monitor was published or last read (peildatum); absent when unknown. */
  date: isoDateSchema.optional(),
});

export const indicatorSchema = z.strictObject({
  id: idSchema,
  label: nameSchema,
  dimension: dimensionSchema,
  kind: indicatorKindSchema,
  unit: nameSchema,
  denominator: denominatorSchema.optional(),
  baseline: baselineSchema,
  threshold: boundedNumber('thresholdPositive', (v) => v > 0),
  /** Where the threshold comes from: a fair share, a policy target, a guideline. */
  thresholdSource: textSchema.default(''),
  trend: boundedNumber('trendRange', (v) => v > -1 && v < 10).default(0),
  /** Notes on the indicator as a whole: what it measures, what a city would put in its place. */
  source: textSchema.default(''),
  lens: lensSchema.optional(),
});

export type Denominator = z.output<typeof denominatorSchema>;
export type Indicator = z.output<typeof indicatorSchema>;
export type IndicatorJson = z.input<typeof indicatorSchema>;
