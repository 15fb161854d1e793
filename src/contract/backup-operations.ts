/**
 * The backup operations of the contract (merged into `operations`): list the backups
 * of the open workspace with the backup policy, make one now, and change the policy
 * (a preference of the app on this computer). Browser-safe: schemas only.
 */
import { z } from 'zod';
import { MAX_BACKUPS_KEPT, MIN_BACKUPS_KEPT } from '../storage/backup-policy';

export const BACKUP_KINDS = ['rotating', 'before-migration', 'before-replace'] as const;
export type BackupKind = (typeof BACKUP_KINDS)[number];

export const backupPolicySchema = z.strictObject({
  keep: z.number().int().min(MIN_BACKUPS_KEPT).max(MAX_BACKUPS_KEPT),
  automatic: z.boolean(),
});

export const backupEntrySchema = z.object({
  fileName: z.string(),
  /** When the copy was written (the file's modification time, ISO 8601). */
  savedAt: z.string(),
  bytes: z.number(),
  /** Rotating backups count towards `keep`; the copies kept before a migration or an import never do. */
  kind: z.enum(BACKUP_KINDS),
});

export const backupListSchema = z.object({
  folder: z.string(),
  policy: backupPolicySchema,
  /** False when this host keeps no preferences (the defaults apply and cannot be changed). */
  configurable: z.boolean(),
  /** Why the last automatic backup failed, in the caller's language; null when it did not. */
  automaticError: z.string().nullable(),
  /** Newest first. */
  backups: z.array(backupEntrySchema),
});

/** A file the host could not open, with the newest backup that could take its place. */
export const backupOfferSchema = z
  .object({
    path: z.string(),
    fileName: z.string(),
    /** The storage error's code (`corrupt`, `not-a-workspace`, …) and its plain words. */
    code: z.string(),
    reason: z.string(),
    backup: z.object({ fileName: z.string(), savedAt: z.string() }).nullable(),
  })
  .nullable();

export type BackupOffer = z.infer<typeof backupOfferSchema>;
export type BackupEntry = z.infer<typeof backupEntrySchema>;
export type BackupList = z.infer<typeof backupListSchema>;

export const backupOperations = {
  'backups.list': { input: z.strictObject({}), output: backupListSchema },
  /** A rotating backup now; the oldest beyond `keep` are removed afterwards. */
  'backups.create': {
    input: z.strictObject({}),
    output: z.object({ backup: backupEntrySchema, removed: z.number() }),
  },
  'backups.setPolicy': { input: z.strictObject({ policy: backupPolicySchema }), output: backupPolicySchema },
  /**
   * Goes back to a backup of the open workspace: the current file is kept as a
   * `before-replace` backup (never pruned), the chosen one put in place and opened.
   */
  'backups.restore': {
    input: z.strictObject({ fileName: z.string().min(1).max(300) }),
    output: z.object({ restoredFrom: z.string(), keptAs: z.string().nullable() }),
  },
  /** The file this host refused at start and its latest usable backup; null when a workspace is open. */
  'backups.offer': { input: z.strictObject({}), output: backupOfferSchema },
  /** Puts that backup in place (the refused file kept aside as `keptAs`) and opens it. */
  'backups.restoreLatest': {
    input: z.strictObject({}),
    output: z.object({ restoredFrom: z.string(), keptAs: z.string().nullable() }),
  },
} as const;
