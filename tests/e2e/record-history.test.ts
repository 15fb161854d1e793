/**
 * Issue 17, a record's history in Chromium: an amount typed into the plan builder's grid
 * shows up in the plan's "Geschiedenis" panel as who changed which field from what to
 * what, in words and euros, newest first, and the panel follows a later save.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { seriousAxeViolations } from './axe';
import { chromiumAvailable, useDemoApp, type DemoApp } from './harness';

const describeInChromium = chromiumAvailable() ? describe : describe.skip;

let app: DemoApp;
useDemoApp('record-history.coopfolio', (opened) => (app = opened));

const cell = (page: Page) => page.getByTestId('cell-beheer-2027');
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

async function enter(page: Page, text: string): Promise<void> {
  await cell(page).click();
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
}

/** The first (newest) event's first change as [field, before, after]. */
async function newestChange(page: Page): Promise<string[]> {
  const row = page.getByTestId('history-event').first().getByTestId('history-change').first();
  if ((await row.count()) === 0) return [];
  return (await row.locator('th, td').allInnerTexts()).map(plain);
}

describeInChromium('the plan builder shows the plan history', () => {
  it('lists the changed amount with who changed it, before and after', async () => {
    const page = app.page;
    await page.goto(`${app.host.url}#/plannen/zon-op-oost`);
    await cell(page).waitFor();

    await page.getByTestId('history-toggle').click();
    // The demo plan's creation is the only event so far: no field changes listed.
    await page.getByTestId('history-event').first().waitFor();
    expect(await page.getByTestId('history-change').count()).toBe(0);
    expect(await page.getByTestId('history-event').first().innerText()).toContain('aangemaakt');

    await enter(page, '20000');
    await expect
      .poll(() => newestChange(page), { timeout: 30_000 })
      .toEqual(['Kosten › Beheer, verzekering en onderhoud › Bedragen › 2027', '€ 18.000,00', '€ 20.000,00']);
    const newest = page.getByTestId('history-event').first();
    expect(await newest.innerText()).toContain('local');
    // A Dutch date and time: "8 dec 2026 02:30" or similar.
    expect(await newest.innerText()).toMatch(/\d{1,2} [a-z]{3}\.? \d{4}.*\d{2}:\d{2}/);

    await enter(page, '21000');
    await expect
      .poll(() => newestChange(page), { timeout: 30_000 })
      .toEqual(['Kosten › Beheer, verzekering en onderhoud › Bedragen › 2027', '€ 20.000,00', '€ 21.000,00']);
    expect(await page.getByTestId('history-event').count()).toBe(3);
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(app.pageErrors).toEqual([]);
  });

  it('shows the panel on the cooperative page and in the stream editor too', async () => {
    const page = app.page;
    await page.goto(`${app.host.url}#/cooperaties/zonnewende-oost`);
    await page.getByTestId('history-toggle').click();
    await expect
      .poll(() => page.getByTestId('history-event').first().innerText(), { timeout: 30_000 })
      .toContain('aangemaakt');

    await page.goto(`${app.host.url}#/financieringsbronnen`);
    await page
      .locator('[data-testid="stream-row"][data-id="sociaal-domein-innovatie"]')
      .getByRole('button', { name: /^Bewerken: / })
      .click();
    const dialog = page.getByRole('dialog');
    await dialog.getByTestId('history-toggle').click();
    await expect
      .poll(() => dialog.getByTestId('history-event').first().innerText(), { timeout: 30_000 })
      .toContain('aangemaakt');
    expect(app.pageErrors).toEqual([]);
  });
});
