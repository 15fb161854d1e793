import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { loadDemoWorkspace } from '../../src/data';
import { seriousAxeViolations } from './axe';
import { chromiumAvailable, useDemoApp, type WebHost } from './harness';

const describeInChromium = chromiumAvailable() ? describe : describe.skip;

let host: WebHost;
let page: Page;
let pageErrors: string[] = [];
useDemoApp('plan-builder.coopfolio', (app) => ({ host, page, pageErrors } = app));

/** Waits until the shown results answer the newest request (never on timing: on the region's own state). */
async function untilCurrent(region = 'plan-analysis'): Promise<void> {
  await expect
    .poll(() => page.getByTestId(region).getAttribute('data-state'), { timeout: 60_000 })
    .toBe('current');
}

/** A key figure's exact value (euros), as the card carries it beside its rounded text. */
async function figure(name: 'total-cost' | 'funded' | 'own-revenue' | 'gap'): Promise<number> {
  return Number(await page.getByTestId(`metric-${name}-value`).getAttribute('data-value'));
}

async function figures() {
  return {
    total: await figure('total-cost'),
    funded: await figure('funded'),
    ownRevenue: await figure('own-revenue'),
    gap: await figure('gap'),
  };
}

/** Amounts are formatted with no-break spaces ("€\u00a012.500"); tests compare plain text. */
const plain = (text: string | null) => (text ?? '').replace(/\s/g, ' ');
const cell = (costId: string, year: number) => page.getByTestId(`cell-${costId}-${year}`);
const focusedTestId = () => page.locator(':focus').getAttribute('data-testid');

/** Types an amount into a grid cell the spreadsheet way: focus, type (replaces), Enter. */
async function enter(costId: string, year: number, text: string): Promise<void> {
  await cell(costId, year).click();
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
}

describeInChromium('the plan builder in Chromium', () => {
  let before: Awaited<ReturnType<typeof figures>>;

  it('opens a demo plan with its blend, and has no serious accessibility problems', async () => {
    await page.goto(`${host.url}#/plannen/zon-op-oost`);
    await untilCurrent();
    before = await figures();
    expect(before.total).toBe(1_400_000);
    // zon-op-oost sells power: its own revenue pays part of the cost before outside money.
    expect(before.ownRevenue).toBeGreaterThan(0);
    expect(before.funded + before.ownRevenue + before.gap).toBeCloseTo(before.total, 2);
    expect(await page.getByTestId('plan-analysis-status').innerText()).toBe('Bijgewerkt');
    expect(await page.locator('[data-testid=chart-funding] .recharts-bar-rectangle').count()).toBeGreaterThan(
      0,
    );
    expect(await seriousAxeViolations(page)).toEqual([]);
  });

  it('refuses a cell value that is not an amount, inline, and saves nothing', async () => {
    await enter('beheer', 2027, 'twaalf');
    const input = cell('beheer', 2027);
    expect(await input.getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByTestId('cell-beheer-2027-error').innerText()).toContain('getal');
    await page.keyboard.press('Escape');
    expect(await page.getByTestId('cell-beheer-2027-error').count()).toBe(0);
    expect(await input.inputValue()).toBe('18.000');
    expect(await figure('total-cost')).toBe(before.total);
  });

  it('saves a changed cost typed the Dutch way and blends again: totals, chart and explanations follow', async () => {
    // Without a gap there is nothing to explain: the panel is absent until one opens.
    const explanationsBefore =
      (await page.getByTestId('explanations').count()) === 0
        ? ''
        : await page.getByTestId('explanations').innerText();
    // 650.000 -> 2.650.000 in 2026; Enter moves down to the next cost line, as in a spreadsheet.
    await enter('pv', 2026, '2.650.000');
    expect(await focusedTestId()).toBe('cell-projectleiding-2026');
    await expect.poll(() => cell('pv', 2026).inputValue()).toBe('2.650.000');
    await expect.poll(() => figure('total-cost'), { timeout: 60_000 }).toBe(before.total + 2_000_000);
    await untilCurrent();

    const after = await figures();
    expect(after.total).toBe(3_400_000);
    expect(after.funded + after.ownRevenue + after.gap).toBeCloseTo(after.total, 2);
    // Two million more of solar panels is more than the streams' caps allow: a gap opens, and is explained.
    expect(after.gap).toBeGreaterThan(before.gap);
    expect(await page.getByTestId('explanation').count()).toBeGreaterThan(0);
    expect(await page.getByTestId('explanations').innerText()).not.toBe(explanationsBefore);
    // The funding chart's figures (its table) now carry the new cost of 2026: 2.650.000 + 60.000 + 15.000.
    const row2026 = page.locator('[data-testid=chart-funding] tbody tr').first();
    expect(plain(await row2026.textContent())).toContain('€ 2.725.000');
    expect(plain(await page.getByTestId('cost-total-2026').innerText())).toBe('€ 2.725.000');
  });

  it('moves between cells with the arrow keys and Tab', async () => {
    await cell('projectleiding', 2027).focus();
    await page.keyboard.press('ArrowLeft');
    expect(await focusedTestId()).toBe('cell-projectleiding-2026');
    await page.keyboard.press('ArrowUp');
    expect(await focusedTestId()).toBe('cell-pv-2026');
    await page.keyboard.press('Tab');
    expect(await focusedTestId()).toBe('cell-pv-2027');
  });

  it('keeps a locked amount when the cost under it changes, and undo restores the cost', async () => {
    // Any allocated, unlocked amount will do; which ones the blend makes is the blend's business.
    const lockButton = page.locator('[data-testid$=-lock][aria-pressed=false]:not([disabled])').first();
    const streamId = (await lockButton.getAttribute('data-stream')) ?? '';
    const costId = (await lockButton.getAttribute('data-cost')) ?? '';
    const year = Number(await lockButton.getAttribute('data-year'));
    const prefix = `alloc-${streamId}-${costId}-${year}`;
    const amount = Number(await page.getByTestId(`${prefix}-amount`).getAttribute('data-value'));
    const amountText = await page.getByTestId(`${prefix}-amount`).innerText();
    expect(amount).toBeGreaterThan(0);

    await lockButton.click();
    await expect.poll(() => page.getByTestId(`${prefix}-lock`).getAttribute('aria-pressed')).toBe('true');
    await untilCurrent();
    expect(await page.getByTestId(`${prefix}-lock`).getAttribute('aria-label')).toContain('vastgezet');

    // The cost under the lock drops below the locked amount: the blend must keep the lock and say so.
    const costBefore = await cell(costId, year).inputValue();
    const totalBefore = await figure('total-cost');
    const lower = Math.floor(amount / 2);
    await enter(costId, year, new Intl.NumberFormat('nl-NL').format(lower));
    await expect.poll(() => figure('total-cost'), { timeout: 60_000 }).not.toBe(totalBefore);
    await untilCurrent();
    expect(await page.getByTestId(`${prefix}-amount`).innerText()).toBe(amountText);
    expect(Number(await page.getByTestId(`${prefix}-amount`).getAttribute('data-value'))).toBe(amount);
    expect(await page.getByTestId(`${prefix}-lock`).getAttribute('aria-pressed')).toBe('true');
    expect(await page.locator('[data-testid=explanation].explanation--warning').count()).toBeGreaterThan(0);

    // Ctrl+Z from the grid (a cell that is not being edited) undoes the last saved change.
    await cell(costId, year).focus();
    await page.keyboard.press('Control+z');
    await expect.poll(() => cell(costId, year).inputValue()).toBe(costBefore);
    await expect.poll(() => figure('total-cost'), { timeout: 60_000 }).toBe(totalBefore);
    await untilCurrent();
    expect(await page.getByTestId(`${prefix}-lock`).getAttribute('aria-pressed')).toBe('true');
  });

  it('adds and removes a cost line', async () => {
    const form = page.getByTestId('add-line');
    await form.getByLabel('Soort kosten').selectOption('training');
    await form.getByLabel('Omschrijving').fill('Cursus bestuur');
    await form.getByRole('button', { name: 'Toevoegen' }).click();
    await expect.poll(() => page.locator('[data-testid=cost-row][data-id=cursus-bestuur]').count()).toBe(1);
    await page.getByTestId('remove-line-cursus-bestuur').click();
    await expect.poll(() => page.locator('[data-testid=cost-row][data-id=cursus-bestuur]').count()).toBe(0);
    await untilCurrent();
  });

  it('raised no errors in the page', () => {
    expect(pageErrors).toEqual([]);
  });
});

describeInChromium('the portfolio view in Chromium', () => {
  it("shows a scenario's plans and the streams' budget use, and follows another scenario", async () => {
    await page.goto(`${host.url}#/portefeuille`);
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Portefeuille');
    await untilCurrent('portfolio-analysis');
    const basis = loadDemoWorkspace().scenarios.find((s) => s.id === 'basis');
    expect(await page.getByTestId('portfolio-plan').count()).toBe(basis?.plans.length);
    expect(await page.getByTestId('stream-use-row').count()).toBeGreaterThan(0);
    const total = Number(await page.getByTestId('metric-total-cost-value').getAttribute('data-value'));
    const funded = Number(await page.getByTestId('metric-funded-value').getAttribute('data-value'));
    const own = Number(await page.getByTestId('metric-own-revenue-value').getAttribute('data-value'));
    const gap = Number(await page.getByTestId('metric-gap-value').getAttribute('data-value'));
    expect(funded + own + gap).toBeCloseTo(total, 2);
    // The demo's revolving fund shows year by year, and the guarantee behind the heat network's loan.
    expect(await page.locator('[data-testid=fund][data-id=duurzaamheidslening]').count()).toBe(1);
    expect(
      await page.locator('[data-testid=guarantee-row][data-loan=banklening-warmte]').count(),
    ).toBeGreaterThan(0);
    expect(await seriousAxeViolations(page)).toEqual([]);

    await page.getByLabel('Scenario', { exact: true }).selectOption('bezuiniging');
    await untilCurrent('portfolio-analysis');
    const cuts = loadDemoWorkspace().scenarios.find((s) => s.id === 'bezuiniging');
    await expect.poll(() => page.getByTestId('portfolio-plan').count()).toBe(cuts?.plans.length);
    expect(pageErrors).toEqual([]);
  });
});
