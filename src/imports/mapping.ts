import { fieldsOf, type FieldDef } from './fields';
import { normalizeName } from './normalize';
import type { ColumnMapping, ImportKind } from './types';

function namesOf(def: FieldDef): Set<string> {
  return new Set([def.field, def.header.nl, def.header.en, ...def.aliases].map(normalizeName));
}

/**
 * A mapping from the headers alone: each field takes the first column whose name means
 * it (Dutch or English, without regard to case, accents, spaces or punctuation), and a
 * column serves one field at most.
 */
export function suggestMapping(kind: ImportKind, headers: readonly string[]): ColumnMapping {
  const normalized = headers.map(normalizeName);
  const used = new Set<number>();
  const mapping: ColumnMapping = {};
  for (const def of fieldsOf(kind)) {
    const names = namesOf(def);
    const index = normalized.findIndex((name, i) => !used.has(i) && names.has(name));
    if (index < 0) continue;
    used.add(index);
    mapping[def.field] = headers[index] ?? '';
  }
  return mapping;
}

/** A mapping checked against the kind's fields and the file's headers. */
export interface ResolvedMapping {
  mapping: ColumnMapping;
  /** Field -> column index, for the fields that map to a column of the file. */
  columns: Map<string, number>;
  unknownFields: string[];
  unknownColumns: { field: string; column: string }[];
}

export function resolveMapping(
  kind: ImportKind,
  headers: readonly string[],
  requested: ColumnMapping,
): ResolvedMapping {
  const known = new Set(fieldsOf(kind).map((def) => def.field));
  const columns = new Map<string, number>();
  const mapping: ColumnMapping = {};
  const unknownFields: string[] = [];
  const unknownColumns: { field: string; column: string }[] = [];
  for (const [field, column] of Object.entries(requested)) {
    if (!known.has(field)) {
      unknownFields.push(field);
      continue;
    }
    mapping[field] = column;
    const index = headers.indexOf(column);
    if (index < 0) unknownColumns.push({ field, column });
    else columns.set(field, index);
  }
  return { mapping, columns, unknownFields, unknownColumns };
}
