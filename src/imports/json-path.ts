/**
 * Small helpers for the JSON form of one item. Paths come from the field table
 * (fields.ts), never from the file, so no key here can be `__proto__`.
 */
export type JsonObject = Record<string, unknown>;
export type JsonPath = readonly (string | number)[];

function isContainer(value: unknown): value is JsonObject | unknown[] {
  return typeof value === 'object' && value !== null;
}

/** Sets `value` at `path`, making objects and arrays on the way; `undefined` removes it. */
export function setAt(target: JsonObject, path: JsonPath, value: unknown): void {
  let node: JsonObject | unknown[] = target;
  for (let i = 0; i < path.length - 1; i++) {
    const key = path[i] as string | number;
    const record = node as Record<string | number, unknown>;
    let next = record[key];
    if (!isContainer(next)) {
      if (value === undefined) return;
      next = typeof path[i + 1] === 'number' ? [] : {};
      record[key] = next;
    }
    node = next as JsonObject | unknown[];
  }
  const last = path[path.length - 1] as string | number;
  if (Array.isArray(node)) node[last as number] = value;
  else if (value === undefined) delete node[last as string];
  else node[last as string] = value;
}

/** The list at `key` (made empty if missing), for a collection of the workspace's JSON form. */
export function listAt(target: JsonObject, key: string): JsonObject[] {
  const value = target[key];
  if (Array.isArray(value)) return value as JsonObject[];
  const list: JsonObject[] = [];
  target[key] = list;
  return list;
}

/** The value at `path`, or undefined. */
export function getAt(target: unknown, path: JsonPath): unknown {
  let node = target;
  for (const key of path) {
    if (!isContainer(node)) return undefined;
    node = (node as Record<string | number, unknown>)[key];
  }
  return node;
}

/** Drops a container the fields left empty (`eligible: {}`, `loan: {}`, `years: [ , ]`): absent means "no limit". */
export function dropEmpty(target: JsonObject, key: string): void {
  const value = target[key];
  if (Array.isArray(value) && value.every((entry) => entry === undefined)) delete target[key];
  else if (
    isContainer(value) &&
    !Array.isArray(value) &&
    Object.values(value).every((v) => v === undefined)
  ) {
    delete target[key];
  }
}

/** Deep equality of JSON values, whatever the key order. */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    return (
      Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((v, i) => sameJson(v, b[i]))
    );
  }
  if (!isContainer(a) || !isContainer(b)) return false;
  const aKeys = Object.keys(a).filter((k) => (a as JsonObject)[k] !== undefined);
  const bKeys = Object.keys(b).filter((k) => (b as JsonObject)[k] !== undefined);
  return (
    aKeys.length === bKeys.length && aKeys.every((k) => sameJson((a as JsonObject)[k], (b as JsonObject)[k]))
  );
}
