import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { loadDemoWorkspace } from '../../src/data';
import { seriousAxeViolations } from './axe';
import { chromiumAvailable, useDemoApp, type WebHost } from './harness';

const describeInChromium = chromiumAvailable() ? describe : describe.skip;

let host: WebHost;
let page: Page;
let pageErrors: string[] = [];
useDemoApp('scenarios.coopfolio', (app) => ({ host, page, pageErrors } = app));

const runRegion = () => page.getByTestId('scenario-run');
const wedge = (dimension: string) =>
  page.locator(`[data-testid=doughnut-svg] [data-testid=doughnut-wedge][data-dimension=${dimension}]`);

/** Waits for the run region's own verdict, never on timing. */
async function untilRun(state: string, timeout = 60_000): Promise<void> {
  await expect.poll(() => runRegion().getAttribute('data-state'), { timeout }).toBe(state);
}

async function openEditor(): Promise<void> {
  await page.getByTestId('edit-scenario').click();
  await page.getByTestId('scenario-editor').waitFor();
}

describeInChromium('the scenario screen in Chromium', () => {
  it('opens on the first scenario, not yet run, without serious accessibility problems', async () => {
    await page.goto(`${host.url}#/scenarios`);
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe("Scenario's");
    await untilRun('none');
    expect(await page.getByLabel('Scenario', { exact: true }).inputValue()).toBe('basis');
    expect(await seriousAxeViolations(page)).toEqual([]);
  });

  it('runs the basis scenario with a real progress bar, then shows the Doughnut and the bands', async () => {
    await page.getByTestId('run-scenario').click();
    // The state changes at the click (the job starts), and ends when the host says the job is done.
    expect(await runRegion().getAttribute('data-state')).toBe('running');
    await untilRun('current');
    const progress = page.getByTestId('scenario-job');
    expect(await progress.getAttribute('data-phase')).toBe('done');
    const total = Number(await progress.getAttribute('data-total'));
    expect(total).toBe(1000);
    expect(Number(await progress.getAttribute('data-done'))).toBe(total);

    // 12 social wedges and 9 ecological ones, each saying its dimension and status in words.
    await expect
      .poll(() => page.locator('[data-testid=doughnut-svg] [data-testid=doughnut-wedge]').count())
      .toBe(21);
    expect(await wedge('food').getAttribute('aria-label')).toMatch(/^Voedsel \(Sociaal fundament\): tekort/);
    expect(await wedge('climate-change').getAttribute('aria-label')).toMatch(
      /^Klimaatverandering \(Ecologisch plafond\): overschrijding \d+%/,
    );
    expect(await page.locator('[data-testid=doughnut-svg] .doughnut__breach').count()).toBeGreaterThan(10);

    // A dimension's indicators open with their band, threshold, unit and source.
    const panel = page.getByTestId('dimension-panel');
    expect(await panel.getAttribute('data-dimension')).not.toBeNull();
    await wedge('networks').click();
    await expect.poll(() => panel.getAttribute('data-dimension')).toBe('networks');
    expect(await panel.getByTestId('indicator-band').count()).toBe(2);
    expect(await panel.locator('.recharts-area-area').count()).toBe(2);
    expect(await panel.locator('.recharts-reference-line').count()).toBeGreaterThanOrEqual(2);
    expect(await panel.getByTestId('indicator-source').first().innerText()).toContain('Bron');
    expect(await page.getByTestId('indicator-row').count()).toBe(loadDemoWorkspace().indicators.length);
    expect(await page.getByTestId('plan-funding-row').count()).toBe(15);
    expect(await page.getByTestId('gap-cost-row').count()).toBe(21);
  });

  it('works the Doughnut from the keyboard, moves through the years and offers a table', async () => {
    // One tab stop for the whole Doughnut (the chosen wedge); the arrow keys go round, Enter chooses.
    const tabStops = page.locator('[data-testid=doughnut-svg] [data-testid=doughnut-wedge][tabindex="0"]');
    expect(await tabStops.count()).toBe(1);
    expect(await wedge('networks').getAttribute('tabindex')).toBe('0');
    await wedge('networks').focus();
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    expect(await page.locator(':focus').getAttribute('data-dimension')).toBe('energy');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.getByTestId('dimension-panel').getAttribute('data-dimension'))
      .toBe('energy');
    expect(await wedge('energy').getAttribute('aria-pressed')).toBe('true');
    expect(await wedge('energy').getAttribute('tabindex')).toBe('0');

    await page.getByTestId('year-slider').focus();
    await page.keyboard.press('Home');
    await expect.poll(() => page.locator('#doughnut-title').innerText()).toBe('De donut in 2026');
    expect(await wedge('energy').getAttribute('aria-label')).toContain('in 2026');

    await page.getByText('Toon als tabel').click();
    expect(await page.getByTestId('doughnut-row').count()).toBe(21);
    expect(await seriousAxeViolations(page)).toEqual([]);
  });

  it('ranks where the next euro helps most and says what negative means', async () => {
    await page.getByTestId('next-euro-compute').click();
    await page.getByTestId('next-euro-table').waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('next-euro-row').count()).toBeGreaterThan(0);
    expect(await page.getByTestId('next-euro').innerText()).toContain('Negatief is goed');
  });

  it('compares two scenarios: Doughnuts side by side and a table of differences', async () => {
    const compare = page.getByTestId('compare');
    await compare.getByTestId('run-compare').click();
    await expect.poll(() => compare.getAttribute('data-state'), { timeout: 60_000 }).toBe('current');
    await compare.getByTestId('compare-results').waitFor();
    expect(await compare.getByTestId('compare-doughnut').count()).toBe(2);
    expect(await compare.locator('[data-testid=compare-doughnut] [data-testid=doughnut-wedge]').count()).toBe(
      42,
    );
    expect(await compare.getByTestId('compare-dimension-row').count()).toBe(21);
    expect(await compare.getByTestId('compare-indicator-row').count()).toBe(
      loadDemoWorkspace().indicators.length,
    );
    const header = await compare.getByTestId('compare-dimensions').locator('thead').innerText();
    expect(header).toContain('Verschil: Klimaatversnelling');
    // Raising climate budgets changes the climate dimension: its difference says which way, in words.
    const climate = compare
      .locator('[data-testid=compare-dimension-row][data-dimension=climate-change] td')
      .last();
    expect(await climate.getAttribute('data-direction')).toMatch(/better|worse|same/);
    expect(await seriousAxeViolations(page)).toEqual([]);
  });

  it('refuses a factor that is not a number, at its field, and saves nothing', async () => {
    await openEditor();
    const factor = page.getByTestId('input-streamFactors.impactkrediet');
    await factor.fill('veel');
    await page.getByTestId('editor-save').click();
    await expect.poll(() => factor.getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByTestId('error-streamFactors.impactkrediet').innerText()).toContain('getal');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByTestId('scenario-editor').count()).toBe(0);
  });

  it('cancels a long run, and undo puts the draws back', async () => {
    await openEditor();
    // As many draws as the host allows for 25 indicators over 10 years: far longer than the test waits.
    await page.getByLabel('Aantal trekkingen').fill('150000');
    await page.getByTestId('editor-save').click();
    await expect.poll(() => page.getByTestId('scenario-editor').count()).toBe(0);
    // The saved change makes the earlier results out of date.
    await untilRun('stale');
    expect(await runRegion().innerText()).toContain('150.000 trekkingen');

    await page.getByTestId('run-scenario').click();
    await expect.poll(() => page.getByTestId('scenario-job').getAttribute('data-phase')).toBe('running');
    await page.getByTestId('cancel-run').click();
    await expect
      .poll(() => page.getByTestId('scenario-job-text').innerText(), { timeout: 30_000 })
      .toContain('geannuleerd');
    expect(await page.getByTestId('scenario-job').getAttribute('data-phase')).toBe('cancelled');
    // The results of the earlier run stay, marked as out of date.
    expect(await runRegion().getAttribute('data-state')).toBe('stale');

    await page.getByTestId('undo').click();
    await expect.poll(() => runRegion().innerText()).toContain('1.000 trekkingen');
  });

  it('creates a scenario, deletes it after confirming, and brings it back with undo', async () => {
    await page.getByTestId('new-scenario').click();
    const editor = page.getByTestId('scenario-editor');
    await editor.getByLabel('Naam', { exact: true }).fill('Alleen zon');
    await editor.getByLabel('Plan om toe te voegen').selectOption('zon-op-oost');
    await editor.getByTestId('add-plan').click();
    expect(await editor.getByTestId('plan-order-item').count()).toBe(1);
    await page.getByTestId('editor-save').click();
    await expect.poll(() => page.getByLabel('Scenario', { exact: true }).inputValue()).toBe('alleen-zon');

    await page.getByTestId('delete-scenario').click();
    await page.getByTestId('confirm-button').click();
    await expect.poll(() => page.locator('select option[value=alleen-zon]').count()).toBe(0);
    await page.getByTestId('undo').click();
    await expect.poll(() => page.locator('select option[value=alleen-zon]').count()).toBe(1);
  });

  it('raised no errors in the page', () => {
    expect(pageErrors).toEqual([]);
  });
});
