import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { seriousAxeViolations } from './axe';
import { chromiumAvailable, useDemoApp, type WebHost } from './harness';

const describeInChromium = chromiumAvailable() ? describe : describe.skip;

let host: WebHost;
let page: Page;
let pageErrors: string[] = [];
useDemoApp('reservekopie.coopfolio', (app) => ({ host, page, pageErrors } = app));

const panel = () => page.getByTestId('backups-panel');
const rows = () => page.getByTestId('backups-row');
const automaticRows = () => page.locator('[data-testid=backups-row][data-kind=rotating]');
const keep = () => page.getByTestId('backups-keep');
const save = () => page.getByTestId('backups-save');
const keepError = () => page.getByTestId('backups-keep-error');

async function folder(): Promise<string> {
  return (await page.getByTestId('backups-folder').innerText()).trim();
}

/** The file names in the table, newest first. */
async function fileNames(): Promise<string[]> {
  return (await rows().locator('td:nth-child(4)').allInnerTexts()).map((name) => name.trim());
}

/** Makes a backup through the panel and waits until the table lists it. */
async function makeBackup(): Promise<string> {
  const before = await fileNames();
  await page.getByTestId('backups-create').click();
  await expect.poll(async () => (await fileNames())[0], { timeout: 15_000 }).not.toBe(before[0]);
  await expect.poll(() => page.getByTestId('backups-create').isEnabled()).toBe(true);
  return (await fileNames())[0]!;
}

describeInChromium('the backups panel in Chromium', () => {
  it('lists the automatic backup made when the workspace was opened', async () => {
    await page.goto(`${host.url}#/instellingen`);
    await panel().waitFor();
    // The backup on open runs beside the start of the host; look again until it is listed.
    await expect
      .poll(
        async () => {
          if ((await rows().count()) === 0) {
            await page.reload();
            await page.getByTestId('backups-folder').waitFor();
          }
          return automaticRows().count();
        },
        { timeout: 20_000, interval: 500 },
      )
      .toBeGreaterThanOrEqual(1);
    expect(await automaticRows().first().innerText()).toContain('regulier');
    expect(await folder()).toMatch(/backups$/);
    expect(await keep().inputValue()).toBe('10');
    expect(await page.getByTestId('backups-automatic').isChecked()).toBe(true);
    expect(await save().isDisabled()).toBe(true);
    expect(await seriousAxeViolations(page)).toEqual([]);
  });

  it('makes a backup on request and writes it into the listed folder', async () => {
    const count = await rows().count();
    const made = await makeBackup();
    expect(await rows().count()).toBe(count + 1);
    expect(made).toMatch(/\.coopfolio$/);
    expect(existsSync(join(await folder(), made))).toBe(true);
  });

  it('refuses a number of backups to keep that is not a whole number from 1 to 100', async () => {
    for (const text of ['0', '2,5', '101', '']) {
      await keep().fill(text);
      await keepError().waitFor();
      expect(await keepError().innerText()).toContain('Aantal reguliere reservekopieën bewaren');
      expect(await keep().getAttribute('aria-invalid')).toBe('true');
      expect(await save().isDisabled()).toBe(true);
    }
    await keep().fill('10');
    expect(await keepError().count()).toBe(0);
    expect(await save().isDisabled()).toBe(true);
  });

  it('keeps only as many automatic backups as set, and stores that in the preferences', async () => {
    await keep().fill('2');
    expect(await save().isEnabled()).toBe(true);
    await save().click();
    // Saved: the form shows the stored policy again, so there is nothing left to save.
    await expect.poll(() => save().isDisabled(), { timeout: 10_000 }).toBe(true);
    expect(await keep().inputValue()).toBe('2');
    // Save is also disabled while the save is on its way: wait for the file, not the button.
    const preferences = join(dirname(await folder()), 'user-data', 'preferences.json');
    const storedKeep = () =>
      existsSync(preferences)
        ? (JSON.parse(readFileSync(preferences, 'utf8')) as { backups?: { keep?: number } }).backups?.keep
        : undefined;
    await expect.poll(storedKeep, { timeout: 30_000, interval: 100 }).toBe(2);

    await makeBackup();
    const newest = await makeBackup();
    expect(await automaticRows().count()).toBe(2);
    expect((await fileNames())[0]).toBe(newest);
    for (const name of await fileNames()) expect(existsSync(join(await folder(), name))).toBe(true);
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  it('goes back to a backup after asking (Cancel first), keeping the current version as a backup', async () => {
    const name = 'Wasserette Terug In De Tijd';
    const coopRow = () => page.getByRole('row', { name: new RegExp(name) });
    await page.getByTestId('nav-cooperatives').click();
    await page.getByRole('button', { name: 'Nieuwe coöperatie' }).click();
    const form = page.getByRole('dialog');
    await form.getByLabel('Naam', { exact: true }).fill(name);
    await form.getByLabel('Sector').selectOption('cleaning');
    await form.getByLabel('Fase').selectOption('startup');
    await form.getByLabel('Aantal leden').fill('12');
    await form.getByRole('button', { name: 'Opslaan' }).click();
    await expect.poll(() => coopRow().count()).toBe(1);

    // The newest backup was made before the new cooperative.
    await page.goto(`${host.url}#/instellingen`);
    await panel().waitFor();
    await rows().first().getByTestId('backups-restore').click();
    const dialog = page.getByTestId('backups-restore-dialog');
    await dialog.waitFor();
    expect((await page.locator(':focus').innerText()).trim()).toBe('Annuleren');
    await dialog.getByRole('button', { name: 'Annuleren' }).click();
    await page.getByTestId('nav-cooperatives').click();
    expect(await coopRow().count()).toBe(1);

    await page.goto(`${host.url}#/instellingen`);
    await rows().first().getByTestId('backups-restore').click();
    await page.getByTestId('backups-restore-dialog').getByTestId('confirm-button').click();
    await expect.poll(() => page.getByTestId('backups-restore-dialog').count(), { timeout: 15_000 }).toBe(0);
    await expect
      .poll(() => page.locator('[data-testid=backups-row][data-kind=before-replace]').count(), {
        timeout: 15_000,
      })
      .toBe(1);
    await page.getByTestId('nav-cooperatives').click();
    await expect.poll(() => coopRow().count()).toBe(0);

    // The version kept aside holds the new cooperative: restoring it undoes the step.
    await page.goto(`${host.url}#/instellingen`);
    await page
      .locator('[data-testid=backups-row][data-kind=before-replace]')
      .getByTestId('backups-restore')
      .click();
    await page.getByTestId('backups-restore-dialog').getByTestId('confirm-button').click();
    await expect.poll(() => page.getByTestId('backups-restore-dialog').count(), { timeout: 15_000 }).toBe(0);
    await page.getByTestId('nav-cooperatives').click();
    await expect.poll(() => coopRow().count()).toBe(1);
    expect(pageErrors).toEqual([]);
  });
});
