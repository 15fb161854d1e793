import { z } from 'zod';

/** A share, rate or probability in [0, 1]. */
export const fractionSchema = z
  .number()
  .refine((v) => v >= 0 && v <= 1, { params: { messageKey: 'fractionRange' } });

/** A number inside (low, high), reported with one message key. */
export function boundedNumber(messageKey: string, accepts: (value: number) => boolean) {
  return z.number().refine(accepts, { params: { messageKey } });
}
