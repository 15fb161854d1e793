/**
 * The load benchmark's check that no acknowledged write was lost. Every write's value is
 * unique, so the audit trail tells exactly which write each event is. An acknowledged
 * write is lost when its value is not in the trail, when it is the record's last event
 * but not the record's final state, or when the record's next event did not start from
 * it (a blind overwrite). Two acknowledgements of one version of a record count as lost
 * too: one of them was overwritten.
 */
import type { AuditEvent } from '../../src/storage/backend';
import type { Ack } from './clients';

export interface Verdict {
  lost: number;
  /** Acknowledged writes that a later write never acknowledged (in flight at the kill) built on. */
  supersededByUnacknowledged: number;
  /** The first few lost writes, for the message. */
  examples: string[];
}

const nameOf = (record: unknown) =>
  typeof record === 'object' && record !== null ? (record as { name?: unknown }).name : undefined;

export function verifyNoLostWrites(
  acks: readonly Ack[],
  finalNames: ReadonlyMap<string, string>,
  trail: readonly AuditEvent[],
): Verdict {
  const eventsOf = new Map<string, AuditEvent[]>();
  for (const event of trail) {
    if (event.entity !== 'cooperative') continue;
    eventsOf.set(event.id, [...(eventsOf.get(event.id) ?? []), event]);
  }
  const acknowledged = new Set(acks.map((ack) => `${ack.id}\n${ack.value}`));
  const versionsSeen = new Set<string>();
  const verdict: Verdict = { lost: 0, supersededByUnacknowledged: 0, examples: [] };
  const lose = (ack: Ack, why: string) => {
    verdict.lost += 1;
    if (verdict.examples.length < 5)
      verdict.examples.push(`${ack.id} "${ack.value}" v${ack.version}: ${why}`);
  };
  for (const ack of acks) {
    const versionKey = `${ack.id}\n${ack.version}`;
    if (versionsSeen.has(versionKey)) {
      lose(ack, 'another acknowledged write got the same version');
      continue;
    }
    versionsSeen.add(versionKey);
    const events = eventsOf.get(ack.id) ?? [];
    const at = events.findIndex((event) => nameOf(event.after) === ack.value);
    if (at < 0) {
      lose(ack, 'not in the audit trail');
      continue;
    }
    const next = events[at + 1];
    if (next === undefined) {
      if (finalNames.get(ack.id) !== ack.value) lose(ack, 'last in the trail but not the final state');
      continue;
    }
    if (nameOf(next.before) !== ack.value) {
      lose(ack, `overwritten by "${String(nameOf(next.after))}" that did not start from it`);
      continue;
    }
    if (!acknowledged.has(`${ack.id}\n${String(nameOf(next.after))}`))
      verdict.supersededByUnacknowledged += 1;
  }
  return verdict;
}
