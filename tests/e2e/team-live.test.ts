// Live updates in Chromium: two users on the team server in two browser contexts. One
// renames a cooperative; the other's list shows the new name within two seconds, while
// the text they are typing in the open editor stays as typed.
import { describe, expect, it } from 'vitest';
import { ROLE_USERS } from '../server/team-support';
import { chromiumAvailable } from './harness';
import { useTeamBrowser } from './team-browser';

const shared = useTeamBrowser();
const signIn = (user: string) => shared.signIn(user);

describe.runIf(chromiumAvailable())('live updates on the team server', () => {
  it("shows a colleague's rename within two seconds and keeps a half-typed field", async () => {
    const admin = await shared.team.login(ROLE_USERS.admin);
    const wire = (await shared.team.call('workspace.get', {}, { cookie: admin })).body.value;
    const cooperative = wire.cooperatives[0];

    const watcher = await signIn(ROLE_USERS.admin);
    await watcher.goto(`${shared.team.url}#/cooperaties`);
    const row = watcher.locator(`[data-testid=cooperative-row][data-id=${cooperative.id}]`);
    await row.waitFor({ timeout: 60_000 });
    await row.getByRole('button', { name: `Bewerken: ${cooperative.name}` }).click();
    const dialog = watcher.getByRole('dialog');
    await dialog.waitFor();
    const district = dialog.getByLabel('Stadsdeel', { exact: true });
    await district.fill('Nieuw-We');
    // The stream is open before the colleague writes.
    await expect.poll(() => shared.team.live.size, { timeout: 10_000 }).toBeGreaterThan(0);

    const writer = await signIn(ROLE_USERS.editor);
    const status = await writer.evaluate(
      async (renamed) => {
        const answer = await fetch('/api/cooperatives.update', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ cooperative: renamed }),
        });
        return answer.status;
      },
      { ...cooperative, name: 'Live Coöperatie' },
    );
    expect(status).toBe(200);
    const started = Date.now();
    await expect.poll(() => row.innerText(), { timeout: 2_000, interval: 50 }).toContain('Live Coöperatie');
    expect(Date.now() - started).toBeLessThan(2_000);
    // The draft in the open editor is the user's, not the reloaded record's.
    expect(await district.inputValue()).toBe('Nieuw-We');
    expect(await dialog.isVisible()).toBe(true);
    await watcher.context().close();
    await writer.context().close();
  }, 120_000);
  it('keeps a half-typed settings draft when a colleague saves the settings, and asks before writing over', async () => {
    const watcher = await signIn(ROLE_USERS.admin);
    await watcher.getByTestId('nav-settings').click();
    const form = watcher.getByTestId('settings-form');
    const municipality = form.getByLabel('Gemeente', { exact: true });
    await municipality.waitFor();
    await municipality.fill('Gemeente Halverw');
    const admin = await shared.team.login(ROLE_USERS.admin);
    const wire = (await shared.team.call('workspace.get', {}, { cookie: admin })).body.value;
    const answer = await shared.team.call(
      'settings.update',
      { settings: { ...wire.settings, municipality: 'Gemeente Elders' } },
      { cookie: admin },
    );
    expect(answer.status).toBe(200);
    // The header follows the stored settings; the form keeps the user's draft.
    await expect
      .poll(() => watcher.getByTestId('header-workspace').innerText(), { timeout: 2_000, interval: 50 })
      .toContain('Gemeente Elders');
    expect(await municipality.inputValue()).toBe('Gemeente Halverw');
    await watcher.getByTestId('settings-save').click();
    await watcher.getByTestId('conflict-dialog').waitFor({ timeout: 5_000 });
    await watcher.context().close();
  }, 120_000);
});
