import { z } from 'zod';
import { cooperativeSchema } from '../model/cooperative';
import { parseWith } from '../model/parse';
import { fundingStreamSchema } from '../model/stream';
import type { Workspace } from '../model/workspace';
import type { BatchWrite } from '../storage/types';
import { readRow, type ImportContext } from './context';
import { dropEmpty, getAt, listAt, sameJson, setAt, type JsonObject } from './json-path';
import type { SheetTable } from './table';
import type { PreviewRow, RowStatus } from './types';

export type EntityCollection = 'cooperatives' | 'fundingStreams';

const SCHEMAS = { cooperatives: cooperativeSchema, fundingStreams: fundingStreamSchema } as const;

/** A rule about a group with no mapped field of its own: loan terms belong with the stream's kind. */
export const GROUP_FALLBACK: Record<EntityCollection, Record<string, string>> = {
  cooperatives: {},
  fundingStreams: { loan: 'kind' },
};

/** Where the rows of one collection landed in the merged workspace, so its checks can name the row. */
export interface EntityMerge {
  collection: EntityCollection;
  rows: PreviewRow[];
  /** Index in the merged collection -> spreadsheet row. */
  rowOfIndex: Map<number, number>;
  created: number[];
  updated: number[];
}

function writeFor(
  collection: EntityCollection,
  workspace: Workspace,
  index: number,
  isNew: boolean,
): BatchWrite {
  if (collection === 'cooperatives') {
    const cooperative = workspace.cooperatives[index];
    if (cooperative === undefined) throw new Error(`no cooperative at ${index}`);
    return isNew ? { op: 'insertCooperative', cooperative } : { op: 'updateCooperative', cooperative };
  }
  const stream = workspace.fundingStreams[index];
  if (stream === undefined) throw new Error(`no funding stream at ${index}`);
  return isNew ? { op: 'insertFundingStream', stream } : { op: 'updateFundingStream', stream };
}

/** The writes for the merged items, from the checked workspace (model form, cents). */
export function entityWrites(merge: EntityMerge, checked: Workspace): BatchWrite[] {
  return [
    ...merge.updated.map((index) => writeFor(merge.collection, checked, index, false)),
    ...merge.created.map((index) => writeFor(merge.collection, checked, index, true)),
  ];
}

/**
 * Turns each row into an item and merges it into `json` (a copy of the workspace in
 * JSON form): a new id is appended, an existing one (mode `upsert`) replaced by the
 * stored item with the mapped fields overwritten. Each item is checked with the
 * format's own schema; only rows without problems are merged.
 */
export function mergeEntities(
  context: ImportContext,
  table: SheetTable,
  json: JsonObject,
  collection: EntityCollection,
): EntityMerge {
  const schema = SCHEMAS[collection];
  const items = listAt(json, collection);
  const indexOf = new Map<unknown, number>(items.map((item, i) => [item['id'], i]));
  const firstRowOf = new Map<string, number>();
  const merge: EntityMerge = { collection, rows: [], rowOfIndex: new Map(), created: [], updated: [] };

  for (const sheetRow of table.rows) {
    const read = readRow(context, sheetRow);
    const status = ((): RowStatus => {
      const id = read.values.get('id');
      if (read.failed.has('id') || !context.isMapped('id')) return 'invalid';
      if (typeof id !== 'string' || id === '') {
        context.add(read.row, 'id', 'required');
        return 'invalid';
      }
      const first = firstRowOf.get(id);
      if (first !== undefined) {
        context.add(read.row, 'id', 'duplicateInFile', { id, first });
        return 'invalid';
      }
      firstRowOf.set(id, read.row);
      const existing = indexOf.get(id);
      if (existing !== undefined && context.mode === 'add') {
        context.add(read.row, 'id', 'existsInWorkspace', { id });
        return 'invalid';
      }
      const stored = existing === undefined ? undefined : items[existing];
      const item: JsonObject = stored === undefined ? {} : structuredClone(stored);
      for (const def of context.defs) {
        if (read.values.has(def.field) && !read.failed.has(def.field))
          setAt(item, def.path, read.values.get(def.field));
      }
      for (const key of ['years', 'eligible', 'loan']) dropEmpty(item, key);
      const parsed = parseWith(schema, item, context.lang);
      if (!parsed.ok) {
        for (const issue of parsed.issues) {
          const field = context.fieldAt(issue.path, GROUP_FALLBACK[collection]);
          if (field !== null && read.failed.has(field)) continue;
          const holder = context.fieldHolding(issue.path);
          if (holder !== undefined && getAt(item, holder.path) === undefined) {
            // Nothing in the cell (or no column): "required" says it better than "must be one of".
            if (stored === undefined && context.reportNotMapped(read.row, holder.field)) continue;
            context.add(read.row, holder.field, 'required');
            continue;
          }
          context.add(read.row, field, issue.key, issue.params);
        }
      }
      if (!parsed.ok || context.hasProblems(read.row)) return 'invalid';
      const canonical = z.encode(schema as z.ZodType, parsed.value) as JsonObject;
      if (existing !== undefined) {
        if (sameJson(canonical, stored)) return 'unchanged';
        items[existing] = canonical;
        merge.updated.push(existing);
        merge.rowOfIndex.set(existing, read.row);
        return 'update';
      }
      merge.created.push(items.length);
      merge.rowOfIndex.set(items.length, read.row);
      items.push(canonical);
      return 'new';
    })();
    merge.rows.push({ row: read.row, status, values: read.texts });
  }
  return merge;
}
