/**
 * Issue 18, point 3 in Chromium: the Portfolio screen follows a large portfolio's blend
 * as a job. The bar (after a moment) shows the search's best distance so far and
 * Annuleren; cancelling shows the cancelled state, "Opnieuw berekenen" starts the blend
 * again, and the result states how far it may be from the best possible (or, proven
 * optimal, says so quietly). No timing asserts: every step waits for what it needs.
 */
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorkspaceStore } from '../../src/storage';
import { blendPortfolioWorkspace } from '../helpers/blend-portfolio';
import { makeTempDir } from '../helpers/temp-dir';
import { chromiumAvailable, launchChromium, startWebHost, type WebHost } from './harness';

const describeInChromium = chromiumAvailable() ? describe : describe.skip;
// A 200-plan blend takes seconds alone and much longer on a machine shared by many tests.
const WAIT = { timeout: 240_000 };

let temp: ReturnType<typeof makeTempDir> | undefined;
let host: WebHost | undefined;
let browser: Browser | undefined;
let page: Page;
const pageErrors: string[] = [];

beforeAll(async () => {
  if (!chromiumAvailable()) return;
  temp = makeTempDir();
  const file = join(temp.dir, 'grote-portefeuille.coopfolio');
  createWorkspaceStore(file, blendPortfolioWorkspace(200)).close();
  host = await startWebHost(file, { COOPFOLIO_DATA_DIR: join(temp.dir, 'user-data') });
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1360, height: 900 } });
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') pageErrors.push(message.text());
  });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await host?.stop();
  temp?.cleanup();
});

describeInChromium('a portfolio blend with progress and cancel', () => {
  it('shows the search, cancels it, and starts it again to a result with its distance', async () => {
    await page.goto(`${host!.url}#/portefeuille`);
    const region = page.getByTestId('portfolio-analysis');
    const job = region.getByTestId('blend-job');

    // The bar with the search's progress and Annuleren.
    await job.and(page.locator('[data-phase="running"]')).waitFor(WAIT);
    const distance = job.getByTestId('blend-job-distance');
    await distance.waitFor(WAIT);
    expect(await distance.innerText()).toMatch(/deelproblemen opgelost/);
    expect(await job.getByTestId('blend-job-text').innerText()).toBe('De portefeuilleblend wordt berekend…');
    await job.getByRole('button', { name: 'Annuleren' }).click();

    // Cancelled: said so, no result, and a way to start again.
    await job.and(page.locator('[data-phase="cancelled"]')).waitFor(WAIT);
    expect(await job.getByTestId('blend-job-text').innerText()).toBe(
      'Geannuleerd: de blend is niet afgemaakt.',
    );
    expect(await region.getByTestId('portfolio-metrics').count()).toBe(0);

    await job.getByRole('button', { name: 'Opnieuw berekenen' }).click();
    await expect.poll(() => region.getAttribute('data-state'), WAIT).toBe('current');
    await region.getByTestId('portfolio-metrics').waitFor(WAIT);
    expect(await region.getByTestId('blend-job').count()).toBe(0);

    // The result with its distance: stated when over a euro, else quietly proven optimal.
    const line = region.getByTestId('portfolio-distance');
    const stated = Number(await line.getAttribute('data-distance'));
    const text = (await line.innerText()).replace(/[\u00a0\u202f]/g, ' ');
    if (stated > 1) expect(text).toMatch(/^Hoogstens € [\d.]+,\d\d van het best mogelijke/);
    else expect(text).toBe('Bewezen optimaal');
    expect(pageErrors).toEqual([]);
  }, 600_000);
});
