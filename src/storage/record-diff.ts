/**
 * The field-level differences between two values of one record: what the history
 * panel lists for an audit event (`audit.history`). Pure; both values are the record's
 * exchange-format JSON (src/storage/backend.ts `AuditEvent.before` / `.after`).
 *
 * A difference is a leaf (text, number, yes/no, or a value only one side has) with the
 * path of keys and list positions down to it. Lists of records with an `id` are matched
 * by id, so removing the first cost line reads as one removed line, not as every later
 * line shifting up; their path segment is then the item's id (in `{ id }` form).
 */

/** One path segment: an object key, a list position, or a listed record's id. */
export type PathSegment = string | number | { id: string };

export interface FieldChange {
  path: PathSegment[];
  /** Absent (`undefined`) when the field did not exist before. */
  before: unknown;
  /** Absent (`undefined`) when the field no longer exists. */
  after: unknown;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The ids of a list whose every item is a record with a unique string id; null otherwise. */
function idsOf(list: readonly unknown[]): string[] | null {
  const ids: string[] = [];
  for (const item of list) {
    if (!isRecord(item) || typeof item['id'] !== 'string') return null;
    ids.push(item['id']);
  }
  return new Set(ids).size === ids.length ? ids : null;
}

function sameValue(a: unknown, b: unknown): boolean {
  return Object.is(a, b) || JSON.stringify(a) === JSON.stringify(b);
}

function walkLists(before: unknown[], after: unknown[], path: PathSegment[], out: FieldChange[]): void {
  const beforeIds = idsOf(before);
  const afterIds = idsOf(after);
  if (beforeIds !== null && afterIds !== null && (before.length > 0 || after.length > 0)) {
    const byId = new Map<string, unknown>(before.map((item, i) => [beforeIds[i]!, item]));
    const afterById = new Map<string, unknown>(after.map((item, i) => [afterIds[i]!, item]));
    // Items in their new order, then the ones that were removed.
    const order = [...afterIds, ...beforeIds.filter((id) => !afterById.has(id))];
    for (const id of order) {
      const old = byId.get(id);
      const now = afterById.get(id);
      // An added or removed item is one change, not one per field.
      if (old === undefined || now === undefined)
        out.push({ path: [...path, { id }], before: old, after: now });
      else walk(old, now, [...path, { id }], out);
    }
    if (
      sameValue(
        beforeIds.filter((id) => afterById.has(id)),
        afterIds.filter((id) => byId.has(id)),
      )
    )
      return;
    // Same items, other order: the order itself changed.
    out.push({ path: [...path, 'order'], before: beforeIds, after: afterIds });
    return;
  }
  const length = Math.max(before.length, after.length);
  for (let i = 0; i < length; i += 1) {
    if (i >= before.length || i >= after.length)
      out.push({ path: [...path, i], before: before[i], after: after[i] });
    else walk(before[i], after[i], [...path, i], out);
  }
}

function walk(before: unknown, after: unknown, path: PathSegment[], out: FieldChange[]): void {
  if (isRecord(before) && isRecord(after)) {
    for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
      walk(before[key], after[key], [...path, key], out);
    }
    return;
  }
  if (Array.isArray(before) && Array.isArray(after)) {
    walkLists(before, after, path, out);
    return;
  }
  if (!sameValue(before, after)) out.push({ path, before, after });
}

/**
 * Every field that differs between `before` and `after`, in the order the fields appear.
 * A created record (`before` null) or a deleted one (`after` null) has no field changes:
 * the event itself says what happened.
 */
export function recordChanges(before: unknown, after: unknown): FieldChange[] {
  if (before === null || before === undefined || after === null || after === undefined) return [];
  const out: FieldChange[] = [];
  walk(before, after, [], out);
  return out;
}
