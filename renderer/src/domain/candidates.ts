/**
 * Which funding streams the plan builder offers the blend. The choice is a working
 * preference of this user on this machine, not part of the workspace format (spec
 * section 5 has no place for it), so it is kept in the renderer's localStorage, keyed
 * by the workspace file's path and the plan id: another file or plan never inherits it.
 */
export type CandidateChoice = { mode: 'all' } | { mode: 'chosen'; streamIds: string[] };

export const ALL_ELIGIBLE: CandidateChoice = { mode: 'all' };

export function candidateStorageKey(workspacePath: string, planId: string): string {
  return `coopfolio.candidates:${workspacePath}:${planId}`;
}

/** A stored choice, or "all eligible" for anything missing or not understood. */
export function parseCandidateChoice(stored: string | null): CandidateChoice {
  if (stored === null) return ALL_ELIGIBLE;
  try {
    const value: unknown = JSON.parse(stored);
    if (typeof value !== 'object' || value === null) return ALL_ELIGIBLE;
    const ids = (value as Record<string, unknown>)['streamIds'];
    if ((value as Record<string, unknown>)['mode'] !== 'chosen' || !Array.isArray(ids)) return ALL_ELIGIBLE;
    return { mode: 'chosen', streamIds: ids.filter((id): id is string => typeof id === 'string') };
  } catch {
    return ALL_ELIGIBLE;
  }
}

export function serializeCandidateChoice(choice: CandidateChoice): string {
  return JSON.stringify(choice);
}

/**
 * What `plans.analysis` gets as `streamIds`: nothing for "all eligible", else the chosen
 * streams that still exist (one may have been deleted since), in a stable order so the
 * same choice is the same request.
 */
export function streamIdsFor(
  choice: CandidateChoice,
  existingIds: ReadonlySet<string>,
): string[] | undefined {
  if (choice.mode === 'all') return undefined;
  return [...new Set(choice.streamIds)].filter((id) => existingIds.has(id)).sort();
}

/** Ticks or unticks one stream. Starting from "all", the others stay chosen. */
export function toggleCandidate(
  choice: CandidateChoice,
  streamId: string,
  eligibleIds: readonly string[],
): CandidateChoice {
  const current = choice.mode === 'all' ? [...eligibleIds] : choice.streamIds;
  const next = current.includes(streamId) ? current.filter((id) => id !== streamId) : [...current, streamId];
  return { mode: 'chosen', streamIds: next };
}

export function isCandidate(choice: CandidateChoice, streamId: string): boolean {
  return choice.mode === 'all' || choice.streamIds.includes(streamId);
}
