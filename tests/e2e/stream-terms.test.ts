/**
 * Issue 13, point 7 in Chromium: a coach edits a stream's peildatum and bron in Dutch and
 * sees the "terms out of date" flag appear in the streams list, and go again once the
 * terms are dated today. With COOPFOLIO_SCREENSHOTS=<folder> the editor and the flagged
 * list are saved as PNGs there (docs/screenshots/ holds the published ones).
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { localIsoDay } from '../../src/reports/terms-age';
import { seriousAxeViolations } from './axe';
import { chromiumAvailable, useDemoApp, type WebHost } from './harness';

const describeInChromium = chromiumAvailable() ? describe : describe.skip;
const SCREENSHOTS = process.env['COOPFOLIO_SCREENSHOTS'];

let host: WebHost;
let page: Page;
let pageErrors: string[] = [];
useDemoApp('stream-terms.coopfolio', (app) => ({ host, page, pageErrors } = app));

async function screenshot(name: string, target: 'page' | 'dialog' = 'page'): Promise<void> {
  if (SCREENSHOTS === undefined) return;
  const path = join(SCREENSHOTS, name);
  // Following a link into view may have scrolled the table sideways; a picture starts at its left.
  // As text: the project's TypeScript has no DOM library.
  await page.evaluate("document.querySelectorAll('.table-wrap').forEach((wrap) => { wrap.scrollLeft = 0; })");
  if (target === 'dialog') await page.getByRole('dialog').screenshot({ path });
  else await page.screenshot({ path, fullPage: false });
}

/** The first stream in the list, by its id, so it is found again after a save re-sorts nothing. */
async function firstStream(): Promise<{ id: string; name: string }> {
  const row = page.getByTestId('stream-row').first();
  const id = (await row.getAttribute('data-id')) ?? '';
  const name = (await row.getByRole('rowheader').innerText()).trim();
  return { id, name };
}

async function editTerms(name: string, termsDate: string, source: string | null): Promise<void> {
  await page.getByRole('button', { name: `Bewerken: ${name}`, exact: true }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Peildatum van de voorwaarden').fill(termsDate);
  if (source !== null) await dialog.getByLabel('Bron van de voorwaarden').fill(source);
}

async function save(): Promise<void> {
  await page.getByRole('dialog').getByRole('button', { name: 'Opslaan' }).click();
  await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
}

describeInChromium('dated stream terms in Chromium', () => {
  let stream: { id: string; name: string };
  const row = () => page.locator(`[data-testid="stream-row"][data-id="${stream.id}"]`);
  const flag = () => row().getByTestId('terms-flag');

  it('flags terms dated more than a year ago, with the date and the source, in Dutch', async () => {
    await page.goto(host.url);
    await page.getByTestId('nav-streams').click();
    await expect.poll(() => page.getByTestId('stream-row').count()).toBeGreaterThan(0);
    stream = await firstStream();

    await editTerms(stream.name, '2024-03-03', 'https://www.rvo.nl/subsidies-financiering/voorbeeld');
    const dialog = page.getByRole('dialog');
    // The editor says it before the save: the preview follows the date typed.
    await expect
      .poll(() => dialog.getByTestId('editor-terms-flag').innerText())
      .toContain('Voorwaarden verouderd (peildatum 3 maart 2024)');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await dialog.getByTestId('editor-terms-flag').scrollIntoViewIfNeeded();
    await screenshot('stream-editor-terms-nl.png', 'dialog');
    if (SCREENSHOTS !== undefined && (await dialog.getByTestId('loan-terms').count()) > 0) {
      await dialog.getByTestId('loan-terms').scrollIntoViewIfNeeded();
      await screenshot('stream-editor-loan-nl.png', 'dialog');
    }
    await save();

    await expect.poll(() => flag().getAttribute('data-status')).toBe('stale');
    expect(await flag().innerText()).toContain('Voorwaarden verouderd (peildatum 3 maart 2024)');
    const link = row().getByRole('link', { name: 'https://www.rvo.nl/subsidies-financiering/voorbeeld' });
    expect(await link.getAttribute('href')).toBe('https://www.rvo.nl/subsidies-financiering/voorbeeld');
    expect(await link.getAttribute('rel')).toContain('noopener');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot('streams-terms-flagged-nl.png');
  });

  it('drops the flag once the terms are dated today, and a regulation stays plain text', async () => {
    await editTerms(stream.name, localIsoDay(), 'Verordening (EU) 2023/2831');
    await save();
    await expect.poll(() => flag().getAttribute('data-status')).toBe('current');
    expect(await flag().innerText()).not.toContain('verouderd');
    expect(await row().getByTestId('terms-source').innerText()).toBe('Bron: Verordening (EU) 2023/2831');
    expect(await row().getByRole('link').count()).toBe(0);
  });

  it('flags terms without a peildatum, and undo brings the dated terms back', async () => {
    await editTerms(stream.name, '', null);
    await save();
    await expect.poll(() => flag().getAttribute('data-status')).toBe('missing');
    expect(await flag().innerText()).toContain('Voorwaarden zonder peildatum');
    await page.getByTestId('undo').click();
    await expect.poll(() => flag().getAttribute('data-status')).toBe('current');
    expect(pageErrors).toEqual([]);
  });
});
