/**
 * The values the audit trail keeps and the changes a whole-workspace write makes, worked
 * out in memory so both backends (SQLite here, PostgreSQL in ./postgres) record exactly
 * the same events for the same write. Pure: no database.
 */
import type { z } from 'zod';
import {
  cooperativeSchema,
  fundingStreamSchema,
  indicatorSchema,
  planSchema,
  procurementSchema,
  scenarioSchema,
  settingsSchema,
  type Workspace,
} from '../model';
import { SINGLE_RECORD_ID, type RecordKind } from './backend';

const SCHEMAS: Record<RecordKind, z.ZodType> = {
  cooperative: cooperativeSchema,
  fundingStream: fundingStreamSchema,
  plan: planSchema,
  indicator: indicatorSchema,
  scenario: scenarioSchema,
  settings: settingsSchema,
  procurement: procurementSchema,
};

/**
 * A record as the exchange JSON writes it (euros, keys in the format's order): what
 * `workspace.get` and an export show, so the trail's values read like the file.
 * A record the model refuses cannot come through the contract; should a tool write one
 * anyway, the trail keeps its stored form rather than refuse the write.
 */
export function exchangeValue(kind: RecordKind, record: unknown): unknown {
  const encoded = SCHEMAS[kind].safeEncode(record);
  return encoded.success ? encoded.data : record;
}

/** One record created (`before` null), changed, or removed (`after` null), in exchange values. */
export interface RecordChange {
  entity: RecordKind;
  id: string;
  before: unknown;
  after: unknown;
}

/** The collections of a workspace, in the order a whole-workspace write records them. */
const COLLECTIONS = [
  ['cooperative', (w: Workspace) => w.cooperatives],
  ['fundingStream', (w: Workspace) => w.fundingStreams],
  ['plan', (w: Workspace) => w.plans],
  ['indicator', (w: Workspace) => w.indicators],
  ['scenario', (w: Workspace) => w.scenarios],
] as const satisfies readonly (readonly [RecordKind, (w: Workspace) => readonly { id: string }[]])[];

function change(entity: RecordKind, id: string, before: unknown, after: unknown): RecordChange[] {
  const from = before === undefined ? null : exchangeValue(entity, before);
  const to = after === undefined ? null : exchangeValue(entity, after);
  if (from === null && to === null) return [];
  return JSON.stringify(from) === JSON.stringify(to) ? [] : [{ entity, id, before: from, after: to }];
}

/**
 * What replacing `before` (undefined: nothing, a new file) with `after` changes, record by
 * record: settings first, then each collection (its records in `after`'s order, then the
 * ones removed, in `before`'s order), then procurement. A record whose exchange values are
 * the same is unchanged; a moved record is not a change (positions are not in the trail).
 */
export function recordChanges(before: Workspace | undefined, after: Workspace): RecordChange[] {
  const changes = change('settings', SINGLE_RECORD_ID, before?.settings, after.settings);
  for (const [entity, items] of COLLECTIONS) {
    const old = new Map<string, unknown>((before === undefined ? [] : items(before)).map((i) => [i.id, i]));
    const kept = new Set<string>();
    for (const item of items(after)) {
      kept.add(item.id);
      changes.push(...change(entity, item.id, old.get(item.id), item));
    }
    for (const [id, item] of old) if (!kept.has(id)) changes.push(...change(entity, id, item, undefined));
  }
  changes.push(...change('procurement', SINGLE_RECORD_ID, before?.procurement, after.procurement));
  return changes;
}
