import type { AwardOutcomeJson } from '../blend/award-schema';
import type { AwardOutcome } from '../blend/types';
import { euros } from './euros';

/** The blend's award outcomes in euros, for the analyses (blend/award-schema.ts). */
export function awardsInEuros(outcomes: readonly AwardOutcome[]): AwardOutcomeJson[] {
  return outcomes.map((a) => ({
    planId: a.planId,
    streamId: a.streamId,
    status: a.status,
    granted: a.granted === null ? null : euros(a.granted),
    given: euros(a.given),
    shortfall: euros(a.shortfall),
    probability: a.probability,
    message: a.message,
  }));
}
