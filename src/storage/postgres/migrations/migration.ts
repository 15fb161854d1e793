import type pg from 'pg';

/**
 * One schema step of the team database. Released migrations are immutable: a database
 * in use was built by exactly this code, so fixes go into a new, higher version.
 */
export interface PostgresMigration {
  /** 1, 2, 3...: one more than the one before. */
  readonly version: number;
  readonly name: string;
  /** Runs inside the runner's transaction (which also records it); must not open its own. */
  up(client: pg.ClientBase): Promise<void>;
}
