// The desktop team window's fence, proven without Electron: Chromium (playwright-core) is
// fenced by routing every request through the same pure decision the desktop app uses
// (electron/team-fence.ts), with the fence built from the team server's own answer at
// /auth/oidc/provider. A sign-in through a real identity provider (oidc-provider, started
// here) then completes, and every request the page made went to the server's origin or
// the provider's, nothing else. With the server's origin alone, the sign-in cannot reach
// the provider: the fence is what lets it through.
import type { BrowserContext } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { isFencedUrl, providerFence, serverOnlyFence, type TeamFence } from '../../electron/team-fence';
import { chromiumAvailable } from './harness';
import { useOidcTeamBrowser } from './team-oidc-browser';

const oidc = useOidcTeamBrowser('coopfolio-redactie=editor');

/** A browser context fenced as a team window would be; records the origin of every request and of every refusal. */
async function fencedContext(fence: TeamFence) {
  const context: BrowserContext = await oidc.browser.newContext();
  const requested = new Set<string>();
  const refused = new Set<string>();
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (!isFencedUrl(url, fence)) {
      refused.add(new URL(url).origin);
      return route.abort('blockedbyclient');
    }
    // A route handler sees only the first URL of a redirect chain, so a page navigation
    // (where the sign-in's redirects happen) is fetched here unfollowed and its target
    // checked like a request, as Electron's onBeforeRequest checks each hop; a target
    // inside the fence comes back through here. Other requests (the live event stream
    // never ends) go on as they are; the 'request' record below still sees each of them.
    if (!route.request().isNavigationRequest()) return route.continue();
    const response = await route.fetch({ maxRedirects: 0 });
    const location = response.headers()['location'];
    if (response.status() >= 300 && response.status() < 400 && location !== undefined) {
      const target = new URL(location, url).href;
      if (!isFencedUrl(target, fence)) {
        refused.add(new URL(target).origin);
        return route.abort('blockedbyclient');
      }
    }
    return route.fulfill({ response });
  });
  // Every request the page made (a redirect's target too).
  context.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith('data:')) requested.add(new URL(url).origin);
  });
  return { context, requested, refused };
}

/** The fence the desktop app builds: from the server's answer, as `askTeamProvider` gets it. */
async function fenceFromServer(): Promise<TeamFence> {
  const response = await fetch(`${oidc.team.origin}/auth/oidc/provider`);
  const result = providerFence(
    oidc.team.origin,
    { status: response.status, body: await response.json() },
    'en',
  );
  if (!result.ok) throw new Error(result.message);
  return result.fence;
}

describe.runIf(chromiumAvailable())('the desktop team window fence, emulated in Chromium', () => {
  it('lets the sign-in through the advertised provider complete, requesting only the two origins', async () => {
    const fence = await fenceFromServer();
    const providerOrigin = new URL(oidc.provider.issuer).origin;
    expect(fence).toEqual({ server: oidc.team.origin, provider: [providerOrigin] });

    oidc.provider.setPerson('sub-fenna', { preferred_username: 'fenna', groups: ['coopfolio-redactie'] });
    oidc.provider.signInAs('sub-fenna');
    const { context, requested, refused } = await fencedContext(fence);
    const page = await context.newPage();
    await page.goto(oidc.team.url);
    await page.getByTestId('sign-in-oidc').click();
    await page.getByTestId('signed-in-user').waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('signed-in-user').textContent()).toContain('fenna');
    expect(new URL(page.url()).origin).toBe(oidc.team.origin);
    expect([...requested].sort()).toEqual([oidc.team.origin, providerOrigin].sort());
    expect([...refused]).toEqual([]);
    await context.unrouteAll({ behavior: 'ignoreErrors' });
    await context.close();
  }, 60_000);

  it('with the server alone in the fence, the provider is never reached and no one is signed in', async () => {
    oidc.provider.setPerson('sub-fenna', { preferred_username: 'fenna', groups: ['coopfolio-redactie'] });
    oidc.provider.signInAs('sub-fenna');
    const { context, requested, refused } = await fencedContext(serverOnlyFence(oidc.team.origin));
    const page = await context.newPage();
    await page.goto(oidc.team.url);
    await page.getByTestId('sign-in-oidc').click();
    // The redirect to the provider is stopped: the provider is never asked, no one signed in.
    await expect.poll(() => [...refused]).toEqual([new URL(oidc.provider.issuer).origin]);
    expect([...requested]).toEqual([oidc.team.origin]);
    expect(await page.getByTestId('signed-in-user').count()).toBe(0);
    const cookies = await context.cookies(oidc.team.origin);
    expect(cookies.some((cookie) => cookie.name === 'coopfolio_session')).toBe(false);
    await context.unrouteAll({ behavior: 'ignoreErrors' });
    await context.close();
  }, 60_000);
});
