/**
 * What the team server's browser tests share: a team server (PostgreSQL, the demo
 * workspace, one user per role) serving the built app, one Chromium, and signing in as
 * a user in a browser context of their own (their own session cookie).
 */
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { HTTP_EVENTS_PATH } from '../../src/contract/bridge';
import { PASSWORD, startTeamServer, type TeamFixture } from '../server/team-support';
import { ROOT, chromiumAvailable, launchChromium } from './harness';

export interface SignInOptions {
  password?: string;
  /**
   * false cuts the context's live-update stream, as a dropped connection would: its page
   * keeps showing what it loaded, which is when a save meets the version check.
   */
  live?: boolean;
  /** false returns as soon as the form is sent: for a sign-in that is meant to fail. */
  waitSignedIn?: boolean;
}

export interface TeamBrowser {
  /** Set once the suite's beforeAll ran. */
  readonly team: TeamFixture;
  readonly browser: Browser;
  signIn(user: string, options?: SignInOptions): Promise<Page>;
}

/**
 * For one test file: starts the team server and Chromium before its tests (nothing where
 * Chromium is missing; those suites are skipped) and closes both after them. `prepare`
 * runs once the server is up (extra users, say).
 */
export function useTeamBrowser(prepare?: (team: TeamFixture) => Promise<void>): TeamBrowser {
  let team: TeamFixture | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    if (!chromiumAvailable()) return;
    team = await startTeamServer({ rendererDir: join(ROOT, 'renderer', 'dist') });
    await prepare?.(team);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await team?.close();
  });

  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('the team server is not started (beforeAll did not run)');
    return value;
  };
  return {
    get team() {
      return started(team);
    },
    get browser() {
      return started(browser);
    },
    async signIn(user, options = {}) {
      const context = await started(browser).newContext({ viewport: { width: 1360, height: 900 } });
      if (options.live === false) await context.route(`**${HTTP_EVENTS_PATH}`, (route) => route.abort());
      const page = await context.newPage();
      await page.goto(started(team).url);
      await page.getByTestId('sign-in').waitFor();
      await page.getByTestId('sign-in-name').fill(user);
      await page.getByTestId('sign-in-password').fill(options.password ?? PASSWORD);
      await page.getByTestId('sign-in-submit').click();
      if (options.waitSignedIn !== false) await page.getByTestId('signed-in-user').waitFor();
      return page;
    },
  };
}
