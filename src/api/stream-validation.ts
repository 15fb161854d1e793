import { makeIssue } from '../model/issues';
import type { Lang } from '../model/messages';
import type { FundingStream } from '../model/stream';
import type { Workspace } from '../model/workspace';
import { InvalidInputError } from './errors';
import { quotedNames } from './names';

/**
 * A draft funds nothing, so a stream that plans have locked amounts on cannot become one
 * (the workspace would hold amounts no blend can pay). Refused next to the stream's
 * status, naming the plans; nothing is written.
 */
export function assertDraftAllowed(workspace: Workspace, stream: FundingStream, lang: Lang): void {
  if (!stream.draft) return;
  const plans = workspace.plans
    .filter((plan) => plan.locked.some((lock) => lock.streamId === stream.id))
    .map((plan) => plan.name);
  if (plans.length === 0) return;
  throw new InvalidInputError([
    makeIssue(lang, ['stream', 'draft'], 'draftWithLocks', {
      name: stream.name,
      plans: quotedNames(plans, lang),
    }),
  ]);
}
