import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { seriousAxeViolations } from './axe';
import { chromiumAvailable, useDemoApp, type WebHost } from './harness';

const describeInChromium = chromiumAvailable() ? describe : describe.skip;

let host: WebHost;
let page: Page;
let pageErrors: string[] = [];
useDemoApp('plan-builder-own-revenue.coopfolio', (app) => ({ host, page, pageErrors } = app));

const value = async (selector: string) => Number(await page.locator(selector).getAttribute('data-value'));
const cents = (euros: number) => Math.round(euros * 100);

describeInChromium('own revenue, the cash-flow DSCR and guarantees in the plan builder', () => {
  it('shows warmtenet-oost paid from outside, by its own revenue and the gap, adding up per year', async () => {
    await page.goto(`${host.url}#/plannen/warmtenet-oost`);
    await expect
      .poll(() => page.getByTestId('plan-analysis').getAttribute('data-state'), { timeout: 60_000 })
      .toBe('current');
    const own = await value('[data-testid=metric-own-revenue-value]');
    expect(own).toBeGreaterThan(0);

    // The foot of the allocation table: outside + own revenue + gap = cost, per year and in total.
    const foot = page.getByTestId('allocation-totals');
    const row = (key: string) => foot.getByTestId(`allocation-total-${key}`).locator('td');
    const count = await row('cost').count();
    expect(count).toBeGreaterThan(1);
    for (let i = 0; i < count; i++) {
      const at = async (key: string) => cents(Number(await row(key).nth(i).getAttribute('data-value')));
      expect((await at('outside')) + (await at('ownRevenue')) + (await at('gap')), `column ${i}`).toBe(
        await at('cost'),
      );
    }
    // The totals column agrees with the key figures.
    const last = async (key: string) =>
      Number(
        await row(key)
          .nth(count - 1)
          .getAttribute('data-value'),
      );
    expect(await last('ownRevenue')).toBeCloseTo(own, 2);
    expect(await last('outside')).toBeCloseTo(await value('[data-testid=metric-funded-value]'), 2);
    expect(await last('gap')).toBeCloseTo(await value('[data-testid=metric-gap-value]'), 2);
    // Own revenue has rows of its own, which cannot be locked.
    const ownRows = page.getByTestId('own-revenue-row');
    expect(await ownRows.count()).toBeGreaterThan(0);
    expect(await ownRows.locator('button').count()).toBe(0);

    // The funding chart's figures name own revenue as a series of its own.
    expect(await page.locator('[data-testid=chart-funding] thead').textContent()).toContain(
      'Eigen inkomsten',
    );
    // The cash flow names the DSCR as cash flow available for debt service over debt service.
    expect(await page.getByTestId('cash-flow-dscr').innerText()).toMatch(
      /^Laagste DSCR \(kasstroom beschikbaar voor schuldendienst \/ schuldendienst\): \d+,\d+ in \d{4}\.$/,
    );
    // The guarantee fund backs the heat network's bank loan.
    const guarantee = page.locator('[data-testid=guarantee-row][data-stream=borgstellingsfonds-cooperaties]');
    expect(await guarantee.count()).toBeGreaterThan(0);
    expect(await guarantee.first().getAttribute('data-loan')).toBe('banklening-warmte');
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
