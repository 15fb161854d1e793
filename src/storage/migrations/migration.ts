import type { Db } from '../sql';

/**
 * One schema step. Released migrations are immutable: a file that exists in the
 * wild was built by exactly this code, so fixes go into a new, higher version.
 */
export interface Migration {
  /** Steps of 10, so a hotfix can slot in between two released versions. */
  readonly version: number;
  readonly name: string;
  /** Runs inside the runner's transaction; must not open its own. */
  up(db: Db): void;
}
