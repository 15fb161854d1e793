/**
 * Issue 15, point 5 in Chromium: the Begrotingscyclus panel on the Portfolio screen, in
 * Dutch and then in English. The demo's Kievitsveld pilot keeps its coordinator after
 * 2029 and pays that today with the one-off Stimuleringsfonds, so its whole need is a
 * cliff; marking the fund structural in the stream editor moves that need to
 * "structural today", and undo puts the cliff back. Screenshots go to
 * /tmp/budget-cycle-<lang>.png.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { seriousAxeViolations } from './axe';
import { chromiumAvailable, useDemoApp, type WebHost } from './harness';

const describeInChromium = chromiumAvailable() ? describe : describe.skip;
const WAIT = { timeout: 120_000 };
const FUND = 'Stimuleringsfonds Coöperatief Ondernemen (fictief)';

let host: WebHost;
let page: Page;
let pageErrors: string[] = [];
useDemoApp('begrotingscyclus.coopfolio', (app) => ({ host, page, pageErrors } = app));

/** The panel once its figures are in (not busy, at least one year row). */
async function openPanel(): Promise<void> {
  await page.goto(`${host.url}#/portefeuille`);
  const panel = page.getByTestId('budget-cycle');
  await panel.getByTestId('budget-cycle-total').first().waitFor(WAIT);
  await expect.poll(() => panel.getAttribute('aria-busy'), WAIT).not.toBe('true');
}

/** A plan row's figure by column, as the data-value attribute carries it (euros). */
async function planFigure(planId: string, column: string): Promise<string> {
  const cell = page
    .getByTestId('budget-cycle-plan')
    .and(page.locator(`[data-id="${planId}"]`))
    .locator(`[data-column="${column}"]`);
  return column === 'oneOffShare' ? cell.innerText() : ((await cell.getAttribute('data-value')) ?? '');
}

/** Per year: all silos' structural and one-off as shown, and the sums of the silo rows above them. */
async function yearsAndSilos(): Promise<{ year: number[]; silos: number[] }[]> {
  return page.getByTestId('budget-cycle-years').evaluate((table) => {
    // The test files compile without the DOM library; the table is a DOM element in the page.
    type Cell = { getAttribute(name: string): string | null };
    const root = table as unknown as { querySelectorAll(selector: string): ArrayLike<Cell> };
    const values = (selector: string) =>
      Array.from(root.querySelectorAll(`${selector} td[data-year]`)).map((td) => ({
        year: Number(td.getAttribute('data-year')),
        value: Number(td.getAttribute('data-value')),
      }));
    const sumBy = (cells: { year: number; value: number }[], year: number) =>
      cells.filter((c) => c.year === year).reduce((s, c) => s + c.value, 0);
    const totalStructural = values('[data-measure="structural"]');
    const totalOneOff = values('[data-measure="oneOff"]');
    const siloStructural = values('[data-testid="budget-cycle-cell"][data-nature="structural"]');
    const siloOneOff = values('[data-testid="budget-cycle-cell"][data-nature="oneOff"]');
    return totalStructural.map(({ year, value }) => ({
      year: [value, sumBy(totalOneOff, year)],
      silos: [sumBy(siloStructural, year), sumBy(siloOneOff, year)],
    }));
  });
}

describeInChromium('the budget cycle on the Portfolio screen', () => {
  it('shows structural and one-off money per year and silo, adding up per year, in Dutch', async () => {
    await openPanel();
    const panel = page.getByTestId('budget-cycle');
    expect(await panel.getByRole('heading', { name: 'Begrotingscyclus' }).count()).toBe(1);
    const table = await panel.getByTestId('budget-cycle-years').innerText();
    for (const word of [
      'Structureel',
      'Incidenteel',
      'Nodig na pilotjaren',
      'Waarvan nu incidenteel',
      '2035',
    ]) {
      expect(table).toContain(word);
    }
    const rows = await yearsAndSilos();
    expect(rows.length).toBeGreaterThanOrEqual(10);
    for (const { year, silos } of rows) {
      expect(Math.abs(year[0]! - silos[0]!)).toBeLessThan(0.005);
      expect(Math.abs(year[1]! - silos[1]!)).toBeLessThan(0.005);
    }
    expect(rows.some((r) => r.year[0]! > 0) && rows.some((r) => r.year[1]! > 0)).toBe(true);
    expect(await panel.getByTestId('chart-budget-cycle').count()).toBe(1);
    // The pilot's coordinator goes on after 2029, paid today by the one-off fund: all of it a cliff.
    expect(await planFigure('kievitsveld-pilot', 'need')).toBe('19000');
    expect(await planFigure('kievitsveld-pilot', 'oneOffFunded')).toBe('19000');
    expect(await planFigure('kievitsveld-pilot', 'oneOffShare')).toBe('100%');
    await panel.screenshot({ path: '/tmp/budget-cycle-nl.png' });
    expect(await seriousAxeViolations(page)).toEqual([]);
  }, 240_000);

  it('follows a stream marked structural in its editor, and undo puts the cliff back', async () => {
    await page.goto(`${host.url}#/financieringsbronnen`);
    await page.getByRole('button', { name: `Bewerken: ${FUND}`, exact: true }).click();
    const dialog = page.getByRole('dialog');
    const nature = dialog.getByRole('group', { name: 'Aard van de middelen' });
    // The fund has a years window and says nothing itself in a file without the field;
    // the demo says one-off explicitly.
    expect(await nature.getByLabel('Incidenteel', { exact: true }).isChecked()).toBe(true);
    expect(await nature.innerText()).toContain('Volgens de looptijd (nu: incidenteel)');
    await nature.getByLabel('Structureel', { exact: true }).check();
    await dialog.getByRole('button', { name: 'Opslaan' }).click();
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);

    await openPanel();
    await expect.poll(() => planFigure('kievitsveld-pilot', 'oneOffFunded'), WAIT).toBe('0');
    expect(await planFigure('kievitsveld-pilot', 'structuralFunded')).toBe('19000');
    expect(await planFigure('kievitsveld-pilot', 'oneOffShare')).toBe('0%');

    await page.getByTestId('undo').click();
    await expect.poll(() => planFigure('kievitsveld-pilot', 'oneOffFunded'), WAIT).toBe('19000');
    expect(await planFigure('kievitsveld-pilot', 'oneOffShare')).toBe('100%');
  }, 240_000);

  it('speaks English after the language is switched in the header', async () => {
    await page.getByRole('button', { name: /English/ }).click();
    await expect.poll(() => page.evaluate('document.documentElement.lang')).toBe('en');
    await openPanel();
    const panel = page.getByTestId('budget-cycle');
    expect(await panel.getByRole('heading', { name: 'Budget cycle' }).count()).toBe(1);
    const head = await panel.getByTestId('budget-cycle-plans').locator('thead').innerText();
    for (const word of ['Continuing costs', 'Need per year', 'One-off today', 'Structural today']) {
      expect(head).toContain(word);
    }
    expect(await planFigure('kievitsveld-pilot', 'oneOffShare')).toBe('100%');
    await panel.screenshot({ path: '/tmp/budget-cycle-en.png' });
    expect(pageErrors).toEqual([]);
  }, 240_000);
});
