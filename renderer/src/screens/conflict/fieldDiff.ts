/**
 * Where two values of one record differ, field by field: the leaves (texts, numbers,
 * yes/no) whose values are not the same, each with its path, in the order the fields
 * appear. A field only one side has is a difference with the other side `undefined`.
 */
export interface FieldDifference {
  /** Keys and list positions from the record down to the field: `['costs', 0, 'label']`. */
  path: (string | number)[];
  theirs: unknown;
  mine: unknown;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function keysOf(a: Record<string, unknown>, b: Record<string, unknown>): string[] {
  return [...new Set([...Object.keys(a), ...Object.keys(b)])];
}

function walk(theirs: unknown, mine: unknown, path: (string | number)[], out: FieldDifference[]): void {
  if (isRecord(theirs) && isRecord(mine)) {
    for (const key of keysOf(theirs, mine)) walk(theirs[key], mine[key], [...path, key], out);
    return;
  }
  if (Array.isArray(theirs) && Array.isArray(mine)) {
    const length = Math.max(theirs.length, mine.length);
    for (let i = 0; i < length; i += 1) walk(theirs[i], mine[i], [...path, i], out);
    return;
  }
  if (isRecord(theirs) && mine === undefined) {
    for (const key of Object.keys(theirs)) walk(theirs[key], undefined, [...path, key], out);
    return;
  }
  if (theirs === undefined && isRecord(mine)) {
    for (const key of Object.keys(mine)) walk(undefined, mine[key], [...path, key], out);
    return;
  }
  if (!Object.is(theirs, mine) && JSON.stringify(theirs) !== JSON.stringify(mine)) {
    out.push({ path, theirs, mine });
  }
}

export function fieldDifferences(theirs: unknown, mine: unknown): FieldDifference[] {
  const out: FieldDifference[] = [];
  walk(theirs, mine, [], out);
  return out;
}

/** A path as people read it: `costs 1 › label` (list positions counted from 1). */
export function pathText(path: readonly (string | number)[]): string {
  return path.map((part) => (typeof part === 'number' ? String(part + 1) : part)).join(' \u203a ');
}
