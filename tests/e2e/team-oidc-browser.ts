import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import type { TestProvider } from '../server/team-oidc-provider';
import { startOidcTeam } from '../server/team-oidc-team';
import type { TeamFixture } from '../server/team-support';
import { ROOT, chromiumAvailable, launchChromium } from './harness';

export interface OidcTeamBrowser {
  /** Set once the suite's beforeAll ran. */
  readonly provider: TestProvider;
  readonly team: TeamFixture;
  readonly browser: Browser;
}

/**
 * For one test file: starts the test identity provider, a team server serving the built
 * renderer that signs in through it (`roleMap` as `--oidc-role-map`), and Chromium before
 * its tests (nothing where Chromium is missing; those suites are skipped), and closes
 * all three after them.
 */
export function useOidcTeamBrowser(roleMap: string): OidcTeamBrowser {
  let provider: TestProvider | undefined;
  let team: TeamFixture | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    if (!chromiumAvailable()) return;
    ({ provider, team } = await startOidcTeam({ roleMap, rendererDir: join(ROOT, 'renderer', 'dist') }));
    browser = await launchChromium();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await team?.close();
    await provider?.close();
  });

  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('the team server is not started (beforeAll did not run)');
    return value;
  };
  return {
    get provider() {
      return started(provider);
    },
    get team() {
      return started(team);
    },
    get browser() {
      return started(browser);
    },
  };
}
