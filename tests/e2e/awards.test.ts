/**
 * Issue 14, applications and awards, in Chromium on the demo in Dutch: a coach records an
 * application in the plan builder, then the decision letter that grants it, and sees the
 * plan's blend change and the report due appear in "Deze week". With
 * COOPFOLIO_SCREENSHOTS=<folder> the awards section and the week view are saved as PNGs.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { loadDemoWorkspace } from '../../src/data';
import { addDays, localIsoDate } from '../../src/model/award-week';
import { seriousAxeViolations } from './axe';
import { chromiumAvailable, useDemoApp, type WebHost } from './harness';

const describeInChromium = chromiumAvailable() ? describe : describe.skip;
const SCREENSHOTS = process.env['COOPFOLIO_SCREENSHOTS'];

let host: WebHost;
let page: Page;
let pageErrors: string[] = [];
useDemoApp('awards.coopfolio', (app) => ({ host, page, pageErrors } = app));

// The demo's exploration of a housing cooperative: its blend leaves a gap, so every euro of
// "Subsidieregeling Buurtinitiatieven" (EUR 20,000 in the blend) shows in the plan's funding.
const PLAN = 'vrije-verdieping-verkenning';
const STREAM = 'buurtinitiatieven';
/** Dutch amounts keep the euro sign and figure together with a no-break space. */
const nbsp = (text: string) => text.replace(/€ /g, '€\u00a0');
const row = () => page.locator(`[data-testid=award-row][data-stream=${STREAM}]`);

/** The plan's standalone outside funding once the blend is current, in euros. */
async function fundedNow(): Promise<number> {
  const summary = page.getByTestId('plan-summary');
  await expect.poll(() => summary.getAttribute('data-state'), { timeout: 60_000 }).toBe('current');
  return Number(await page.getByTestId('summary-funded').getAttribute('data-value'));
}

describeInChromium('applications and awards, in Dutch', () => {
  it('records an application: the blend counts on the stream as before', async () => {
    await page.goto(`${host.url}#/plannen/${PLAN}`);
    await page.getByTestId('awards').waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('awards-empty').innerText()).toBe('Nog geen aanvragen voor dit plan.');
    const before = await fundedNow();

    await page.getByTestId('add-award').click();
    const dialog = page.getByTestId('award-editor');
    await dialog.waitFor();
    await dialog.getByLabel('Financieringsbron').selectOption(STREAM);
    expect(await dialog.getByLabel('Status').inputValue()).toBe('applied');
    await dialog.getByLabel('Aangevraagd bedrag (€)').fill('20.000');
    await dialog.getByLabel('Aangevraagd op').fill('2026-03-02');
    await dialog.getByTestId('award-save').click();
    await dialog.waitFor({ state: 'detached' });

    await row().waitFor();
    expect(await row().getByTestId('award-status').innerText()).toBe('Aangevraagd');
    expect(await row().innerText()).toContain(nbsp('€ 20.000'));
    expect(await page.getByTestId('notice-success').innerText()).toContain('Aanvraag bij');
    await expect
      .poll(() => row().getByTestId('award-outcome').innerText(), { timeout: 60_000 })
      .toMatch(
        /^In de mix:\s*De aanvraag bij “Subsidieregeling Buurtinitiatieven \(fictief\)” voor .* loopt \(ingediend 2 maart 2026\): de mix rekent met €\u00a020\.000,00, met een kans op toekenning van 80%\.$/,
      );
    expect(await fundedNow()).toBe(before);
  });

  it('marks it granted from the decision letter: the plan gets exactly the granted amount', async () => {
    const before = await fundedNow();
    await row()
      .getByRole('button', { name: /^Bewerken/ })
      .click();
    const dialog = page.getByTestId('award-editor');
    await dialog.waitFor();
    await dialog.getByLabel('Status').selectOption('granted');
    await dialog.getByTestId('award-save').click();
    // Nothing saved yet: what a grant needs is said beside its fields.
    expect(await dialog.getByTestId('error-granted').innerText()).toBe(
      'Vul het toegekende bedrag uit de beschikking in',
    );
    expect(await dialog.getByTestId('error-decidedOn').innerText()).toBe(
      'Vul de datum van de beschikking in',
    );
    if (SCREENSHOTS !== undefined) {
      await dialog.screenshot({ path: join(SCREENSHOTS, 'aanvraag-toegekend-zonder-bedrag.png') });
    }

    const due = addDays(localIsoDate(new Date()), 10);
    await dialog.getByLabel('Toegekend bedrag (€)').fill('12.500');
    await dialog.getByLabel('Datum beschikking').fill('2026-04-15');
    await dialog.getByLabel('Kenmerk beschikking').fill('BI-2026-0417');
    await dialog.getByLabel('Verantwoorden vóór').fill(due);
    await dialog.getByLabel('Kenmerk beschikking').press('Enter');
    await dialog.waitFor({ state: 'detached' });

    await expect.poll(() => row().getByTestId('award-status').innerText()).toBe('Toegekend');
    expect(await row().getByTestId('award-granted').innerText()).toBe(nbsp('€ 12.500'));
    // EUR 7,500 less from this stream, and no other stream has room left: the plan's figure drops by it.
    await expect.poll(fundedNow, { timeout: 60_000 }).toBe(before - 7500);
    expect(await row().getByTestId('award-outcome').innerText()).toContain(
      nbsp(
        'heeft € 12.500,00 toegekend aan “Verkenning wooncoöperatie in een leegstaand kantoorpand” (beschikking BI-2026-0417): de beschikking legt het totaal van deze bron vast',
      ),
    );
    if (SCREENSHOTS !== undefined) {
      await page
        .getByTestId('awards')
        .screenshot({ path: join(SCREENSHOTS, 'aanvragen-en-toekenningen.png') });
    }

    // Undo and redo from the keyboard, as for an edit in the grid.
    await page.getByTestId('awards').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Control+z');
    await expect.poll(() => row().getByTestId('award-status').innerText()).toBe('Aangevraagd');
    await expect.poll(fundedNow, { timeout: 60_000 }).toBe(before);
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(() => row().getByTestId('award-status').innerText()).toBe('Toegekend');
    await expect.poll(fundedNow, { timeout: 60_000 }).toBe(before - 7500);
  });

  it('lists the report due in “Deze week”, under the plan’s coach', async () => {
    await page.getByTestId('nav-week').click();
    const item = page.locator('[data-testid=week-item][data-kind=reportDue]');
    await item.waitFor({ timeout: 60_000 });
    const text = await item.innerText();
    expect(text).toContain('over 10 dagen');
    expect(text).toContain('Verantwoording');
    expect(text).toContain('beschikking BI-2026-0417');
    expect(text).toContain(nbsp('€ 12.500,00'));
    // Under the coach of the plan's cooperative (or "Zonder coach" when it has none).
    const coach = loadDemoWorkspace().cooperatives.find((c) => c.id === 'vrije-verdieping')?.coach;
    const group = page.locator('[data-testid=week-group]', { has: item });
    expect(await group.getAttribute('data-coach')).toBe(coach ?? '');
    expect(await group.locator('h2').innerText()).toContain(coach ?? 'Zonder coach');
    expect(await page.locator('h1').innerText()).toBe('Deze week');
    expect(await seriousAxeViolations(page)).toEqual([]);
    if (SCREENSHOTS !== undefined)
      await page.screenshot({ path: join(SCREENSHOTS, 'deze-week.png'), fullPage: true });
    await item.getByRole('link').click();
    await page.getByTestId('awards').waitFor({ timeout: 60_000 });
    expect(pageErrors).toEqual([]);
  });
});
