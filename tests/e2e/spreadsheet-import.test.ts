import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { seriousAxeViolations } from './axe';
import { chromiumAvailable, useDemoApp, type WebHost } from './harness';

const describeInChromium = chromiumAvailable() ? describe : describe.skip;

let host: WebHost;
let page: Page;
let pageErrors: string[] = [];
useDemoApp('spreadsheet-import.coopfolio', (app) => ({ host, page, pageErrors } = app));

/** A Dutch Excel CSV: `;`-separated, with a byte-order mark. Row 3's "Leden" is not a number; the last column is. */
const CSV = [
  'Id;Naam;Sector;Rechtsvorm;Fase;Leden;Aantal leden 2025',
  'e2e-wasserij;Wasserij Zuidoost;schoonmaak;Coöperatie U.A.;opstart;27;27',
  'e2e-fietsen;=HYPERLINK("http://x");mobiliteit;vereniging;groei;veel;140',
  '',
].join('\r\n');

const panel = () => page.getByTestId('spreadsheet-import');
const plain = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim();

describeInChromium('importing a spreadsheet in Chromium', () => {
  it('previews a CSV with a suggested mapping and names the problem by row and column', async () => {
    await page.goto(`${host.url}#/rapporten`);
    await panel()
      .getByTestId('spreadsheet-file')
      .setInputFiles({
        name: 'coöperaties.csv',
        mimeType: 'text/csv',
        buffer: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(CSV, 'utf8')]),
      });
    await expect.poll(() => panel().getByTestId('spreadsheet-preview').count(), { timeout: 30_000 }).toBe(1);
    expect(await panel().getByLabel('Leden *').inputValue()).toBe('Leden');
    expect(await panel().getByLabel('Stadsdeel').inputValue()).toBe('');
    const errors = panel().getByTestId('spreadsheet-errors');
    expect(plain(await errors.locator('li').first().innerText())).toContain(
      'Rij 3, kolom “Leden”: Moet een getal zijn',
    );
    expect(await panel().getByTestId('spreadsheet-apply').isDisabled()).toBe(true);
    // The formula-like name is shown as the text it is.
    expect(
      await panel()
        .getByRole('row', { name: /=HYPERLINK/ })
        .count(),
    ).toBe(1);
    expect(await seriousAxeViolations(page)).toEqual([]);
  });

  it('moves to the row of a problem from the list', async () => {
    await panel().getByRole('button', { name: 'Toon rij 3 in het voorbeeld' }).click();
    expect(await page.locator(':focus').getAttribute('data-status')).toBe('invalid');
  });

  it('takes another column for a field, checks again, and imports in one step after confirming', async () => {
    await panel().getByLabel('Leden *').selectOption('Aantal leden 2025');
    await expect.poll(() => panel().getByTestId('spreadsheet-errors').count(), { timeout: 30_000 }).toBe(0);
    await expect
      .poll(async () => plain(await panel().getByTestId('spreadsheet-summary').innerText()))
      .toContain('2 rijen: 2 nieuw');
    await expect.poll(() => panel().getByTestId('spreadsheet-apply').isEnabled()).toBe(true);

    await panel().getByTestId('spreadsheet-apply').click();
    const dialog = page.getByTestId('spreadsheet-confirm');
    expect(plain(await dialog.innerText())).toContain('2 nieuw');
    await dialog.getByTestId('confirm-button').click();
    await expect
      .poll(() => panel().getByTestId('spreadsheet-done').innerText(), { timeout: 30_000 })
      .toContain('Geïmporteerd: 2 nieuw, 0 bijgewerkt');

    await page.getByTestId('nav-cooperatives').click();
    await expect.poll(() => page.getByRole('row', { name: /Wasserij Zuidoost/ }).count()).toBe(1);
    expect(await page.getByRole('row', { name: /=HYPERLINK/ }).count()).toBe(1);
    expect(pageErrors).toEqual([]);
  });

  it('refuses the same file again in add-only mode: the ids exist now', async () => {
    await page.getByTestId('nav-reports').click();
    await panel()
      .getByTestId('spreadsheet-file')
      .setInputFiles({
        name: 'coöperaties.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from(CSV, 'utf8'),
      });
    await expect.poll(() => panel().getByTestId('spreadsheet-errors').count(), { timeout: 30_000 }).toBe(1);
    expect(plain(await panel().getByTestId('spreadsheet-errors').innerText())).toContain(
      'Rij 2, kolom “Id”: "e2e-wasserij" bestaat al',
    );
    expect(await panel().getByTestId('spreadsheet-apply').isDisabled()).toBe(true);
  });
});
