/**
 * Issue 15, point 1 in Chromium, in Dutch and English: from the cooperatives list a
 * coach opens a cooperative's page and sees its plans, funding per silo, de minimis room
 * (general and SGEI), awards with their status, cash position and, after running the
 * scenario, its own Doughnut with what it contributes and the dimensions it does not
 * touch; editing is one button away. The demo's care-and-energy cooperative (entrusted
 * with an SGEI, with prior aid) gets two applications for the test.
 * COOPFOLIO_SCREENSHOTS=<folder> saves the page as PNGs.
 */
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoWorkspaceJson } from '../../src/data';
import { parseWorkspace } from '../../src/model/parse';
import { createWorkspaceStore } from '../../src/storage';
import { makeTempDir } from '../helpers/temp-dir';
import { seriousAxeViolations } from './axe';
import { chromiumAvailable, launchChromium, startWebHost, type WebHost } from './harness';

const describeInChromium = chromiumAvailable() ? describe : describe.skip;
const SCREENSHOTS = process.env['COOPFOLIO_SCREENSHOTS'];

const COOPERATIVE = 'meerhoek';
const NAME = 'Buurtcoöperatie Meerhoek Zorg & Energie';
const PLAN = 'zorg-en-energie-meerhoek';

/** The demo with two applications on the cooperative's plan: one granted, one waiting. */
function workspaceWithAwards() {
  const json = demoWorkspaceJson() as { plans: { id: string; awards: unknown[] }[] };
  const plan = json.plans.find((p) => p.id === PLAN)!;
  plan.awards = [
    {
      streamId: 'wmo-buurtondersteuning-daeb',
      status: 'granted',
      requested: 60000,
      granted: 45000,
      appliedOn: '2025-10-01',
      decidedOn: '2025-12-15',
      reference: 'WMO-2025-118',
      reportDue: '2027-04-01',
    },
    { streamId: 'klimaatfonds-wijkaanpak', status: 'applied', requested: 30000, appliedOn: '2026-01-10' },
  ];
  const parsed = parseWorkspace(json, 'en');
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return parsed.value;
}

let temp: ReturnType<typeof makeTempDir> | undefined;
let host: WebHost;
let browser: Browser;
let page: Page;
const pageErrors: string[] = [];

beforeAll(async () => {
  if (!chromiumAvailable()) return;
  temp = makeTempDir();
  const file = join(temp.dir, 'cooperatiepagina.coopfolio');
  createWorkspaceStore(file, workspaceWithAwards()).close();
  host = await startWebHost(file, { COOPFOLIO_DATA_DIR: join(temp.dir, 'user-data') });
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1360, height: 900 } });
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') pageErrors.push(message.text());
  });
});

afterAll(async () => {
  await browser?.close();
  await host?.stop();
  temp?.cleanup();
});

const funding = () => page.getByTestId('cooperative-funding');
const run = () => page.getByTestId('cooperative-run');
const doughnutRows = () => page.getByTestId('cooperative-contribution-dimension');

async function fundingCurrent(): Promise<void> {
  await expect.poll(() => funding().getAttribute('data-state'), { timeout: 120_000 }).toBe('current');
}

describeInChromium('the cooperative page', () => {
  it('opens from the cooperatives list with its plans', async () => {
    await page.goto(`${host.url}#/cooperaties`);
    const table = page.getByTestId('cooperative-table');
    await table.waitFor({ timeout: 60_000 });
    await table.getByRole('link', { name: NAME }).click();
    await expect.poll(() => new URL(page.url()).hash).toBe(`#/cooperaties/${COOPERATIVE}`);
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe(NAME);
    // The first scenario holding its plans is chosen.
    expect(await page.getByRole('combobox', { name: 'Scenario', exact: true }).inputValue()).toBe('basis');
    const plan = page.getByTestId('cooperative-plan');
    expect(await plan.count()).toBe(1);
    const link = plan.getByRole('link');
    expect(await link.getAttribute('href')).toBe(`#/plannen/${PLAN}`);
    await fundingCurrent();
    // Its funding in the scenario, beside the plan.
    expect(await plan.locator('td').last().innerText()).toMatch(/%$/);
  }, 180_000);

  it('shows funding per silo, de minimis room, awards and cash position', async () => {
    const chart = funding().getByTestId('chart-funding');
    await chart.locator('.recharts-bar-rectangle').first().waitFor({ timeout: 60_000 });
    expect(await chart.locator('figcaption').innerText()).toBe('Financiering per jaar, per silo');
    // The chart's figures as a table (behind a disclosure): silos by their label.
    const siloTable = await chart.locator('thead th').allTextContents();
    expect(siloTable).toContain('Gemeente sociaal domein');

    const rooms = page.getByTestId('de-minimis-room');
    expect(await rooms.count()).toBe(2);
    expect(await rooms.nth(0).locator('th').innerText()).toBe('Algemene de-minimissteun');
    expect(await rooms.nth(1).locator('th').innerText()).toBe('DAEB-de-minimissteun');
    expect(await rooms.nth(0).locator('td').nth(1).innerText()).toMatch(/^€/);

    const awards = page.getByTestId('cooperative-award');
    expect(await awards.count()).toBe(2);
    const granted = page.locator('[data-testid=cooperative-award][data-status=granted]');
    expect(await granted.locator('td').nth(1).innerText()).toBe('Toegekend');
    expect(await granted.locator('td').nth(3).innerText()).toBe('€\u00a045.000');
    const applied = page.locator('[data-testid=cooperative-award][data-status=applied]');
    expect(await applied.locator('td').nth(1).innerText()).toBe('Aangevraagd');

    const years = page.getByTestId('cooperative-cash-year');
    expect(await years.count()).toBeGreaterThanOrEqual(4);
    expect(await page.getByTestId('cooperative-cash-low').innerText()).toMatch(/^Laagste kaspositie: /);
  });

  it('runs the scenario and shows its own Doughnut with contributions and untouched dimensions', async () => {
    expect(await run().getAttribute('data-state')).toBe('none');
    await page.getByTestId('cooperative-run-scenario').click();
    await expect.poll(() => run().getAttribute('data-state'), { timeout: 240_000 }).toBe('current');
    const doughnut = page.getByTestId('cooperative-doughnut');
    await doughnut.waitFor();
    expect(await doughnut.getByTestId('contribution-doughnut').count()).toBe(1);
    const wedges = doughnut.getByTestId('contribution-wedge');
    expect(await wedges.count()).toBe(21);
    // Its own words: the cooperative, not the portfolio, closes the distance or leaves a dimension untouched.
    const untouchedTitle = await doughnut.locator('[data-state=untouched] title').first().textContent();
    expect(untouchedTitle).toContain('niet geraakt door deze coöperatie');
    expect(await doughnut.locator('.doughnut-legend').innerText()).toContain(
      'Niet geraakt door deze coöperatie',
    );

    const touched = page.locator('[data-testid=cooperative-contribution-dimension][data-touched=true]');
    const untouched = page.locator('[data-testid=cooperative-contribution-dimension][data-touched=false]');
    expect(await touched.count()).toBeGreaterThan(0);
    expect(await untouched.count()).toBeGreaterThan(0);
    // Every dimension once when untouched, once per indicator when touched.
    const dimensions = await doughnutRows().evaluateAll((rows) =>
      rows.map((row) => (row as unknown as { dataset: Record<string, string> }).dataset['dimension']),
    );
    expect(new Set(dimensions).size).toBe(21);
    expect(await untouched.first().locator('td').innerText()).toBe('niet geraakt door deze coöperatie');
    // A touched indicator: change, P10, P50, P90, absolute and share of the distance.
    const cells = await touched.first().locator('td').allInnerTexts();
    expect(cells).toHaveLength(7);
    expect(cells[0]).toMatch(/\bin /);
    expect(cells.slice(1, 5).every((cell) => cell !== '')).toBe(true);
    expect(cells[1]).not.toBe('0');
    expect(cells[6]).toMatch(/%|binnen/);
    const headers = await page
      .getByTestId('cooperative-contribution-table')
      .locator('thead th')
      .allInnerTexts();
    expect(headers.slice(3, 6)).toEqual(['P10', 'P50', 'P90']);
    // No serious accessibility problem on the whole page, Doughnut and tables included.
    expect(await seriousAxeViolations(page)).toEqual([]);

    // The lenses kept apart: its lines are all local social, so under another lens its touched
    // dimensions have no indicator there, said in words; back to all lenses after.
    const picker = doughnut.getByTestId('lens-picker');
    await picker.getByRole('radio', { name: /^Lokaal ecologisch/ }).check();
    await expect
      .poll(() => doughnut.locator('[data-testid=contribution-wedge][data-state=share]').count())
      .toBe(0);
    // Still touched (not untouched), but no indicator row in this lens.
    expect(await touched.count()).toBe(3);
    expect(
      await page.locator('[data-testid=cooperative-contribution-dimension][data-indicator]').count(),
    ).toBe(0);
    const health = page.locator('[data-testid=cooperative-contribution-dimension][data-dimension=health] td');
    expect(await health.innerText()).toBe('geen geraakte indicator in deze lens');
    await picker.getByRole('radio', { name: /^Lokaal sociaal/ }).check();
    await expect
      .poll(() => doughnut.locator('[data-testid=contribution-wedge][data-state=share]').count())
      .toBeGreaterThan(0);
    await picker.getByRole('radio', { name: /^Alle lenzen/ }).check();

    if (SCREENSHOTS !== undefined) {
      await page.screenshot({ path: join(SCREENSHOTS, 'cooperatiepagina-volledig.png'), fullPage: true });
      // For the README: the page's top (plans, silo funding, de minimis room, awards) and its own Doughnut.
      await page.screenshot({
        path: join(SCREENSHOTS, 'cooperative-page.png'),
        clip: { x: 0, y: 0, width: 1360, height: 1500 },
        fullPage: true,
      });
      await doughnut.getByTestId('contribution-doughnut').screenshot({
        path: join(SCREENSHOTS, 'cooperative-page-doughnut.png'),
      });
    }
  }, 300_000);

  it('opens the plan builder from a plan and edits from the page', async () => {
    await page.getByTestId('cooperative-plan').getByRole('link').click();
    await expect.poll(() => new URL(page.url()).hash).toBe(`#/plannen/${PLAN}`);
    await page.goBack();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText()).toBe(NAME);
    await page.getByTestId('edit-cooperative').click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    expect(await dialog.getByLabel('Naam', { exact: true }).inputValue()).toBe(NAME);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    // The list keeps its edit button too.
    await page.getByTestId('cooperatives-back').click();
    const row = page.locator(`[data-testid=cooperative-row][data-id=${COOPERATIVE}]`);
    await row.getByRole('button', { name: `Bewerken: ${NAME}` }).click();
    await page.getByRole('dialog').waitFor();
    await page.keyboard.press('Escape');
  });

  it('reads the same in English, the run kept', async () => {
    await page.goto(`${host.url}#/cooperaties/${COOPERATIVE}`);
    await page.getByTestId('lang-en').click();
    await expect.poll(() => page.getByTestId('edit-cooperative').innerText()).toBe('Edit');
    await fundingCurrent();
    expect(await page.getByTestId('de-minimis-room').nth(1).locator('th').innerText()).toBe(
      'SGEI de minimis aid',
    );
    expect(
      await page.locator('[data-testid=cooperative-award][data-status=granted] td').nth(1).innerText(),
    ).toBe('Granted');
    // The run made before is kept for the session and still current.
    expect(await run().getAttribute('data-state')).toBe('current');
    expect(await run().locator('h2').innerText()).toBe('Own Doughnut: this cooperative’s contribution');
    const untouched = page.locator('[data-testid=cooperative-contribution-dimension][data-touched=false]');
    expect(await untouched.first().locator('td').innerText()).toBe('not touched by this cooperative');
    expect(await page.getByTestId('cooperative-cash-low').innerText()).toMatch(/^Lowest cash position: /);
    if (SCREENSHOTS !== undefined) {
      await page.screenshot({ path: join(SCREENSHOTS, 'cooperative-page-en.png'), fullPage: true });
    }
    await page.getByTestId('lang-nl').click();
  });

  it('raised no errors in the page', () => {
    expect(pageErrors).toEqual([]);
  });
});
