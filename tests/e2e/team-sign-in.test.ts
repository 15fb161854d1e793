// The team server in Chromium: the sign-in screen, who is signed in, a viewer without
// edit controls whose writes the server refuses anyway, an editor with them, sign-out.
import { describe, expect, it } from 'vitest';
import { ROLE_USERS } from '../server/team-support';
import { chromiumAvailable } from './harness';
import { useTeamBrowser } from './team-browser';

const shared = useTeamBrowser();

describe.runIf(chromiumAvailable())('the team server in the browser', () => {
  it('refuses a wrong password on the sign-in screen, in words', async () => {
    const page = await shared.signIn(ROLE_USERS.viewer, {
      password: 'not the password at all',
      waitSignedIn: false,
    });
    await page.getByTestId('sign-in-error').waitFor();
    expect(await page.getByTestId('sign-in-error').textContent()).toMatch(
      /(De naam of het wachtwoord klopt niet|The name or the password is not correct)\./,
    );
    await page.context().close();
  });

  it('shows a viewer who is signed in, no New, copy or delete buttons, and the server refuses their write', async () => {
    const page = await shared.signIn(ROLE_USERS.viewer);
    await page.getByTestId('signed-in-user').waitFor();
    expect(await page.getByTestId('signed-in-user').textContent()).toContain(ROLE_USERS.viewer);
    await page.goto(`${shared.team.url}#/plannen`);
    await page.getByTestId('plan-table').waitFor();
    expect(await page.getByTestId('new-plan').count()).toBe(0);
    expect(await page.getByTestId('delete-plan').count()).toBe(0);
    expect(await page.getByTestId('copy-plan').count()).toBe(0);
    const status = await page.evaluate(async () => {
      const answer = await fetch('/api/plans.delete', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ id: 'x' }),
      });
      return [answer.status, ((await answer.json()) as { error: { code: string } }).error.code];
    });
    expect(status).toEqual([403, 'forbidden']);

    await page.getByTestId('sign-out').click();
    await page.getByTestId('sign-in').waitFor();
    await page.context().close();
  });

  it('gives an editor the New, copy and delete buttons', async () => {
    const page = await shared.signIn(ROLE_USERS.editor);
    await page.goto(`${shared.team.url}#/plannen`);
    await page.getByTestId('plan-table').waitFor();
    await page.getByTestId('new-plan').waitFor();
    expect(await page.getByTestId('delete-plan').count()).toBeGreaterThan(0);
    await page.context().close();
  });

  it('says so when the session ends while the app is open, keeping the screen as it is', async () => {
    const page = await shared.signIn(ROLE_USERS.analyst);
    await page.goto(`${shared.team.url}#/plannen`);
    await page.getByTestId('plan-table').waitFor();
    // Ended elsewhere (an administrator disabled the account, or it idled out).
    await shared.team.accounts.pool.query('UPDATE sessions SET revoked_at = now() WHERE user_name = $1', [
      ROLE_USERS.analyst,
    ]);
    await page.evaluate("document.dispatchEvent(new Event('visibilitychange'))");
    await page.getByTestId('session-ended').waitFor();
    expect(await page.getByTestId('plan-table').count()).toBe(1);
    await page.getByTestId('sign-in-again').click();
    await page.getByTestId('sign-in').waitFor();
    await page.context().close();
  });
});
