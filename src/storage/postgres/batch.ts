import type { BatchWrite } from '../types';
import type { WorkspaceDraft } from './draft';

/** One write of a batch, on the draft, with the checks of its single-item method (as workspace-writes.ts). */
export function applyBatchWrite(draft: WorkspaceDraft, write: BatchWrite): void {
  const check = 'expectedVersion' in write ? { expectedVersion: write.expectedVersion } : undefined;
  switch (write.op) {
    case 'insertCooperative':
      draft.insert('cooperative', write.cooperative, write.position);
      return;
    case 'updateCooperative':
      draft.update('cooperative', write.cooperative, check);
      return;
    case 'deleteCooperative':
      draft.remove('cooperative', write.id, check);
      return;
    case 'deleteFundingStream':
      draft.remove('fundingStream', write.id, check);
      return;
    case 'insertFundingStream':
      draft.insert('fundingStream', write.stream);
      return;
    case 'updateFundingStream':
      draft.update('fundingStream', write.stream, check);
      return;
    case 'insertPlan':
      draft.insert('plan', write.plan, write.position);
      return;
    case 'updatePlan':
      draft.update('plan', write.plan, check);
      return;
    case 'deletePlan':
      draft.remove('plan', write.id, check);
      return;
    case 'updateScenario':
      draft.update('scenario', write.scenario, check);
      return;
    default: {
      const never: never = write;
      return never;
    }
  }
}
