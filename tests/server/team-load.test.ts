// The team server under a short load with one kill -9 (bench/team-load, which
// `npm run bench -- --only team-load-kill` runs for a minute with 20 clients): every
// write the server acknowledged is in the audit trail and in the final state or the
// base of the next write. No timing is asserted: the machine is shared.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runTeamLoad } from '../../bench/team-load';
import { verifyNoLostWrites } from '../../bench/team-load/verify';
import type { AuditEvent } from '../../src/storage/backend';
import { createTestDatabase, type TestDatabase } from '../support/postgres';

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database?.drop();
});

describe('the team server under load', () => {
  it('loses no acknowledged write across a kill -9 and restart', async () => {
    const result = await runTeamLoad({
      databaseUrl: database.url,
      clients: 4,
      seconds: 5,
      kills: 1,
      records: 2,
    });
    expect(result.lost_examples).toEqual([]);
    expect(result.lost).toBe(0);
    expect(result.kills).toBe(1);
    expect(result.restart_seconds).toHaveLength(1);
    // The run did real work on both sides of the kill: writes were acknowledged and read back.
    expect(result.writes_acknowledged).toBeGreaterThan(0);
    expect(result.report_requests).toBeGreaterThan(0);
  }, 300_000);
});

describe('the lost-write check', () => {
  const event = (seq: number, before: string | null, after: string): AuditEvent => ({
    seq,
    at: '2026-12-08T00:00:00.000Z',
    user: 'u',
    operation: 'cooperatives.update',
    entity: 'cooperative',
    id: 'c',
    before: before === null ? null : { name: before },
    after: { name: after },
  });
  const final = new Map([['c', 'b']]);

  it('passes a chain where each write starts from the one before', () => {
    const trail = [event(1, null, 'x'), event(2, 'x', 'a'), event(3, 'a', 'b')];
    const acks = [
      { id: 'c', value: 'a', version: 2 },
      { id: 'c', value: 'b', version: 3 },
    ];
    expect(verifyNoLostWrites(acks, final, trail).lost).toBe(0);
  });

  it('finds a write overwritten blindly, missing from the trail, or acknowledged twice at one version', () => {
    const blind = [event(1, null, 'x'), event(2, 'x', 'a'), event(3, 'x', 'b')];
    expect(verifyNoLostWrites([{ id: 'c', value: 'a', version: 2 }], final, blind).lost).toBe(1);
    expect(verifyNoLostWrites([{ id: 'c', value: 'gone', version: 4 }], final, blind).lost).toBe(1);
    const chain = [event(1, null, 'x'), event(2, 'x', 'a'), event(3, 'a', 'b')];
    const twice = [
      { id: 'c', value: 'a', version: 2 },
      { id: 'c', value: 'b', version: 2 },
    ];
    expect(verifyNoLostWrites(twice, final, chain).lost).toBe(1);
    expect(verifyNoLostWrites([{ id: 'c', value: 'b', version: 3 }], new Map([['c', 'a']]), chain).lost).toBe(
      1,
    );
  });
});
