/**
 * The spreadsheet import's template in Chromium: downloaded from the panel, then chosen
 * as the file to import, it previews without a single problem and imports whole.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { chromiumAvailable, useDemoApp, type WebHost } from './harness';

const describeInChromium = chromiumAvailable() ? describe : describe.skip;

let host: WebHost;
let page: Page;
let pageErrors: string[] = [];
useDemoApp('template.coopfolio', (app) => ({ host, page, pageErrors } = app));

const panel = () => page.getByTestId('spreadsheet-import');

describeInChromium('the import template in Chromium', () => {
  it('downloads as an Excel workbook and imports as it is', async () => {
    await page.goto(`${host.url}#/rapporten`);
    const download = page.waitForEvent('download');
    await panel().getByTestId('spreadsheet-template-xlsx').click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('sjabloon-cooperaties.xlsx');
    const bytes = readFileSync(await file.path());
    expect(bytes.subarray(0, 2).toString()).toBe('PK');

    await panel().getByTestId('spreadsheet-file').setInputFiles({
      name: file.suggestedFilename(),
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: bytes,
    });
    await expect.poll(() => panel().getByTestId('spreadsheet-preview').count(), { timeout: 30_000 }).toBe(1);
    expect(await panel().getByTestId('spreadsheet-errors').count()).toBe(0);
    expect(pageErrors).toEqual([]);
  });

  it('offers the template of the kind chosen, also as CSV', async () => {
    await page.goto(`${host.url}#/rapporten`);
    await panel().getByLabel('Wat staat er in het bestand?').selectOption('fundingStreams');
    const download = page.waitForEvent('download');
    await panel().getByTestId('spreadsheet-template-csv').click();
    expect((await download).suggestedFilename()).toBe('sjabloon-financieringsbronnen.csv');
  });
});
