import type { ScenarioRun } from '../domain/impact/types';

/**
 * The last finished run of each scenario in this session. A run takes seconds and its
 * results used to vanish when the user left the Scenarios screen; kept here (in memory,
 * not on disk: a run is cheap to redo and the file holds inputs only), they are back on
 * return, marked stale when the workspace was saved since (their key says when).
 */
export interface KeptRun {
  result: ScenarioRun;
  /** What the run was for: scenario and the workspace's save time, as the screen keys it. */
  resultKey: string;
}

const kept = new Map<string, KeptRun>();

/** Runs are kept per workspace file and scenario: another file's scenario of the same id is another scenario. */
export function runCacheKey(workspacePath: string, scenarioId: string): string {
  return JSON.stringify([workspacePath, scenarioId]);
}

export function keptRun(cacheKey: string): KeptRun | undefined {
  return kept.get(cacheKey);
}

export function keepRun(cacheKey: string, run: KeptRun): void {
  kept.set(cacheKey, run);
}

/** Forgets every kept run (tests; a session that starts over). */
export function forgetRuns(): void {
  kept.clear();
}
