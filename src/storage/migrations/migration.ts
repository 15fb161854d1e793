import type { Db } from '../sql';

/**
 * One schema step. Released migrations are immutable: a file that exists in the
 * wild was built by exactly this code, so fixes go into a new, higher version.
 */
export interface Migration {
  /** Steps of 10, so a hotfix can slot in between two released versions. */
  readonly version: number;
  readonly name: string;
  /**
   * Set when `up` rebuilds a table that other tables reference (SQLite cannot alter
   * a CHECK or a column in place). The runner then switches foreign keys off around
   * the transaction: with them on, dropping the old table would run an implicit
   * DELETE that cascades into, or is refused by, every referencing table. The
   * runner checks every foreign key before the commit instead.
   */
  readonly rebuildsReferencedTables?: boolean;
  /** Runs inside the runner's transaction; must not open its own. */
  up(db: Db): void;
}
