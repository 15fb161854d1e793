/**
 * Issue 14, point 5 in Chromium, in Dutch: two new funding streams left as the form gave
 * them once closed the demo portfolio's whole gap without a word. Now a new stream is a
 * draft ("Concept") that no calculation uses; marking it ready asks for its budget and
 * eligibility on purpose, and the portfolio then says which stream pays most of the money.
 * Percentages are said in percent throughout. With COOPFOLIO_SCREENSHOTS=<folder> the
 * streams list, the editor and the portfolio warning are saved as PNGs there.
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
useDemoApp('nieuwkomer-bronnen.coopfolio', (app) => ({ host, page, pageErrors } = app));

const NEW_STREAMS = ['Nieuwe regeling A', 'Nieuwe regeling B'];

async function screenshot(name: string, target: 'page' | 'dialog' = 'page'): Promise<void> {
  if (SCREENSHOTS === undefined) return;
  const path = join(SCREENSHOTS, name);
  if (target === 'dialog') await page.getByRole('dialog').screenshot({ path });
  else await page.screenshot({ path, fullPage: false });
}

/** The portfolio gap of the first scenario (Basis) once its analysis is in, in euros. */
async function portfolioGap(): Promise<number> {
  await page.goto(`${host.url}#/portefeuille`);
  const value = page.getByTestId('metric-gap-value');
  await value.waitFor({ timeout: 120_000 });
  await expect
    .poll(() => page.getByTestId('portfolio-analysis').getAttribute('aria-busy'), { timeout: 120_000 })
    .not.toBe('true');
  return Number(await value.getAttribute('data-value'));
}

const streamRow = (name: string) => page.getByRole('row', { name: new RegExp(`^${name}`) });

async function openStreams(): Promise<void> {
  await page.goto(`${host.url}#/financieringsbronnen`);
  await expect.poll(() => page.getByTestId('stream-row').count()).toBeGreaterThan(0);
}

async function save(): Promise<void> {
  await page.getByRole('dialog').getByRole('button', { name: 'Opslaan' }).click();
}

describeInChromium('new funding streams start as drafts, in Dutch', () => {
  let gapBefore = 0;

  it('knows the demo portfolio gap before anything is added', async () => {
    gapBefore = await portfolioGap();
    expect(gapBefore).toBeGreaterThan(5_000_000);
  }, 240_000);

  it('saves two streams left as the form gives them as drafts, marked “Concept”', async () => {
    await openStreams();
    for (const name of NEW_STREAMS) {
      await page.getByTestId('new-stream').click();
      const dialog = page.getByRole('dialog');
      expect(await dialog.getByTestId('stream-status').innerText()).toContain(
        'Concept: deze bron telt in geen enkele berekening mee',
      );
      await dialog.getByLabel('Naam', { exact: true }).fill(name);
      await dialog.getByLabel('Silo (budgethouder)').fill('gemeente-nieuw');
      await dialog.getByLabel('Soort', { exact: true }).selectOption({ label: 'Subsidie' });
      await save();
      await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
      expect(await streamRow(name).getByTestId('draft-badge').innerText()).toBe('Concept');
    }
    // The silo reads as a label, not as its code; a draft's budget is not chosen yet, not "unlimited".
    const draftRow = await streamRow(NEW_STREAMS[0]!).innerText();
    expect(draftRow).toContain('Gemeente nieuw');
    expect(draftRow).toContain('nog niet gekozen');
    await page.getByTestId('stream-search').fill('Nieuwe regeling');
    await screenshot('bronnen-concept.png');
    await page.getByTestId('stream-search').fill('');
  });

  it('leaves the portfolio gap as it was and names the drafts that do not count', async () => {
    expect(await portfolioGap()).toBe(gapBefore);
    const note = await page.getByTestId('draft-streams-note').innerText();
    expect(note).toContain('2 financieringsbronnen zijn nog een concept en tellen hier niet mee');
    for (const name of NEW_STREAMS) expect(note).toContain(name);
    expect(await page.getByTestId('dominant-stream').count()).toBe(0);
  }, 240_000);

  it('asks for budget and eligibility before a draft is marked ready, and speaks of percentages', async () => {
    await openStreams();
    await page.getByRole('button', { name: `Bewerken: ${NEW_STREAMS[0]}`, exact: true }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Klaar voor gebruik in berekeningen').check();
    const chance = dialog.getByLabel('Kans op toekenning (%)');
    await chance.fill('0,8');
    expect(await dialog.innerText()).toContain('Dat is 0,8%. Bedoelde u 80%? Vul dan 80 in.');
    await chance.fill('120');
    await save();
    await expect.poll(() => chance.getAttribute('aria-invalid')).toBe('true');
    const text = await dialog.innerText();
    expect(text).toContain('Moet een percentage tussen 0 en 100 zijn');
    expect(text).not.toContain('fractie');
    expect(text).toContain('Kies het budget voordat de bron klaar is voor gebruik');
    expect(text).toContain('Kies voor welke sectoren, kosten of fasen de bron is');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot('bron-klaar-maken.png', 'dialog');
  });

  it('marks both ready once chosen on purpose; the portfolio then warns about the stream that pays most', async () => {
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Kans op toekenning (%)').fill('80');
    await dialog.getByLabel('Onbeperkt', { exact: true }).check();
    await dialog.getByLabel('Geen beperking: voor alle sectoren, kostensoorten en fasen').check();
    await save();
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    expect(await streamRow(NEW_STREAMS[0]!).getByTestId('draft-badge').count()).toBe(0);

    await page.getByRole('button', { name: `Bewerken: ${NEW_STREAMS[1]}`, exact: true }).click();
    await dialog.getByLabel('Klaar voor gebruik in berekeningen').check();
    await dialog.getByLabel('Onbeperkt', { exact: true }).check();
    await dialog.getByLabel('Geen beperking: voor alle sectoren, kostensoorten en fasen').check();
    await save();
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);

    // Exactly what the newcomer saw, now on purpose and out loud.
    expect(await portfolioGap()).toBe(0);
    const warning = await page.getByTestId('dominant-stream').first().innerText();
    expect(warning).toMatch(
      /^Let op: “Nieuwe regeling [AB]” betaalt \d+% van al het geld van buiten in dit scenario/,
    );
    expect(warning).toContain('Deze bron heeft geen budgetgrens.');
    expect(warning).toContain('Ze staat open voor alle sectoren, kostensoorten en fasen.');
    await page.getByTestId('dominant-stream').first().scrollIntoViewIfNeeded();
    await screenshot('portefeuille-waarschuwing.png');
  }, 240_000);

  it('raised no errors in the page', () => {
    expect(pageErrors).toEqual([]);
  });
});
