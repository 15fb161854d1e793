/**
 * Issue 17, no lost updates, in Chromium: two pages on one browser host edit the same
 * plan. The page that saves second works from a stale version: the host refuses its
 * write (`conflict`) and the app shows the other person's value next to its own. Both
 * choices work: "Herladen" shows theirs and stores nothing of mine; "Mijn wijziging toch
 * opslaan" stores mine on top of theirs.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { TOKEN_HEADER, TOKEN_META_NAME } from '../../src/contract/bridge';
import { seriousAxeViolations } from './axe';
import { chromiumAvailable, useDemoApp, type DemoApp } from './harness';

const describeInChromium = chromiumAvailable() ? describe : describe.skip;

let app: DemoApp;
useDemoApp('edit-conflict.coopfolio', (opened) => (app = opened));

const PLAN = '#/plannen/zon-op-oost';
const cell = (page: Page) => page.getByTestId('cell-beheer-2027');
/** Text as read, with the narrow and non-breaking spaces of money as plain ones. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

async function openPlan(page: Page): Promise<void> {
  await page.goto(`${app.host.url}${PLAN}`);
  await cell(page).waitFor();
}

/** Types an amount into the cell the spreadsheet way: click, type, Enter. */
async function enter(page: Page, text: string): Promise<void> {
  await cell(page).click();
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
}

async function storedAmount(): Promise<number | undefined> {
  const response = await app.page.request.post(new URL('/api/plans.list', app.host.url).href, {
    data: {},
    headers: { 'Content-Type': 'application/json', [TOKEN_HEADER]: await token(app.page) },
  });
  const body = (await response.json()) as {
    value: { id: string; costs: { id: string; amounts: Record<string, number> }[] }[];
  };
  return body.value.find((plan) => plan.id === 'zon-op-oost')?.costs.find((c) => c.id === 'beheer')?.amounts[
    '2027'
  ];
}

async function token(page: Page): Promise<string> {
  return (await page.locator(`meta[name="${TOKEN_META_NAME}"]`).getAttribute('content')) ?? '';
}

describeInChromium('two people edit one plan', () => {
  let second: Page;

  it('shows the conflict dialog to the one who saves second; Herladen shows theirs', async () => {
    second = await app.browser.newPage({ viewport: { width: 1360, height: 900 } });
    await openPlan(app.page);
    await openPlan(second);

    await enter(app.page, '20000');
    await expect.poll(storedAmount, { timeout: 30_000 }).toBe(20_000);

    // The second page still shows the plan as it was, and saves on top of that.
    expect(await cell(second).inputValue()).toBe('18.000');
    await enter(second, '25000');
    const dialog = second.getByTestId('conflict-dialog');
    await dialog.waitFor();
    expect(await dialog.getByRole('heading').innerText()).toBe('Iemand anders heeft dit intussen gewijzigd');
    const rows = dialog.locator('[data-testid=conflict-fields] tbody tr');
    expect(await rows.count()).toBe(1);
    // The field in the words of the plan builder (the third cost line, Beheer); the raw path beside it.
    expect(await rows.first().getAttribute('data-field')).toBe('costs.2.amounts.2027');
    expect(await rows.first().getByTestId('conflict-field').innerText()).toBe('Kostenregel 3 · 2027');
    expect(plain(await rows.first().getByTestId('conflict-theirs').innerText())).toBe('€ 20.000,00');
    expect(plain(await rows.first().getByTestId('conflict-mine').innerText())).toBe('€ 25.000,00');
    expect(await seriousAxeViolations(second)).toEqual([]);

    await dialog.getByTestId('conflict-reload').click();
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => cell(second).inputValue(), { timeout: 30_000 }).toBe('20.000');
    expect(await storedAmount()).toBe(20_000);
  });

  it('applies mine on top of theirs when asked, and the other page sees it', async () => {
    await enter(app.page, '21000');
    await expect.poll(storedAmount, { timeout: 30_000 }).toBe(21_000);

    await enter(second, '26000');
    const dialog = second.getByTestId('conflict-dialog');
    await dialog.waitFor();
    expect(plain(await dialog.getByTestId('conflict-theirs').innerText())).toBe('€ 21.000,00');
    expect(plain(await dialog.getByTestId('conflict-mine').innerText())).toBe('€ 26.000,00');
    await dialog.getByTestId('conflict-apply-mine').click();
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(storedAmount, { timeout: 30_000 }).toBe(26_000);
    await expect.poll(() => cell(second).inputValue(), { timeout: 30_000 }).toBe('26.000');

    // The first page, reloaded, shows the value that was stored last.
    await app.page.reload();
    await expect.poll(() => cell(app.page).inputValue(), { timeout: 30_000 }).toBe('26.000');
  });

  it('undoes mine written on top by bringing theirs back', async () => {
    await second.getByTestId('undo').click();
    await expect.poll(storedAmount, { timeout: 30_000 }).toBe(21_000);
    await expect.poll(() => cell(second).inputValue(), { timeout: 30_000 }).toBe('21.000');
  });

  it('asks before a redo that would overwrite what someone wrote after the undo', async () => {
    // The first page still shows 26.000: its save meets the conflict too; it saves anyway.
    await enter(app.page, '30000');
    const first = app.page.getByTestId('conflict-dialog');
    await first.waitFor();
    await first.getByTestId('conflict-apply-mine').click();
    await expect.poll(storedAmount, { timeout: 30_000 }).toBe(30_000);

    // The second page's redo expects the version its own undo gave the plan; that is gone.
    await second.getByTestId('redo').click();
    const dialog = second.getByTestId('conflict-dialog');
    await dialog.waitFor();
    expect(plain(await dialog.getByTestId('conflict-theirs').innerText())).toBe('€ 30.000,00');
    expect(plain(await dialog.getByTestId('conflict-mine').innerText())).toBe('€ 26.000,00');
    await dialog.getByTestId('conflict-reload').click();
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => cell(second).inputValue(), { timeout: 30_000 }).toBe('30.000');
    expect(await storedAmount()).toBe(30_000);
    expect(app.pageErrors).toEqual([]);
  });
});
