/**
 * Issue 14, point 5 in Chromium, in Dutch: a cooperative that has plans can be deleted.
 * The dialog names its plans and asks whether to move them to another cooperative or to
 * delete them too; no message shows an id or the file's path; undo puts everything back.
 * With COOPFOLIO_SCREENSHOTS=<folder> the dialog is saved as a PNG there.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { seriousAxeViolations } from './axe';
import { chromiumAvailable, useDemoApp, type WebHost } from './harness';

const describeInChromium = chromiumAvailable() ? describe : describe.skip;
const SCREENSHOTS = process.env['COOPFOLIO_SCREENSHOTS'];

/** Vitest polls for one second by default; a busy CI machine needs longer for a page or a save. */
function patientPoll<T>(read: () => T | Promise<T>) {
  return expect.poll(read, { timeout: 30_000 });
}

let host: WebHost;
let page: Page;
let pageErrors: string[] = [];
useDemoApp('nieuwkomer-cooperatie.coopfolio', (app) => ({ host, page, pageErrors } = app));

const OWNER = 'Energiecoöperatie Zonnewende Oost';
const TARGET = 'Energiecoöperatie Dakstroom Noord';
const PLANS = [
  'Zon op Oost: 1,2 MWp op schooldaken en bedrijfshallen',
  'Buurtwarmte Oost: collectief warmtenet voor 400 woningen',
];

const ownerRow = () => page.getByRole('row', { name: new RegExp(`^${OWNER}`) });

async function openDelete(): Promise<void> {
  await ownerRow()
    .getByRole('button', { name: `Verwijderen: ${OWNER}` })
    .click();
  await page.getByTestId('delete-dialog').waitFor();
}

/** The plans screen's rows, as "plan name → cooperative" texts. */
async function planRows(): Promise<string[]> {
  await page.goto(`${host.url}#/plannen`);
  await patientPoll(() => page.getByRole('row').count()).toBeGreaterThan(1);
  return page.getByRole('row').allInnerTexts();
}

async function backToCooperatives(): Promise<void> {
  await page.goto(`${host.url}#/cooperaties`);
  await patientPoll(() => page.getByRole('row').count()).toBeGreaterThan(1);
}

describeInChromium('deleting a cooperative with plans, in Dutch', () => {
  it('names the plans and asks what happens to them, without ids or the file path', async () => {
    await page.goto(`${host.url}#/cooperaties`);
    await patientPoll(() => ownerRow().count()).toBe(1);
    await openDelete();
    const dialog = page.getByTestId('delete-dialog');
    const text = await dialog.innerText();
    expect(text).toContain(`Coöperatie “${OWNER}” heeft nog 2 plannen`);
    for (const plan of PLANS) expect(text).toContain(`“${plan}”`);
    expect(text).toContain('Wat moet er met deze plannen gebeuren?');
    expect(text).not.toMatch(/zonnewende-oost|zon-op-oost|\.coopfolio|\/tmp/);
    expect(await seriousAxeViolations(page)).toEqual([]);
    if (SCREENSHOTS !== undefined) {
      await dialog.screenshot({ path: join(SCREENSHOTS, 'coöperatie-verwijderen-met-plannen.png') });
    }
  });

  it('asks for the cooperative the plans move to, next to the field', async () => {
    const dialog = page.getByTestId('delete-dialog');
    await dialog.getByRole('button', { name: 'Plannen verplaatsen en coöperatie verwijderen' }).click();
    const select = dialog.getByLabel('Verplaatsen naar', { exact: true });
    await patientPoll(() => select.getAttribute('aria-invalid')).toBe('true');
    expect(await dialog.innerText()).toContain('Kies de coöperatie waar de plannen naartoe gaan');
    expect(await ownerRow().count()).toBe(1);
  });

  it('refuses while a municipal contract names the cooperative, saying where it is recorded', async () => {
    const dialog = page.getByTestId('delete-dialog');
    await dialog.getByLabel('Verplaatsen naar', { exact: true }).selectOption({ label: TARGET });
    await dialog.getByRole('button', { name: 'Plannen verplaatsen en coöperatie verwijderen' }).click();
    await patientPoll(() => dialog.innerText()).toContain('inkoopopdrachten (Inkoop) in 2026');
    expect(await ownerRow().count()).toBe(1);
    await dialog.getByRole('button', { name: 'Annuleren' }).click();
    // The contract is history the incubator may remove on the Inkoop screen; then the cooperative can go.
    await page.goto(`${host.url}#/inkoop`);
    const form = page.getByTestId('procurement-form');
    await form.getByRole('button', { name: new RegExp(`^Opdracht weghalen: ${OWNER}`) }).click();
    await form.getByTestId('procurement-save').click();
    await expect
      .poll(() => form.getByRole('button', { name: new RegExp(`^Opdracht weghalen: ${OWNER}`) }).count())
      .toBe(0);
    await patientPoll(() => page.getByTestId('notice-success').count()).toBeGreaterThan(0);
    await backToCooperatives();
    await openDelete();
  });

  it('moves the plans to another cooperative and deletes it; undo takes everything back', async () => {
    const dialog = page.getByTestId('delete-dialog');
    await dialog.getByLabel('Verplaatsen naar', { exact: true }).selectOption({ label: TARGET });
    await dialog.getByRole('button', { name: 'Plannen verplaatsen en coöperatie verwijderen' }).click();
    await patientPoll(() => page.getByTestId('delete-dialog').count()).toBe(0);
    await patientPoll(() => ownerRow().count()).toBe(0);
    const rows = await planRows();
    for (const plan of PLANS) expect(rows.find((row) => row.includes(plan))).toContain(TARGET);

    await page.getByTestId('undo').click();
    await patientPoll(async () => (await planRows()).find((row) => row.includes(PLANS[0]!))).toContain(OWNER);
    await backToCooperatives();
    expect(await ownerRow().count()).toBe(1);
  });

  it('deletes the plans too when asked, and undo brings cooperative and plans back', async () => {
    await openDelete();
    const dialog = page.getByTestId('delete-dialog');
    await dialog.getByLabel('De plannen ook verwijderen (ook uit de scenario’s)').check();
    await dialog.getByRole('button', { name: 'Coöperatie en 2 plannen verwijderen' }).click();
    await patientPoll(() => ownerRow().count()).toBe(0);
    expect(await page.getByRole('status').allInnerTexts()).toEqual(
      expect.arrayContaining([
        expect.stringContaining(`Coöperatie “${OWNER}” en haar 2 plannen verwijderd.`),
      ]),
    );
    const rows = await planRows();
    for (const plan of PLANS) expect(rows.some((row) => row.includes(plan))).toBe(false);

    await page.keyboard.press('Control+z');
    await expect
      .poll(async () => (await planRows()).filter((row) => PLANS.some((p) => row.includes(p))))
      .toHaveLength(2);
    await backToCooperatives();
    expect(await ownerRow().count()).toBe(1);
  });

  it('raised no errors in the page', () => {
    expect(pageErrors).toEqual([]);
  });
});
