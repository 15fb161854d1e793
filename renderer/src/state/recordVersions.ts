/**
 * The versions of the records the host sent (issue 17, no lost updates). The screens
 * work with the plain records, exactly as before: the model's schemas are strict, so a
 * `version` inside a record would make every draft built from it invalid. The version
 * stays beside the record instead, in two ways:
 *
 * - remembered for the very object the host sent (`versionSeen`), so an edit of a record
 *   that a form opened earlier expects the version that form showed, even when the
 *   workspace was reloaded meanwhile;
 * - by kind and id in `RecordVersions`, the newest the app knows, for edits that name a
 *   record by id only (deletes) or build their `previous` afresh.
 */

export type RecordKind =
  'cooperative' | 'fundingStream' | 'plan' | 'indicator' | 'scenario' | 'settings' | 'procurement';

/** The settings are one record; this is its id in `RecordVersions`. */
export const SETTINGS_ID = 'settings';
/** The procurement section is one record too; its id in `RecordVersions`. */
export const PROCUREMENT_ID = 'procurement';

export type RecordVersions = { readonly [K in RecordKind]: ReadonlyMap<string, number> };

const seen = new WeakMap<object, number>();

/** The record without its version; the version is remembered for the object returned. */
export function unversioned<T extends object>(record: T & { version: number }): T {
  const { version, ...rest } = record;
  seen.set(rest, version);
  return rest as unknown as T;
}

/** The version the host sent with this very record object, if it came from the host. */
export function versionSeen(record: object | null | undefined): number | undefined {
  return record === null || record === undefined ? undefined : seen.get(record);
}

/** The records of one list without their versions, and the versions by id. */
export function splitVersions<T extends { id: string }>(
  records: readonly (T & { version: number })[],
): { records: T[]; versions: Map<string, number> } {
  const versions = new Map(records.map((record) => [record.id, record.version]));
  return { records: records.map((record) => unversioned<T>(record)), versions };
}
