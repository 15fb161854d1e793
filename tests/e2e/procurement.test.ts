/**
 * Issue 15, point 6 in Chromium: the Inkoop screen and the procurement lever. In Dutch a
 * coach enters next year's purchasing volume and a reserved contract, is told at the field
 * when the Social Return exceeds the amount, sees the share awarded, and undoes it. In
 * English the demo's lever scenario is run and its effect shown; then the lever is set on
 * another scenario in the editor and its run shows the effect too. Screenshots go to
 * /tmp/procurement-<lang>.png and /tmp/procurement-effect.png.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { seriousAxeViolations } from './axe';
import { chromiumAvailable, useDemoApp, type WebHost } from './harness';

const describeInChromium = chromiumAvailable() ? describe : describe.skip;
const WAIT = { timeout: 120_000 };

let host: WebHost;
let page: Page;
let pageErrors: string[] = [];
useDemoApp('inkoop.coopfolio', (app) => ({ host, page, pageErrors } = app));

const share = (year: number) => page.getByTestId(`procurement-share-${year}`).innerText();
const runRegion = () => page.getByTestId('scenario-run');

async function runScenario(id: string): Promise<void> {
  await page.goto(`${host.url}#/scenarios`);
  await page.locator('.scenario-picker select').selectOption(id);
  await page.getByTestId('run-scenario').click();
  await expect.poll(() => runRegion().getAttribute('data-state'), WAIT).toBe('current');
}

describeInChromium('procurement as a flywheel', () => {
  it('enters a year’s volume and a reserved contract, checks it at the field, shows the share, in Dutch', async () => {
    await page.goto(`${host.url}#/inkoop`);
    await expect.poll(() => share(2026), WAIT).toBe('0,27%');
    const form = page.getByTestId('procurement-form');
    await form.getByTestId('add-volume').click();
    const volume = form.getByTestId('volume-row-6');
    expect(await volume.getByLabel('Jaar', { exact: true }).inputValue()).toBe('2031');
    await volume.getByLabel('Inkoopvolume (€)').fill('310.000.000');
    await form.getByTestId('add-contract').click();
    const contract = form.getByTestId('contract-row-7');
    await contract.getByLabel('Jaar', { exact: true }).fill('2031');
    await contract.getByLabel('Coöperatie').selectOption('glansrijk');
    await contract.getByLabel('Plan (optioneel)').selectOption('glansrijk-leerwerkbedrijf');
    await contract.getByLabel('Bedrag in dit jaar (€)').fill('3.100.000');
    await contract.getByLabel('Social Return gerealiseerd (€)').fill('4.000.000');
    await contract.getByLabel(/Voorbehouden opdracht/).check();
    await form.getByTestId('procurement-save').click();
    const error = form.getByTestId('error-contracts[7].socialReturn');
    await error.waitFor(WAIT);
    expect(await error.innerText()).toContain('hoger dan het bedrag van de opdracht');
    // Nothing was saved: the year is not in the table yet.
    expect(await page.getByTestId('procurement-year-2031').count()).toBe(0);
    await contract.getByLabel('Social Return gerealiseerd (€)').fill('155.000');
    await form.getByTestId('procurement-save').click();
    await expect.poll(() => page.getByTestId('procurement-year-2031').count(), WAIT).toBe(1);
    await expect.poll(() => share(2031), WAIT).toBe('1%');
    const row = await page.getByTestId('procurement-year-2031').innerText();
    expect(row).toMatch(/€\s3\.100\.000/);
    expect(row).toMatch(/€\s155\.000/);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.screenshot({ path: '/tmp/procurement-nl.png', fullPage: true });
    await page.getByTestId('undo').click();
    await expect.poll(() => page.getByTestId('procurement-year-2031').count(), WAIT).toBe(0);
    await page.getByTestId('redo').click();
    await expect.poll(() => page.getByTestId('procurement-year-2031').count(), WAIT).toBe(1);
  }, 240_000);

  it('runs the lever scenario and shows its effect against the same scenario without it, in English', async () => {
    await page.getByRole('button', { name: /English/ }).click();
    await expect.poll(() => page.evaluate('document.documentElement.lang')).toBe('en');
    await page.goto(`${host.url}#/inkoop`);
    await expect
      .poll(() => page.getByRole('heading', { name: 'Procurement as a flywheel' }).count(), WAIT)
      .toBe(1);
    await expect.poll(() => share(2031), WAIT).toBe('1%');
    await page.screenshot({ path: '/tmp/procurement-en.png', fullPage: true });
    await runScenario('inkoop-vliegwiel');
    const effect = page.getByTestId('procurement-effect');
    await effect.waitFor(WAIT);
    expect(await effect.innerText()).toContain('Compared with the same scenario without this target');
    const plans = await effect.getByTestId('procurement-effect-plans').innerText();
    expect(plans).toContain('Gap without');
    // The culture cooperative's plan has a gap; the lever's revenue makes it smaller.
    const row = effect.locator('tr[data-plan="makerij-leerwerkplaats"]');
    const without = Number(await row.getAttribute('data-gap-without'));
    expect(without).toBeGreaterThan(0);
    expect(Number(await row.getAttribute('data-gap-with'))).toBeLessThan(without);
    await effect.screenshot({ path: '/tmp/procurement-effect.png' });
  }, 300_000);

  it('sets the lever on a scenario in the editor, refusing a share above 100%, and its run shows the effect', async () => {
    await page.goto(`${host.url}#/scenarios`);
    await page.locator('.scenario-picker select').selectOption('sociaal-eerst');
    await page.getByTestId('edit-scenario').click();
    const editor = page.getByTestId('scenario-editor');
    const field = editor.getByLabel(/Target: share of relevant purchasing/);
    await field.fill('150');
    await editor.getByRole('button', { name: 'Save' }).click();
    const error = editor.getByTestId('error-procurementShare');
    await error.waitFor(WAIT);
    expect(await error.innerText()).toContain('percentage between 0 and 100');
    await field.fill('2');
    await editor.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => editor.count(), WAIT).toBe(0);
    await page.getByTestId('run-scenario').click();
    await expect.poll(() => runRegion().getAttribute('data-state'), WAIT).toBe('current');
    const totals = await page.getByTestId('procurement-effect-totals').innerText();
    expect(totals).toMatch(/^Extra contracts €[\d,]+, of which €[\d,]+ as the plans' revenue/);
    await page.getByTestId('procurement-effect').screenshot({ path: '/tmp/procurement-effect-editor.png' });
  }, 300_000);

  it('raised no errors in the page', () => {
    expect(pageErrors).toEqual([]);
  });
});
