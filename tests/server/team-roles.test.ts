// Every contract operation for every role, over HTTP, against a real PostgreSQL: an
// allowed call is never 401/403; a refused one is 403 `forbidden` and writes nothing,
// even when its input would have written.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLES } from '../../src/accounts/role-names';
import { OPERATION_NAMES } from '../../src/contract/operations';
import { roleMayCall } from '../../src/contract/roles';
import { ROLE_USERS, startTeamServer, type TeamFixture } from './team-support';

let team: TeamFixture;
beforeAll(async () => {
  team = await startTeamServer();
});
afterAll(async () => {
  await team?.close();
});

/** Inputs that would change the workspace if the role were allowed: what a refusal must not write. */
// The workspace as workspace.get sends it; only a few fields are read.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function writingInputs(wire: any): Record<string, unknown> {
  const plan = wire.plans[0];
  return {
    'settings.update': { settings: { ...wire.settings, municipality: 'Elders' } },
    'cooperatives.update': { cooperative: { ...wire.cooperatives[0], name: 'Overgenomen' } },
    'cooperatives.delete': { id: wire.cooperatives[0].id, plans: { action: 'delete' } },
    'fundingStreams.delete': { id: wire.fundingStreams[wire.fundingStreams.length - 1].id },
    'plans.update': { plan: { ...plan, name: 'Overgenomen plan' } },
    'plans.delete': { id: plan.id, removeFromScenarios: true },
    'scenarios.delete': { id: wire.scenarios[0].id },
    'scenarios.update': { scenario: { ...wire.scenarios[0], name: 'Ander scenario' } },
    'indicators.delete': { id: wire.indicators[wire.indicators.length - 1].id },
    'workspace.importJson': { text: JSON.stringify({ ...wire, cooperatives: [], plans: [], scenarios: [] }) },
    'procurement.update': { procurement: null },
  };
}

describe('the role table over HTTP', () => {
  for (const role of ROLES) {
    it(`${role}: allowed calls pass the gate, the others are 403 forbidden and write nothing`, async () => {
      const cookie = await team.login(ROLE_USERS[role]);
      const admin = await team.login(ROLE_USERS.admin);
      const before = (await team.call('workspace.get', {}, { cookie: admin })).body.value;
      const trailBefore = (await team.backend.audit()).length;
      const writing = writingInputs(before);
      const unexpected: string[] = [];
      // Signing out last: it ends the session the other calls use.
      const names = OPERATION_NAMES.filter((n) => n !== 'session.logout' && n !== 'session.login');
      for (const name of [...names, 'session.logout']) {
        const allowed = roleMayCall(role, name as (typeof OPERATION_NAMES)[number]);
        const input = allowed ? {} : (writing[name] ?? {});
        const answer = await team.call(name, input, { cookie });
        if (allowed) {
          if (answer.status === 401 || answer.status === 403) unexpected.push(`${name}: ${answer.status}`);
        } else if (answer.status !== 403 || answer.body?.error?.code !== 'forbidden') {
          unexpected.push(
            `${name}: expected 403 forbidden, got ${answer.status} ${answer.text.slice(0, 120)}`,
          );
        }
      }
      expect(unexpected).toEqual([]);
      const after = (await team.call('workspace.get', {}, { cookie: admin })).body.value;
      expect(after).toEqual(before);
      expect((await team.backend.audit()).length).toBe(trailBefore);
      // The role's session ended with the last call.
      expect((await team.call('session.current', {}, { cookie })).status).toBe(401);
    });
  }

  it('lets an allowed write through as its user, in the audit trail', async () => {
    const cookie = await team.login(ROLE_USERS.editor);
    const wire = (await team.call('workspace.get', {}, { cookie })).body.value;
    const listed = (await team.call('plans.list', {}, { cookie })).body.value;
    const plan = { ...wire.plans[0], name: 'Door de bewerker' };
    const answer = await team.call('plans.update', { plan, expectedVersion: listed[0].version }, { cookie });
    expect(answer.status).toBe(200);
    expect(answer.body.ok).toBe(true);
    const events = await team.backend.audit({ entity: 'plan', id: plan.id });
    expect(events.at(-1)).toMatchObject({ user: ROLE_USERS.editor, operation: 'plans.update' });

    // The same write again with the version it had: someone (this editor) changed it since.
    const stale = await team.call(
      'plans.update',
      { plan: { ...plan, name: 'Te laat' }, expectedVersion: listed[0].version },
      { cookie },
    );
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('conflict');
    expect(stale.body.error.message).toContain(ROLE_USERS.editor);
  });
});
