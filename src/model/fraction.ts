import { z } from 'zod';

/** A share, rate or probability in [0, 1]. */
export const fractionSchema = z
  .number()
  .refine(Number.isFinite, { params: { messageKey: 'notFinite' }, abort: true })
  .min(0, { params: { messageKey: 'fractionRange' } })
  .max(1, { params: { messageKey: 'fractionRange' } });

export const finiteNumberSchema = z
  .number()
  .refine(Number.isFinite, { params: { messageKey: 'notFinite' } });
