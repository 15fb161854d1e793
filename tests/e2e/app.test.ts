import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { seriousAxeViolations as axeOn } from './axe';
import { chromiumAvailable, useDemoApp, type WebHost } from './harness';

// CI installs Chromium (.ci/run); a developer machine without it skips these with a clear name.
const describeInChromium = chromiumAvailable() ? describe : describe.skip;

let host: WebHost;
let page: Page;
let pageErrors: string[] = [];
useDemoApp('e2e.coopfolio', (app) => ({ host, page, pageErrors } = app));

function seriousAxeViolations(): Promise<string[]> {
  return axeOn(page);
}

describeInChromium('the app in Chromium through the browser host', () => {
  it('opens on the overview of the demo workspace, in Dutch', async () => {
    await page.goto(host.url);
    await expect.poll(() => page.getByTestId('count-cooperatives').innerText()).toContain('13');
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Overzicht');
    expect(await page.getByTestId('total-plan-cost').innerText()).toContain('€');
    expect(await seriousAxeViolations()).toEqual([]);
  });

  it('creates a cooperative that is still there after a reload', async () => {
    await page.getByTestId('nav-cooperatives').click();
    await page.getByRole('button', { name: 'Nieuwe coöperatie' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Naam', { exact: true }).fill('Wasserette De Schone Buurt');
    await dialog.getByLabel('Sector').selectOption('cleaning');
    await dialog.getByLabel('Fase').selectOption('startup');
    await dialog.getByLabel('Aantal leden').fill('27');
    await dialog.getByLabel('Stadsdeel').fill('Zuidoost');
    expect(await seriousAxeViolations()).toEqual([]);
    await dialog.getByRole('button', { name: 'Opslaan' }).click();
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    await expect.poll(() => page.getByRole('row', { name: /Wasserette De Schone Buurt/ }).count()).toBe(1);

    await page.reload();
    await page.getByTestId('nav-cooperatives').click();
    await expect.poll(() => page.getByRole('row', { name: /Wasserette De Schone Buurt/ }).count()).toBe(1);
    expect(await page.getByTestId('last-saved').innerText()).not.toContain('Nog niet');
  });

  it('shows a validation message next to a bad field and saves nothing', async () => {
    await page.getByRole('button', { name: 'Nieuwe coöperatie' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Naam', { exact: true }).fill('Fietsherstel Oost');
    await dialog.getByLabel('Sector').selectOption('mobility');
    await dialog.getByLabel('Fase').selectOption('idea');
    await dialog.getByLabel('Aantal leden').fill('-4');
    await dialog.getByRole('button', { name: 'Opslaan' }).click();
    const members = dialog.getByLabel('Aantal leden');
    await expect.poll(() => members.getAttribute('aria-invalid')).toBe('true');
    expect(await dialog.getByTestId('error-members').innerText()).toContain('minstens 0');
    await dialog.getByRole('button', { name: 'Annuleren' }).click();
    expect(await page.getByRole('row', { name: /Fietsherstel Oost/ }).count()).toBe(0);
  });

  it('undoes and redoes a deletion, putting the row back', async () => {
    const row = page.getByRole('row', { name: /Wasserette De Schone Buurt/ });
    await row.getByRole('button', { name: /Verwijderen/ }).click();
    await page.getByTestId('confirm-button').click();
    await expect.poll(() => row.count()).toBe(0);
    await page.getByTestId('undo').click();
    await expect.poll(() => row.count()).toBe(1);
    await page.getByTestId('redo').click();
    await expect.poll(() => row.count()).toBe(0);
    await page.keyboard.press('Control+z');
    await expect.poll(() => row.count()).toBe(1);
  });

  it('switches to English', async () => {
    await page.getByTestId('lang-en').click();
    await expect.poll(() => page.getByTestId('nav-cooperatives').innerText()).toBe('Cooperatives');
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Cooperatives');
    await page.getByTestId('lang-nl').click();
  });

  it('raised no errors in the page', () => {
    expect(pageErrors).toEqual([]);
  });
});
