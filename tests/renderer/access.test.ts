// The app's `can`: the server's role table, and every right where there are no accounts.
import { describe, expect, it } from 'vitest';
import { OPERATION_NAMES } from '../../src/contract/operations';
import { roleMayCall } from '../../src/contract/roles';
import { canCall } from '../../renderer/src/session/access';

describe('canCall', () => {
  it('follows the role table on the team server', () => {
    for (const role of ['viewer', 'analyst', 'editor', 'admin'] as const) {
      const user = { name: 'u', role, team: true };
      for (const name of OPERATION_NAMES)
        expect(canCall(user, name), `${role} ${name}`).toBe(roleMayCall(role, name));
    }
    expect(canCall({ name: 'v', role: 'viewer', team: true }, 'plans.create')).toBe(false);
    expect(canCall({ name: 'e', role: 'editor', team: true }, 'plans.create')).toBe(true);
  });

  it('allows everything on a host without accounts, nothing before the session is known', () => {
    const local = { name: 'local', role: 'admin' as const, team: false };
    expect(OPERATION_NAMES.every((name) => canCall(local, name))).toBe(true);
    expect(canCall(null, 'workspace.get')).toBe(false);
  });
});
