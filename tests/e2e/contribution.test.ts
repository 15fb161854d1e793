/**
 * Issue 15, points 2 and 3 in Chromium, in Dutch and English: a demo scenario's
 * contribution view (the Doughnut of the difference, the table per indicator, the sums
 * per district, sector and partnership form that add up to the portfolio total) and the
 * City Portrait lenses. COOPFOLIO_SCREENSHOTS=<folder> saves the views as PNGs.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { seriousAxeViolations } from './axe';
import { chromiumAvailable, useDemoApp, type WebHost } from './harness';

const describeInChromium = chromiumAvailable() ? describe : describe.skip;
const SCREENSHOTS = process.env['COOPFOLIO_SCREENSHOTS'];

let host: WebHost;
let page: Page;
let pageErrors: string[] = [];
useDemoApp('bijdrage.coopfolio', (app) => ({ host, page, pageErrors } = app));

const view = () => page.getByTestId('contribution-view');
const groups = () => page.getByTestId('contribution-groups');

/** Every row of the group table (groups as columns): the groups' cells add up to the portfolio total. */
async function expectColumnsAddUp(): Promise<number> {
  const rows = groups().getByTestId('contribution-group-row');
  const count = await rows.count();
  for (let i = 0; i < count; i += 1) {
    const cells = await rows
      .nth(i)
      .locator('td')
      .evaluateAll((tds) =>
        tds.map((td) => (td as unknown as { dataset: Record<string, string> }).dataset['value'] ?? ''),
      );
    const total = Number(cells.pop());
    const sum = cells.filter((v) => v !== '').reduce((s, v) => s + Number(v), 0);
    expect(Math.abs(sum - total)).toBeLessThanOrEqual(1e-6 * Math.max(1, Math.abs(total)));
  }
  return count;
}

describeInChromium('the contribution view and the lenses', () => {
  it('runs a demo scenario and shows the Doughnut of the difference', async () => {
    await page.goto(`${host.url}#/scenarios`);
    await page.getByTestId('run-scenario').click();
    await expect
      .poll(() => page.getByTestId('scenario-run').getAttribute('data-state'), { timeout: 180_000 })
      .toBe('current');
    await view().waitFor();
    expect(await view().getByRole('heading', { level: 3 }).first().innerText()).toBe(
      'Bijdrage van het portfolio',
    );
    const wedges = view().getByTestId('contribution-wedge');
    expect(await wedges.count()).toBe(21);
    const states = await wedges.evaluateAll((gs) =>
      gs.map((g) => (g as unknown as { dataset: Record<string, string> }).dataset),
    );
    const shares = states.filter((s) => s['state'] === 'share').map((s) => Number(s['share']));
    expect(shares.length).toBeGreaterThan(0);
    expect(shares.some((share) => share > 0)).toBe(true);
    // The demo portfolio does not touch every dimension: those are shown as untouched, not as zero.
    expect(states.some((s) => s['state'] === 'untouched')).toBe(true);
    const title = await view().locator('[data-state=untouched] title').first().textContent();
    expect(title).toContain('niet geraakt door het portfolio');
  }, 240_000);

  it('lists the change per indicator with P10–P90 in its unit and in absolute units', async () => {
    const rows = view().getByTestId('contribution-row');
    expect(await rows.count()).toBeGreaterThan(0);
    const headers = await view().getByTestId('contribution-table').locator('thead th').allInnerTexts();
    expect(headers).toEqual([
      'Indicator',
      'Verandering',
      'P10–P90',
      'Absoluut',
      'P10–P90 absoluut',
      'Deel van de afstand',
      'P10–P90 van het deel',
    ]);
    const first = await rows.first().locator('td').allInnerTexts();
    expect(first[1]).toMatch(/ tot /);
    expect(first[3]).toMatch(/ tot /);
  });

  it('sums per district, sector and partnership form to the portfolio total, as columns or rows', async () => {
    expect(await expectColumnsAddUp()).toBeGreaterThan(0);
    expect(await groups().getByTestId('contribution-group-name').allInnerTexts()).not.toEqual([]);
    for (const kind of ['Sector', 'Samenwerkingsvorm']) {
      await groups().getByRole('radio', { name: kind, exact: true }).check();
      await expect.poll(() => groups().getAttribute('data-kind')).not.toBe('district');
      expect(await expectColumnsAddUp()).toBeGreaterThan(0);
    }
    await groups().getByRole('radio', { name: 'Rijen' }).check();
    await groups().getByTestId('contribution-group-total-row').waitFor();
    expect(await groups().getByTestId('contribution-group-total-row').locator('th').innerText()).toBe(
      'Totaal portfolio',
    );
    if (SCREENSHOTS !== undefined) {
      await view().screenshot({ path: join(SCREENSHOTS, 'bijdrage-van-het-portfolio.png') });
    }
    await groups().getByRole('radio', { name: 'Kolommen' }).check();
  });

  it('keeps the four lenses apart, each with its question', async () => {
    const picker = page.getByTestId('lens-picker');
    await picker.getByRole('radio', { name: /^Lokaal sociaal/ }).check();
    expect(await page.getByTestId('lens-question').innerText()).toMatch(
      /^Wat zou het betekenen voor de inwoners van /,
    );
    expect(await page.locator('#doughnut-title').innerText()).toContain('Lokaal sociaal');
    expect(await page.locator('#contribution-doughnut-title').innerText()).toContain('Lokaal sociaal');
    expect(await page.getByTestId('doughnut').innerText()).toContain('Geen indicator in deze lens');
    const lensRows = await view().getByTestId('contribution-row').count();
    await picker.getByRole('radio', { name: /^Mondiaal ecologisch/ }).check();
    expect(await page.getByTestId('lens-question').innerText()).toContain(
      'de gezondheid van de hele planeet',
    );
    // Social dimensions have no global-ecological indicator: their wedges show no data.
    const food = page.locator('[data-testid=doughnut-svg] [data-testid=doughnut-wedge][data-dimension=food]');
    expect(await food.getAttribute('data-status')).toBe('');
    await food.click();
    expect(await page.getByTestId('dimension-panel').innerText()).toContain(
      'De lens Mondiaal ecologisch heeft geen indicator voor deze dimensie.',
    );
    const otherRows = await view().getByTestId('contribution-row').count();
    await picker.getByRole('radio', { name: /^Alle lenzen/ }).check();
    const allRows = await view().getByTestId('contribution-row').count();
    expect(allRows).toBeGreaterThanOrEqual(lensRows + otherRows);
    if (SCREENSHOTS !== undefined) {
      await picker.getByRole('radio', { name: /^Lokaal sociaal/ }).check();
      const box = await page.getByTestId('lens-picker').boundingBox();
      if (box !== null) {
        await page.screenshot({
          path: join(SCREENSHOTS, 'donut-lens.png'),
          fullPage: true,
          clip: { x: 0, y: box.y - 60, width: 1360, height: 1100 },
        });
      }
      await picker.getByRole('radio', { name: /^Alle lenzen/ }).check();
    }
  });

  it('reads the same in English', async () => {
    await page.getByTestId('lang-en').click();
    await expect
      .poll(() => view().getByRole('heading', { level: 3 }).first().innerText())
      .toBe('Contribution of the portfolio');
    // The choices stay as the coach left them; only the words change.
    expect(await groups().getByRole('radio', { name: 'Partnership form' }).isChecked()).toBe(true);
    await groups().getByRole('radio', { name: 'District (stadsdeel)' }).check();
    expect(await expectColumnsAddUp()).toBeGreaterThan(0);
    expect(await groups().locator('thead th').last().innerText()).toBe('Portfolio total');
    await page
      .getByTestId('lens-picker')
      .getByRole('radio', { name: /^Global social/ })
      .check();
    expect(await page.getByTestId('lens-question').innerText()).toContain('wellbeing of people worldwide');
    await page
      .getByTestId('lens-picker')
      .getByRole('radio', { name: /^All lenses/ })
      .check();
    if (SCREENSHOTS !== undefined) {
      await view().screenshot({ path: join(SCREENSHOTS, 'contribution-of-the-portfolio.png') });
    }
    await page.getByTestId('lang-nl').click();
  });

  it('has no serious accessibility findings with a lens and the contribution view shown', async () => {
    await page
      .getByTestId('lens-picker')
      .getByRole('radio', { name: /^Lokaal ecologisch/ })
      .check();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page
      .getByTestId('lens-picker')
      .getByRole('radio', { name: /^Alle lenzen/ })
      .check();
  });

  it('raised no errors in the page', () => {
    expect(pageErrors).toEqual([]);
  });
});
