// A record's history on the team server, against a real PostgreSQL: what an editor
// changed, a viewer reads through `audit.history`, naming the editor and the field.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLE_USERS, startTeamServer, type TeamFixture } from './team-support';

let team: TeamFixture;
beforeAll(async () => {
  team = await startTeamServer();
});
afterAll(async () => {
  await team?.close();
});

describe('audit.history on the team database', () => {
  it('shows a viewer who changed which field of a plan, newest first', async () => {
    const editor = await team.login(ROLE_USERS.editor);
    const viewer = await team.login(ROLE_USERS.viewer);
    const [listed] = (await team.call('plans.list', {}, { cookie: editor })).body.value;
    const { version, ...plan } = listed;
    const saved = await team.call(
      'plans.update',
      { plan: { ...plan, name: 'Nieuwe naam' }, expectedVersion: version },
      { cookie: editor },
    );
    expect(saved.status).toBe(200);

    const answer = await team.call('audit.history', { entity: 'plan', id: plan.id }, { cookie: viewer });
    expect(answer.status).toBe(200);
    const [newest] = answer.body.value;
    expect(newest).toMatchObject({
      user: ROLE_USERS.editor,
      operation: 'plans.update',
      kind: 'changed',
      changes: [{ path: ['name'], before: plan.name, after: 'Nieuwe naam' }],
    });
    expect(answer.body.value.at(-1)).toMatchObject({ kind: 'created', changes: [] });
  });
});
