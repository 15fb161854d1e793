import { z } from 'zod';
import { boundedNumber } from './fraction';
import { dimensionSchema, indicatorKindSchema, lensSchema } from './doughnut';
import { idSchema } from './ids';
import { nameSchema, textSchema } from './text';
import { yearSchema } from './years';

export const indicatorSchema = z.strictObject({
  id: idSchema,
  label: nameSchema,
  dimension: dimensionSchema,
  kind: indicatorKindSchema,
  unit: nameSchema,
  baseline: z.strictObject({ year: yearSchema, value: z.number() }),
  threshold: boundedNumber('thresholdPositive', (v) => v > 0),
  trend: boundedNumber('trendRange', (v) => v > -1 && v < 10).default(0),
  source: textSchema.default(''),
  lens: lensSchema.optional(),
});

export type Indicator = z.output<typeof indicatorSchema>;
export type IndicatorJson = z.input<typeof indicatorSchema>;
