/**
 * Issue 14, points 1, 4 and 5 in Chromium, in Dutch: a coach records a cooperative's path
 * through the incubator (coach, intake date, stage history, coaching hours) with the
 * problems shown beside the fields, sees it in the list and the overview's pipeline, and
 * undoes and redoes it; then changes the workspace settings on the Settings screen
 * (percentages typed as percentages) and undoes that too. With COOPFOLIO_SCREENSHOTS=<folder>
 * the editor, the overview and the Settings screen are saved as PNGs there.
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
useDemoApp('incubator-path.coopfolio', (app) => ({ host, page, pageErrors } = app));

const COOP = { id: 'dakstroom-noord', name: 'Energiecoöperatie Dakstroom Noord' };

async function screenshot(name: string, target: 'page' | 'dialog' = 'page'): Promise<void> {
  if (SCREENSHOTS === undefined) return;
  const path = join(SCREENSHOTS, name);
  if (target === 'dialog') await page.getByRole('dialog').screenshot({ path });
  else await page.screenshot({ path, fullPage: true });
}

const row = () => page.locator(`[data-testid="cooperative-row"][data-id="${COOP.id}"]`);
const dialog = () => page.getByRole('dialog');
const errorAt = (field: string) => dialog().getByTestId(`error-${field}`);
const marchRow = () => page.locator('[data-testid=coaching-hours-overview] tr[data-month="2026-03"]');
const growthNow = async () => Number(await page.getByTestId('pipeline-current-growth').innerText());

/** Undo and redo from the keyboard, with focus outside any text field. */
async function shortcut(keys: string): Promise<void> {
  await page.locator('h1').click();
  await page.keyboard.press(keys);
}

describeInChromium('the incubator path and the Settings screen in Chromium, in Dutch', () => {
  let growthBefore = 0;

  it('records coach, intake, stage history and coaching hours, with problems beside their fields', async () => {
    await page.goto(host.url);
    await expect.poll(() => page.getByTestId('pipeline').count()).toBe(1);
    growthBefore = await growthNow();
    // The demo records coaching hours up to February 2026; March is still empty.
    expect(await marchRow().count()).toBe(0);

    await page.getByTestId('nav-cooperatives').click();
    await row()
      .getByRole('button', { name: `Bewerken: ${COOP.name}`, exact: true })
      .click();
    await dialog().getByLabel('Coach', { exact: true }).fill('Fatma Yılmaz');
    await dialog().getByLabel('Intakedatum').fill('2024-01-15');

    // The history starts from the stage and the intake date already entered.
    await dialog().getByRole('button', { name: 'Fasenverloop beginnen' }).click();
    expect(await dialog().getByLabel('Fase (regel 1)').inputValue()).toBe('startup');
    expect(await dialog().getByLabel('Vanaf (regel 1)').inputValue()).toBe('2024-01-15');
    await dialog().getByRole('button', { name: 'Nieuwe fase toevoegen' }).click();
    await dialog().getByLabel('Fase (regel 2)').selectOption({ label: 'Groei' });
    await dialog().getByLabel('Vanaf (regel 2)').fill('2023-06-01');
    // The current stage follows the history's last row and cannot be set apart from it.
    const stage = dialog().getByLabel('Fase', { exact: true });
    expect(await stage.inputValue()).toBe('Groei');
    expect(await stage.getAttribute('readonly')).not.toBeNull();

    await dialog().getByRole('button', { name: 'Maand toevoegen' }).click();
    await dialog().getByLabel('Maand (regel 1)').fill('2026-03');
    await dialog().getByLabel('Uren (regel 1)').fill('800');

    await dialog().getByRole('button', { name: 'Opslaan' }).click();
    await expect
      .poll(() => errorAt('stageHistory[1].from').innerText())
      .toBe('Moet na de datum van de vorige fase liggen (2024-01-15)');
    expect(await errorAt('coachingHours[0].hours').innerText()).toBe(
      'Moet tussen 0 en 744 uur liggen (een maand heeft hoogstens 744 uur)',
    );
    expect(await dialog().getByTestId('form-errors').innerText()).toContain('Er zijn 2 problemen');
    // Focus went to the first field in trouble.
    expect(await page.evaluate('document.activeElement?.getAttribute("aria-invalid")')).toBe('true');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot('cooperative-path-editor-errors-nl.png', 'dialog');

    await dialog().getByLabel('Vanaf (regel 2)').fill('2025-03-01');
    await dialog().getByLabel('Uren (regel 1)').fill('7,5');
    expect(await dialog().getByTestId('coaching-hours-total').innerText()).toBe('Totaal: 7,5 uur');
    await dialog().getByRole('button', { name: 'Opslaan' }).click();
    await expect.poll(() => dialog().count()).toBe(0);
    await expect.poll(() => page.getByTestId('notice-success').innerText()).toContain(COOP.name);

    const cells = await row().innerText();
    expect(cells).toContain('Groei');
    expect(cells).toContain('sinds mrt 2025');
    expect(cells).toContain('Fatma Yılmaz');
    expect(pageErrors).toEqual([]);
  });

  it('shows the path in the overview, and undoes and redoes it from the keyboard', async () => {
    await page.getByTestId('nav-overview').click();
    await expect.poll(growthNow).toBe(growthBefore + 1);
    expect(await marchRow().innerText()).toMatch(/mrt 2026\s+7,5\s+1/);
    await screenshot('overview-pipeline-nl.png');

    await shortcut('Control+z');
    await expect.poll(growthNow).toBe(growthBefore);
    expect(await page.getByTestId('notice-success').innerText()).toContain(
      `Ongedaan gemaakt: coöperatie “${COOP.name}” wijzigen`,
    );
    await expect.poll(() => marchRow().count()).toBe(0);

    await shortcut('Control+Shift+z');
    await expect.poll(growthNow).toBe(growthBefore + 1);
    await page.getByTestId('nav-cooperatives').click();
    await expect.poll(() => row().innerText()).toContain('Fatma Yılmaz');
    expect(pageErrors).toEqual([]);
  });

  it('changes settings on the Settings screen in percent, beside the field, and undoes it', async () => {
    await page.getByTestId('nav-settings').click();
    const form = page.getByTestId('settings-form');
    const rate = form.getByLabel('Discontovoet (%)');
    await expect.poll(() => rate.inputValue()).toBe('2,25');
    expect(await form.getByLabel('Referentierente (%)').inputValue()).toBe('6,42');
    expect(await page.getByTestId('backups-panel').count()).toBe(1);

    await rate.fill('150');
    await form.getByLabel('Gemeente', { exact: true }).fill('Gemeente Testdorp');
    await page.getByTestId('settings-save').click();
    await expect
      .poll(() => form.getByTestId('error-discountRate').innerText())
      .toBe('Moet een percentage tussen 0 en 100 zijn');
    expect(await page.evaluate('document.activeElement?.id')).toBe(await rate.getAttribute('id'));
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot('settings-error-nl.png');

    await rate.fill('3,5');
    await page.getByTestId('settings-save').click();
    await expect.poll(() => page.getByTestId('notice-success').innerText()).toBe('Instellingen opgeslagen.');
    await expect.poll(() => page.getByTestId('header-workspace').innerText()).toContain('Gemeente Testdorp');
    expect(await form.getByLabel('Discontovoet (%)').inputValue()).toBe('3,5');
    const storedRate = () => page.getByTestId('settings-form').getByLabel('Discontovoet (%)').inputValue();

    await page.getByTestId('undo').click();
    await expect.poll(storedRate).toBe('2,25');
    expect(await page.getByTestId('header-workspace').innerText()).not.toContain('Gemeente Testdorp');
    expect(await page.getByTestId('settings-form').getByLabel('Gemeente', { exact: true }).inputValue()).toBe(
      'Gemeente Amstelstad (fictief)',
    );
    expect(await page.getByTestId('notice-success').innerText()).toBe(
      'Ongedaan gemaakt: instellingen van de werkruimte wijzigen',
    );

    await shortcut('Control+y');
    await expect.poll(storedRate).toBe('3,5');
    // Stored, not just shown: a fresh page reads it back from the workspace file.
    await page.reload();
    await expect.poll(storedRate).toBe('3,5');
    expect(await page.getByTestId('header-workspace').innerText()).toContain('Gemeente Testdorp');
    expect(pageErrors).toEqual([]);
  });
});
