import type { JobView } from '../../state/scenarioJob';

/** One word for where the results stand, for the badge beside the title and for tests. */
export type RunStatus = 'running' | 'current' | 'stale' | 'failed' | 'cancelled' | 'none';

export function runState(view: JobView): RunStatus {
  if (view.running) return 'running';
  if (view.result !== null) return view.current ? 'current' : 'stale';
  if (view.phase === 'failed') return 'failed';
  if (view.phase === 'cancelled') return 'cancelled';
  return 'none';
}

/**
 * The status badge's look: only results that answer the current state are green (as in
 * the plan builder); "not run" and "cancelled" are neutral, stale and running amber.
 */
export function toneOf(status: RunStatus): 'updating' | 'failed' | 'current' | 'idle' {
  switch (status) {
    case 'running':
    case 'stale':
      return 'updating';
    case 'failed':
      return 'failed';
    case 'current':
      return 'current';
    default:
      return 'idle';
  }
}
