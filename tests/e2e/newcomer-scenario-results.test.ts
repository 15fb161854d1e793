/**
 * Issue 14, point 5 in Chromium, in Dutch: scenario results vanished when the coach left
 * the screen, and the "not run" badge was green. Now the last run of each scenario comes
 * back for the session (stale once the workspace is saved again), and "not run" is neutral.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { chromiumAvailable, useDemoApp, type WebHost } from './harness';

const describeInChromium = chromiumAvailable() ? describe : describe.skip;

let host: WebHost;
let page: Page;
let pageErrors: string[] = [];
useDemoApp('nieuwkomer-scenario.coopfolio', (app) => ({ host, page, pageErrors } = app));

const runRegion = () => page.getByTestId('scenario-run');
const untilRun = (state: string) =>
  expect.poll(() => runRegion().getAttribute('data-state'), { timeout: 120_000 }).toBe(state);
// As text: the project's TypeScript has no DOM library.
const badgeColour = () =>
  page.evaluate(
    "getComputedStyle(document.querySelector('[data-testid=scenario-run-status]')).backgroundColor",
  ) as Promise<string>;

describeInChromium('scenario results in the session, in Dutch', () => {
  it('shows "Niet doorgerekend" in a neutral badge, not in the green of current results', async () => {
    await page.goto(`${host.url}#/scenarios`);
    await untilRun('none');
    expect(await page.getByTestId('scenario-run-status').innerText()).toBe('Niet doorgerekend');
    const neutral = await badgeColour();
    await page.getByTestId('run-scenario').click();
    await untilRun('current');
    expect(await page.getByTestId('scenario-run-status').innerText()).toBe('Bijgewerkt');
    expect(await badgeColour()).not.toBe(neutral);
  }, 240_000);

  it('keeps the results when the coach leaves the screen and comes back', async () => {
    const wedges = () => page.locator('[data-testid=doughnut-svg] [data-testid=doughnut-wedge]').count();
    await expect.poll(wedges, { timeout: 60_000 }).toBe(21);
    await page.getByTestId('nav-portfolio').click();
    await page.getByTestId('portfolio-analysis').waitFor();
    await page.getByTestId('nav-scenarios').click();
    await untilRun('current');
    await expect.poll(wedges, { timeout: 60_000 }).toBe(21);
  }, 240_000);

  it('marks them stale once the workspace is saved again', async () => {
    await page.getByTestId('nav-cooperatives').click();
    await page.getByRole('button', { name: 'Nieuwe coöperatie' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Naam', { exact: true }).fill('Fietsherstel Oost');
    await dialog.getByLabel('Sector').selectOption('mobility');
    await dialog.getByLabel('Fase', { exact: true }).selectOption('idea');
    await dialog.getByLabel('Aantal leden').fill('4');
    await dialog.getByRole('button', { name: 'Opslaan' }).click();
    await expect.poll(() => page.getByRole('row', { name: /Fietsherstel Oost/ }).count()).toBe(1);
    await page.getByTestId('nav-scenarios').click();
    await untilRun('stale');
    expect(await page.getByTestId('scenario-run-stale').innerText()).toContain('eerdere stand');
  }, 240_000);

  it('raised no errors in the page', () => {
    expect(pageErrors).toEqual([]);
  });
});
