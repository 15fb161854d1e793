import { initial } from './0010-initial';
import { foreignKeyIndexes } from './0020-foreign-key-indexes';
import { guaranteesSgeiRates } from './0030-guarantees-sgei-rates';
import { planAwards } from './0040-plan-awards';
import { impactOutputs } from './0050-impact-outputs';
import { incubatorPath } from './0060-incubator-path';
import { draftStreams } from './0070-draft-streams';
import { desiloing } from './0080-desiloing';
import { budgetCycle } from './0090-budget-cycle';
import { procurement } from './0100-procurement';
import { versionsAudit } from './0110-versions-audit';
import type { Migration } from './migration';

export type { Migration } from './migration';

/** Every migration in order; append only. */
export const MIGRATIONS: readonly Migration[] = [
  initial,
  foreignKeyIndexes,
  guaranteesSgeiRates,
  planAwards,
  impactOutputs,
  incubatorPath,
  draftStreams,
  desiloing,
  budgetCycle,
  procurement,
  versionsAudit,
];
