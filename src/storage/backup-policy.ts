/**
 * How many rotating backups to keep and whether the app makes them on its own. The
 * policy is the user's (a preference of the app on this computer), not the workspace's:
 * it is about disk space in the backups folder, and the workspace JSON format has no
 * place for it. No Node imports: the contract (and so the renderer) reads the limits.
 */

/** How many rotating backups are kept when nobody chose. Browser-safe (the contract's schemas use it). */
export const DEFAULT_BACKUPS_KEPT = 10;

export interface BackupPolicy {
  /** The newest rotating backups kept (older ones are removed after each new one). */
  readonly keep: number;
  /** Back up on open and, while edits are made, at most every `AUTO_BACKUP_INTERVAL_MS`. */
  readonly automatic: boolean;
}

export const MIN_BACKUPS_KEPT = 1;
export const MAX_BACKUPS_KEPT = 100;

export const DEFAULT_BACKUP_POLICY: BackupPolicy = { keep: DEFAULT_BACKUPS_KEPT, automatic: true };

/** A stored value that is not a valid policy falls back to the default, field by field. */
export function normalizeBackupPolicy(value: unknown): BackupPolicy {
  const record = value !== null && typeof value === 'object' ? (value as Record<string, unknown>) : {};
  const keep = record['keep'];
  const automatic = record['automatic'];
  return {
    keep:
      typeof keep === 'number' &&
      Number.isInteger(keep) &&
      keep >= MIN_BACKUPS_KEPT &&
      keep <= MAX_BACKUPS_KEPT
        ? keep
        : DEFAULT_BACKUP_POLICY.keep,
    automatic: typeof automatic === 'boolean' ? automatic : DEFAULT_BACKUP_POLICY.automatic,
  };
}
