/**
 * Issue 15, point 7 in the app: the scenario results' plan table shows the expected funded
 * share beside the chance of full funding, in Dutch and then in English, so a plan with a
 * chance of 0% but most of its cost covered in every draw does not read as unfunded.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { chromiumAvailable, useDemoApp, type WebHost } from './harness';

const describeInChromium = chromiumAvailable() ? describe : describe.skip;

let host: WebHost;
let page: Page;
let pageErrors: string[] = [];
useDemoApp('expected-share.coopfolio', (app) => ({ host, page, pageErrors } = app));

const table = () => page.getByTestId('plan-funding');

/** Per plan row: [chance, expected share] as the cells' exact values. */
async function shares(): Promise<[number, number][]> {
  const rows = page.getByTestId('plan-funding-row');
  const out: [number, number][] = [];
  for (let i = 0; i < (await rows.count()); i++) {
    const cells = rows.nth(i).locator('td[data-value]');
    out.push([
      Number(await cells.nth(0).getAttribute('data-value')),
      Number(await cells.nth(1).getAttribute('data-value')),
    ]);
  }
  return out;
}

describeInChromium('the expected funded share beside the chance in the app', () => {
  it('shows both for every plan after a run, in Dutch', async () => {
    await page.goto(`${host.url}#/scenarios`);
    await page.getByTestId('run-scenario').click();
    await expect
      .poll(() => page.getByTestId('scenario-run').getAttribute('data-state'), { timeout: 120_000 })
      .toBe('current');
    const head = await table().locator('thead').innerText();
    expect(head).toContain('Kans volledig gefinancierd');
    expect(head).toContain('Verwacht gefinancierd deel');
    const values = await shares();
    expect(values).toHaveLength(15);
    // Fully funded in a share p of the draws means at least p of the cost covered on average.
    for (const [chance, expected] of values) expect(expected).toBeGreaterThanOrEqual(chance - 1e-9);
    // The demo has plans whose chance is 0% while most of their cost is covered on average.
    expect(values.some(([chance, expected]) => chance === 0 && expected > 0.4)).toBe(true);
    await table().screenshot({ path: '/tmp/plan-funding-nl.png' });
  }, 240_000);

  it('speaks English after the language is switched in the header', async () => {
    await page.getByRole('button', { name: /English/ }).click();
    await expect.poll(() => page.evaluate('document.documentElement.lang')).toBe('en');
    const head = await table().locator('thead').innerText();
    expect(head).toContain('Chance fully funded');
    expect(head).toContain('Expected funded share');
    await table().screenshot({ path: '/tmp/plan-funding-en.png' });
    expect(pageErrors).toEqual([]);
  }, 240_000);
});
