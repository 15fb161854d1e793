// The role table: every operation has a row, the roles nest, and invoke refuses a
// signed-in user below the row before anything runs.
import { describe, expect, it } from 'vitest';
import { AuthError } from '../../src/accounts/errors';
import type { Services } from '../../src/api/context';
import { toApiError } from '../../src/api/errors';
import { invoke } from '../../src/api/invoke';
import { OPERATION_NAMES, type OperationName } from '../../src/contract/operations';
import { ROLES, roleAtLeast, type Role } from '../../src/accounts/role-names';
import { OPERATION_ACCESS, accessOf, roleMayCall } from '../../src/contract/roles';
import { teamHttpStatus } from '../../src/contract/errors';

/** Services that fail the test if any handler reaches storage. */
const untouchable: Services = {
  store: () => {
    throw new Error('the store must not be reached');
  },
};

const mayCall = (role: Role) => OPERATION_NAMES.filter((name) => roleMayCall(role, name));

describe('the role table', () => {
  it('has one row for every contract operation and no other', () => {
    expect(Object.keys(OPERATION_ACCESS).sort()).toEqual([...OPERATION_NAMES].sort());
  });

  it('lets only signing in go without a session', () => {
    expect(OPERATION_NAMES.filter((name) => accessOf(name) === 'anyone')).toEqual(['session.login']);
  });

  it('nests the roles: each may do everything the one below it may', () => {
    for (let i = 1; i < ROLES.length; i++) {
      const lower = mayCall(ROLES[i - 1]!);
      const higher = mayCall(ROLES[i]!);
      expect(higher).toEqual(expect.arrayContaining(lower));
      expect(higher.length).toBeGreaterThan(lower.length);
    }
    expect(mayCall('admin')).toEqual(OPERATION_NAMES);
    expect(roleAtLeast('editor', 'analyst')).toBe(true);
    expect(roleAtLeast('analyst', 'editor')).toBe(false);
  });

  it('gives each role what the issue says', () => {
    const writes = OPERATION_NAMES.filter((name) => /\.(create|update|delete|apply|importJson)$/.test(name));
    // viewer: reads and exports reports, writes nothing.
    expect(writes.filter((name) => roleMayCall('viewer', name))).toEqual([]);
    expect(roleMayCall('viewer', 'reports.start')).toBe(true);
    expect(roleMayCall('viewer', 'workspace.get')).toBe(true);
    expect(roleMayCall('viewer', 'scenarios.start')).toBe(false);
    // analyst: scenarios and runs, reads everything; not the portfolio's records.
    const analystWrites = writes.filter((name) => roleMayCall('analyst', name));
    expect(analystWrites.sort()).toEqual(['scenarios.create', 'scenarios.delete', 'scenarios.update']);
    expect(roleMayCall('analyst', 'scenarios.start')).toBe(true);
    expect(roleMayCall('analyst', 'workspace.exportJson')).toBe(true);
    // editor: cooperatives, streams, plans, indicators, procurement; not settings or import.
    for (const name of [
      'cooperatives.update',
      'fundingStreams.delete',
      'plans.create',
      'indicators.update',
      'procurement.update',
    ] as OperationName[])
      expect(roleMayCall('editor', name), name).toBe(true);
    for (const name of [
      'settings.update',
      'workspace.importJson',
      'imports.apply',
      'backups.restore',
    ] as const)
      expect(roleMayCall('editor', name), name).toBe(false);
  });
});

describe('invoke enforces the table for a signed-in user', () => {
  it('refuses a viewer a write with forbidden before the input is read or the store touched', async () => {
    const result = await invoke(
      untouchable,
      'plans.update',
      { not: 'even valid' },
      {
        lang: 'en',
        user: { name: 'anna', role: 'viewer' },
      },
    );
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'forbidden',
        message:
          'Your role (viewer) may not do this (plans.update); it needs the role editor. Nothing was changed.',
      },
    });
    const nl = await invoke(
      untouchable,
      'settings.update',
      {},
      { lang: 'nl', user: { name: 'b', role: 'editor' } },
    );
    expect(nl.ok === false && nl.error.message).toBe(
      'Uw rol (bewerker) mag dit niet (settings.update); daarvoor is de rol beheerder nodig. Er is niets gewijzigd.',
    );
  });

  it('lets an allowed role through to the handler', async () => {
    const result = await invoke(
      untouchable,
      'session.current',
      {},
      {
        lang: 'en',
        user: { name: 'anna', role: 'viewer' },
      },
    );
    expect(result).toEqual({ ok: true, value: { name: 'anna', role: 'viewer', team: true } });
  });

  it('checks nothing on a host without accounts: the local user may do everything', async () => {
    const current = await invoke(untouchable, 'session.current', {}, { lang: 'en' });
    expect(current).toEqual({ ok: true, value: { name: 'local', role: 'admin', team: false } });
    const login = await invoke(untouchable, 'session.login', { user: 'a', password: 'b' }, { lang: 'en' });
    expect(login.ok === false && login.error.code).toBe('not-available');
  });

  it('words an AuthError as unauthenticated, and the team server maps the codes to their status', () => {
    expect(toApiError(new AuthError('wrong-credentials'), { lang: 'en' })).toEqual({
      code: 'unauthenticated',
      message: 'The name or the password is not correct.',
    });
    const wait = toApiError(new AuthError('too-many-attempts', { retryAt: new Date(2026, 0, 1, 14, 5) }), {
      lang: 'nl',
    });
    expect(wait.message).toBe(
      'Te veel mislukte aanmeldingen voor dit account of vanaf dit adres. Probeer het opnieuw na 14:05.',
    );
    expect([
      teamHttpStatus('unauthenticated'),
      teamHttpStatus('forbidden'),
      teamHttpStatus('conflict'),
    ]).toEqual([401, 403, 409]);
    expect(teamHttpStatus('invalid-input')).toBe(200);
    expect(teamHttpStatus(null)).toBe(200);
  });
});
