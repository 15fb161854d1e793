import { awardProbabilityFor } from '../../model/award';
import type { Workspace } from '../../model/workspace';

/**
 * The chance that stream `streamId`'s money for plan `planId` comes through in a draw:
 * certain once the plan's award of it is granted or settled, none once refused, the
 * stream's award probability otherwise (src/model/award.ts).
 */
export function awardChances(workspace: Workspace): (planId: string, streamId: string) => number {
  const plans = new Map(workspace.plans.map((p) => [p.id, p]));
  const streams = new Map(workspace.fundingStreams.map((s) => [s.id, s]));
  return (planId, streamId) => {
    const stream = streams.get(streamId);
    if (stream === undefined) return 1;
    const plan = plans.get(planId);
    return plan === undefined ? stream.awardProbability : awardProbabilityFor(plan, stream);
  };
}
