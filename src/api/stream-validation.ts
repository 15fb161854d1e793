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

const USES = {
  nl: {
    plans: (names: string) => `vastgezette bedragen of aanvragen in ${names}`,
    scenarios: (names: string) => `een factor in scenario's ${names}`,
    guarantees: (names: string) => `de borgstelling ${names}`,
    pooling: (names: string) =>
      `de ontschotting van zijn schot in scenario's ${names} (de laatste bron in dat schot)`,
    and: ', ',
  },
  en: {
    plans: (names: string) => `locked amounts or applications in ${names}`,
    scenarios: (names: string) => `a factor in scenarios ${names}`,
    guarantees: (names: string) => `the guarantee ${names}`,
    pooling: (names: string) => `the de-siloing of its silo in scenarios ${names} (the silo's last stream)`,
    and: '; ',
  },
} as const;

/**
 * A stream that plans, scenarios or guarantees still refer to cannot be deleted. Said
 * here, before the store's own refusal, so the message names them by name (never by id
 * or the file's path) and says what to remove first; nothing is written.
 */
export function assertStreamDeletable(workspace: Workspace, id: string, lang: Lang): void {
  const stream = workspace.fundingStreams.find((s) => s.id === id);
  if (stream === undefined) return; // The store reports it as not found.
  const plans = workspace.plans
    .filter(
      (plan) => plan.locked.some((l) => l.streamId === id) || plan.awards.some((a) => a.streamId === id),
    )
    .map((plan) => plan.name);
  const scenarios = workspace.scenarios.filter((s) => id in s.streamFactors).map((s) => s.name);
  const guarantees = workspace.fundingStreams
    .filter((s) => s.guarantee?.backs.includes(id) === true)
    .map((s) => s.name);
  const pooling = scenariosPoolingLast(workspace, stream.silo, id).map((s) => s.name);
  const words = USES[lang];
  const uses = [
    plans.length > 0 ? words.plans(quotedNames(plans, lang)) : null,
    scenarios.length > 0 ? words.scenarios(quotedNames(scenarios, lang)) : null,
    guarantees.length > 0 ? words.guarantees(quotedNames(guarantees, lang)) : null,
    pooling.length > 0 ? words.pooling(quotedNames(pooling, lang)) : null,
  ].filter((use): use is string => use !== null);
  if (uses.length === 0) return;
  throw new InvalidInputError(
    [makeIssue(lang, [], 'streamInUse', { name: stream.name, uses: uses.join(words.and) })],
    'in-use',
  );
}

/** Scenarios pooling `silo` when stream `id` is the only stream in it (so without it the silo would not exist). */
function scenariosPoolingLast(workspace: Workspace, silo: string, id: string) {
  if (workspace.fundingStreams.some((s) => s.id !== id && s.silo === silo)) return [];
  return workspace.scenarios.filter((s) => s.desiloing?.silos.includes(silo) === true);
}

/**
 * A stream that is the last in a silo a scenario pools cannot move to another silo: the
 * scenario would pool a silo that no longer exists. Refused next to the stream's silo,
 * naming the scenarios; nothing is written.
 */
export function assertSiloKept(workspace: Workspace, stream: FundingStream, lang: Lang): void {
  const before = workspace.fundingStreams.find((s) => s.id === stream.id);
  if (before === undefined || before.silo === stream.silo) return;
  const scenarios = scenariosPoolingLast(workspace, before.silo, stream.id).map((s) => s.name);
  if (scenarios.length === 0) return;
  throw new InvalidInputError([
    makeIssue(lang, ['stream', 'silo'], 'siloPooled', {
      silo: before.silo,
      scenarios: quotedNames(scenarios, lang),
    }),
  ]);
}
