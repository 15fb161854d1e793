/**
 * Issue 14, point 5 in Chromium, in Dutch: the report's files came one download at a
 * time. One "Alles downloaden (ZIP)" button now gives them all, each with the exact bytes
 * the host wrote beside the workspace.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { chromiumAvailable, useDemoApp, type WebHost } from './harness';

const describeInChromium = chromiumAvailable() ? describe : describe.skip;
const SCREENSHOTS = process.env['COOPFOLIO_SCREENSHOTS'];

let host: WebHost;
let page: Page;
let pageErrors: string[] = [];
useDemoApp('nieuwkomer-rapport.coopfolio', (app) => ({ host, page, pageErrors } = app));

const progress = () => page.getByTestId('report-progress');

describeInChromium('downloading every report file at once, in Dutch', () => {
  let names: string[] = [];
  let folder = '';

  it('exports the report of one scenario in every format the browser host writes', async () => {
    await page.goto(`${host.url}#/rapporten`);
    await page.getByTestId('report-export').waitFor();
    for (const id of ['klimaatversnelling', 'bezuiniging', 'sociaal-eerst']) {
      const box = page.getByTestId(`report-scenario-${id}`);
      if ((await box.count()) > 0 && (await box.isChecked())) await box.uncheck();
    }
    await page.getByTestId('report-format-pdf').uncheck();
    await page.getByTestId('report-export-button').click();
    await expect.poll(() => progress().getAttribute('data-phase'), { timeout: 180_000 }).toBe('done');
    names = (await page.getByTestId('report-files').locator('button').allInnerTexts()).map((n) => n.trim());
    expect(names.length).toBeGreaterThan(5);
    const status = await progress().locator('[role=status]').innerText();
    folder = /Rapport geschreven in (.+)\.$/.exec(status)?.[1] ?? '';
    expect(folder).not.toBe('');
  }, 240_000);

  it('puts every listed file into one ZIP with the bytes written beside the workspace', async () => {
    const button = page.getByRole('button', { name: 'Alles downloaden (ZIP)' });
    if (SCREENSHOTS !== undefined) {
      await button.scrollIntoViewIfNeeded();
      await page.screenshot({ path: join(SCREENSHOTS, 'rapporten-alles-downloaden.png') });
    }
    const download = page.waitForEvent('download');
    await button.click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^nieuwkomer-rapport-rapporten-.+\.zip$/);
    const path = await file.path();
    const unpacked = unzipSync(new Uint8Array(readFileSync(path)));
    expect(Object.keys(unpacked)).toEqual(names);
    for (const name of names) {
      expect(Buffer.from(unpacked[name]!).equals(readFileSync(join(folder, name)))).toBe(true);
    }
    await expect
      .poll(() => page.getByRole('status').allInnerTexts())
      .toEqual(expect.arrayContaining([expect.stringContaining(`${names.length} bestanden in`)]));
  });

  it('raised no errors in the page', () => {
    expect(pageErrors).toEqual([]);
  });
});
