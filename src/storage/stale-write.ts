/**
 * The stale-write rule both backends apply (the file's record-log.ts and the team
 * database's draft.ts): a write that names the version it expects is refused as
 * `conflict` when the stored version differs, naming who changed the record and when.
 */
import type { RecordKind, RecordVersion, WriteCheck } from './backend';
import { storageError } from './errors';

/** A record without a version (never written, or removed) stands at 0. */
export function assertNotStale(
  location: string,
  entity: RecordKind,
  id: string,
  stored: RecordVersion | undefined,
  check: WriteCheck | undefined,
): void {
  const expected = check?.expectedVersion;
  if (expected === undefined) return;
  const actual = stored?.version ?? 0;
  if (actual === expected) return;
  throw storageError('conflict', location, {
    entity,
    id,
    expected,
    actual,
    changedBy: stored?.changedBy ?? '',
    changedAt: stored?.changedAt ?? '',
  });
}
