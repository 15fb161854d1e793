// Sign-in through the city's identity provider in Chromium: the sign-in screen offers it
// beside the password form, a click goes through a real provider (oidc-provider, started
// here) and back into the app signed in; a refusal comes back to the screen in words.
import { describe, expect, it } from 'vitest';
import { chromiumAvailable } from './harness';
import { useOidcTeamBrowser } from './team-oidc-browser';

const oidc = useOidcTeamBrowser('coopfolio-redactie=editor,coopfolio-lezen=viewer');

describe.runIf(chromiumAvailable())('sign-in through the identity provider in the browser', () => {
  it('offers the provider beside the password form and comes back signed in', async () => {
    oidc.provider.setPerson('sub-femke', { preferred_username: 'femke', groups: ['coopfolio-redactie'] });
    oidc.provider.signInAs('sub-femke');
    const page = await (await oidc.browser.newContext()).newPage();
    await page.goto(oidc.team.url);
    await page.getByTestId('sign-in').waitFor();
    const button = page.getByTestId('sign-in-oidc');
    await button.waitFor();
    expect(await button.textContent()).toMatch(/^(Aanmelden via|Sign in with) Gemeente Teststad$/);
    await page.getByTestId('sign-in-password').waitFor();

    await button.click();
    await page.getByTestId('signed-in-user').waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('signed-in-user').textContent()).toContain('femke');
    expect(new URL(page.url()).origin).toBe(oidc.team.origin);
    await page.context().close();
  });

  it('shows why the provider sign-in was refused, and keeps the address clean', async () => {
    oidc.provider.setPerson('sub-joost', { preferred_username: 'joost', groups: ['iedereen'] });
    oidc.provider.signInAs('sub-joost');
    const page = await (await oidc.browser.newContext()).newPage();
    await page.goto(oidc.team.url);
    await page.getByTestId('sign-in-oidc').click();
    const refusal = page.getByTestId('sign-in-oidc-error');
    await refusal.waitFor({ timeout: 30_000 });
    expect(await refusal.textContent()).toMatch(
      /(geen rol in Coopfolio|no role in Coopfolio).*Gemeente Teststad|Gemeente Teststad.*(geen rol in Coopfolio|no role in Coopfolio)/,
    );
    expect(page.url()).toBe(oidc.team.url);
    // The password form stays there as the other way in.
    await page.getByTestId('sign-in-name').waitFor();
    await page.context().close();
  });
});
