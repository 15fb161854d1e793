import type { RecordKind, Versioned, WorkspaceBackend, WriteCheck } from '../storage/backend';

/** The check a single-record write makes: none when the caller sent no version. */
export function checkOf(expectedVersion: number | undefined): WriteCheck {
  return expectedVersion === undefined ? {} : { expectedVersion };
}

/**
 * A record written by one write of a batch (whose answer is only a count), with the
 * version that write gave it. A checked update found `expectedVersion` stored and raised
 * it by one, so that is exact; otherwise the version is read once the batch committed,
 * where a write by someone else in that moment would show as a newer version.
 */
export async function withVersion<T extends { id: string }>(
  store: WorkspaceBackend,
  kind: RecordKind,
  record: T,
  expectedVersion?: number,
): Promise<Versioned<T>> {
  if (expectedVersion !== undefined) return { ...record, version: expectedVersion + 1 };
  const known = (await store.versions(kind)).get(record.id);
  if (known === undefined) throw new Error(`${kind} ${record.id} has no version after its write`);
  return { ...record, version: known.version };
}
