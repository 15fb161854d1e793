import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { seriousAxeViolations } from './axe';
import { chromiumAvailable, useDemoApp, type WebHost } from './harness';

const describeInChromium = chromiumAvailable() ? describe : describe.skip;

let host: WebHost;
let page: Page;
let pageErrors: string[] = [];
useDemoApp('plan-create.coopfolio', (app) => ({ host, page, pageErrors } = app));

/** The demo's scenarios that list every plan: a new plan joins these. */
// The demo's scenarios that hold every plan, in their order.
const ALL_PLANS_SCENARIOS = [
  'Basis: alle plannen met de huidige budgetten',
  'Klimaatversnelling',
  'Inkoop als vliegwiel',
  'Ontschotting',
];

/** Saves reload the workspace and blends run in the host: on two shared cores that can take seconds. */
const WAIT = { timeout: 30_000 };

const cell = (costId: string, year: number) => page.getByTestId(`cell-${costId}-${year}`);
const plain = (text: string | null) => (text ?? '').replace(/\s/g, ' ');

async function untilCurrent(): Promise<void> {
  await expect
    .poll(() => page.getByTestId('plan-analysis').getAttribute('data-state'), { timeout: 60_000 })
    .toBe('current');
}

async function enter(costId: string, year: number, text: string): Promise<void> {
  await cell(costId, year).click();
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
}

async function addLine(category: string, label: string): Promise<void> {
  const form = page.getByTestId('add-line');
  await form.getByLabel('Soort kosten').selectOption({ label: category });
  await form.getByLabel('Omschrijving').fill(label);
  await form.getByRole('button', { name: 'Toevoegen' }).click();
  await expect
    .poll(() => page.getByTestId('notice-success').innerText(), WAIT)
    .toContain(`“${label}” toegevoegd`);
}

/** A figure of the summary bar, as the cell carries it exactly beside its rounded text. */
async function summary(name: string): Promise<number> {
  return Number(await page.getByTestId(name).getAttribute('data-value'));
}

/** True when the element lies wholly inside the window as it is scrolled now. */
async function inView(testId: string): Promise<boolean> {
  const box = await page.getByTestId(testId).boundingBox();
  const viewport = page.viewportSize();
  return box !== null && viewport !== null && box.y >= 0 && box.y + box.height <= viewport.height;
}

const planRows = () => page.getByTestId('plan-row');
const rowOf = (name: string) => planRows().filter({ has: page.getByRole('link', { name, exact: true }) });

describeInChromium('a plan made from scratch in Chromium, in Dutch', () => {
  it('creates a plan with a name, cooperative and years; it joins the scenarios that hold every plan', async () => {
    await page.goto(`${host.url}#/plannen`);
    await page.getByTestId('plan-table').waitFor();
    const before = await planRows().count();
    await page.getByTestId('new-plan').click();
    const dialog = page.getByTestId('new-plan-dialog');
    // Defaults: the workspace's start year, five years (the demo's horizon of ten, kept within 3-5).
    expect(await dialog.getByLabel('Startjaar').inputValue()).toBe('2026');
    expect(await dialog.getByLabel('Aantal jaren').inputValue()).toBe('5');
    for (const name of ALL_PLANS_SCENARIOS) {
      expect(await dialog.getByRole('checkbox', { name: new RegExp(name) }).isChecked()).toBe(true);
    }
    expect(await dialog.getByRole('checkbox', { name: /Bezuiniging/ }).isChecked()).toBe(false);

    // Saving without a cooperative says so beside the field.
    await dialog.getByLabel('Naam van het plan').fill('Buurtbatterij West');
    await dialog.getByTestId('editor-save').click();
    expect(await dialog.getByTestId('error-cooperativeId').innerText()).toContain('verplicht');
    expect(await dialog.getByLabel('Id', { exact: true }).inputValue()).toBe('buurtbatterij-west');

    await dialog
      .getByLabel('Coöperatie', { exact: true })
      .selectOption({ label: 'Energiecoöperatie Zonnewende Oost' });
    await dialog.getByLabel('Aantal jaren').fill('3');
    await dialog.getByTestId('editor-save').click();

    await expect.poll(() => page.url(), WAIT).toContain('#/plannen/buurtbatterij-west');
    const notice = await page.getByTestId('notice-success').innerText();
    expect(notice).toContain('Plan “Buurtbatterij West” toegevoegd');
    expect(notice).toContain(ALL_PLANS_SCENARIOS[0]);
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Buurtbatterij West');
    expect(plain(await page.getByTestId('plan-facts').innerText())).toContain('2026–2028');
    // Shown within the first scenario that lists it, and labelled as such.
    expect(await page.getByTestId('summary-scenario').inputValue()).toBe('basis');
    await page.goto(`${host.url}#/plannen`);
    await expect.poll(() => planRows().count(), WAIT).toBe(before + 1);
    await rowOf('Buurtbatterij West').getByRole('link').click();
    await untilCurrent();
  });

  it('takes cost lines and revenues typed the Dutch way, and keeps the key figures in view below the grid', async () => {
    await addLine('Investeringen', 'Thuisbatterijen');
    await addLine('Personeel', 'Projectleiding');
    await enter('thuisbatterijen', 2026, '25.000');
    await enter('thuisbatterijen', 2027, '15.000,50');
    await enter('projectleiding', 2026, '8.000');
    await cell('revenue', 2027).click();
    await page.keyboard.type('1.200');
    await page.keyboard.press('Enter');
    // The last edit's recompute may not have begun when the previous one reports current.
    await expect.poll(() => summary('summary-total-cost'), WAIT).toBe(48_000.5);
    await untilCurrent();
    const standalone = {
      funded: await summary('summary-funded'),
      ownRevenue: await summary('summary-own-revenue'),
      gap: await summary('summary-gap'),
    };
    expect(standalone.funded + standalone.ownRevenue + standalone.gap).toBeCloseTo(48_000.5, 2);
    // The plan's figure within the portfolio comes from the portfolio blend, beside the standalone one.
    await expect
      .poll(() => page.getByTestId('summary-portfolio-total-cost').getAttribute('data-value'), {
        timeout: 60_000,
      })
      .toBe('48000.5');
    expect(plain(await page.getByTestId('plan-summary').innerText())).toContain('los geblend');
    expect(plain(await page.getByTestId('plan-summary').innerText())).toContain(
      'binnen de portefeuille van scenario',
    );

    // Scrolled down to the add-line form under the grid, the gap is still on screen.
    await page.getByTestId('add-line').scrollIntoViewIfNeeded();
    await page.mouse.wheel(0, 400);
    expect(await inView('add-line-submit')).toBe(true);
    expect(await inView('summary-gap')).toBe(true);
    expect(await inView('summary-portfolio-gap')).toBe(true);
    expect(await page.evaluate(() => (globalThis as unknown as { scrollY: number }).scrollY)).toBeGreaterThan(
      300,
    );

    // The results are current once the draft is blended, before its save lands; the summary's
    // rows dim (too faint for the contrast check) until the save and the portfolio blend are in.
    for (const row of ['summary-row', 'summary-portfolio-row']) {
      await expect.poll(() => page.getByTestId(row).getAttribute('data-state'), WAIT).toBe('current');
    }
    await page.screenshot({ path: '/tmp/plan-create-builder.png' });
    expect(await seriousAxeViolations(page)).toEqual([]);
  });

  it('renames a cost line and changes its category, keeping its amounts', async () => {
    await page.getByTestId('edit-line-projectleiding').click();
    const dialog = page.getByTestId('edit-line-dialog');
    await dialog.getByLabel('Soort kosten').selectOption({ label: 'Opleiding' });
    await dialog.getByLabel('Omschrijving').fill('Training buurtcoaches');
    await dialog.getByTestId('edit-line-save').click();
    const row = page.locator('[data-testid=cost-row][data-id=projectleiding]');
    await expect.poll(() => row.innerText(), WAIT).toContain('Training buurtcoaches');
    expect(await row.innerText()).toContain('Opleiding');
    expect(await cell('projectleiding', 2026).inputValue()).toBe('8.000');
  });

  it('keeps invalid text in its cell with the message after moving on, and asks before leaving', async () => {
    await enter('thuisbatterijen', 2028, 'twaalf');
    // Refused: the cell stays; clicking elsewhere and typing there does not drop it.
    await cell('projectleiding', 2027).click();
    await page.keyboard.type('500');
    await page.keyboard.press('Enter');
    const held = cell('thuisbatterijen', 2028);
    expect(await held.inputValue()).toBe('twaalf');
    expect(await held.getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByTestId('cell-thuisbatterijen-2028-error').innerText()).toContain('getal');
    expect(await page.getByTestId('summary-held').innerText()).toContain('1 bedrag');
    await untilCurrent();
    expect(await cell('projectleiding', 2027).inputValue()).toBe('500');

    await page.getByTestId('plans-back').click();
    const leave = page.getByTestId('leave-dialog');
    expect(await leave.innerText()).toContain('niet opgeslagen');
    await leave.getByRole('button', { name: 'Annuleren' }).click();
    expect(page.url()).toContain('#/plannen/buurtbatterij-west');
    expect(await held.inputValue()).toBe('twaalf');

    // Escape on the cell gives the text up: the stored (empty) amount is back.
    await held.click();
    await page.keyboard.press('Escape');
    expect(await held.inputValue()).toBe('');
    expect(await page.getByTestId('summary-held').count()).toBe(0);
  });

  it('refuses a shorter period that would leave amounts out, beside the field, until the removal is confirmed', async () => {
    await page.getByTestId('edit-plan-details').click();
    const form = page.getByTestId('plan-details-form');
    await form.getByLabel('Aantal jaren').fill('1');
    await form.getByTestId('plan-details-save').click();
    expect(await form.getByTestId('error-years').innerText()).toContain('3 bedragen vallen buiten 2026');
    const listed = plain(await form.getByTestId('plan-outside').innerText());
    expect(listed).toContain('Thuisbatterijen 2027: € 15.000,50');
    expect(listed).toContain('opbrengsten 2027: € 1.200');
    // Nothing was saved: the grid still has its 2027 amounts.
    expect(await cell('thuisbatterijen', 2027).inputValue()).toBe('15.000,5');

    await form.getByRole('checkbox').check();
    await form.getByTestId('plan-details-save').click();
    await expect.poll(() => page.getByTestId('plan-facts').innerText(), WAIT).toContain('2026');
    expect(plain(await page.getByTestId('plan-facts').innerText())).not.toContain('2028');
    expect(await cell('thuisbatterijen', 2027).count()).toBe(0);

    // One undo brings the years and the amounts back.
    await page.getByTestId('undo').click();
    await expect
      .poll(async () => plain(await page.getByTestId('plan-facts').innerText()), WAIT)
      .toContain('2026–2028');
    await expect.poll(() => cell('thuisbatterijen', 2027).inputValue(), WAIT).toBe('15.000,5');
    await untilCurrent();
  });

  it('copies the plan, deletes the copy with its scenarios named, and undo brings it back in them', async () => {
    await page.getByTestId('builder-copy-plan').click();
    await expect
      .poll(() => page.getByTestId('notice-success').innerText(), WAIT)
      .toContain('Kopie “Buurtbatterij West (kopie)” gemaakt');
    await page.goto(`${host.url}#/plannen`);
    const copy = rowOf('Buurtbatterij West (kopie)');
    expect(await copy.count()).toBe(1);
    expect(await copy.innerText()).toContain('Energiecoöperatie Zonnewende Oost');

    await copy.getByTestId('delete-plan').click();
    const dialog = page.getByTestId('delete-plan-dialog');
    const question = await dialog.innerText();
    expect(question).toContain('Buurtbatterij West (kopie)');
    expect(question).toContain(`${ALL_PLANS_SCENARIOS.length} scenario`);
    expect(question).toContain(ALL_PLANS_SCENARIOS[0]);
    await dialog.getByTestId('confirm-button').click();
    await expect.poll(() => copy.count(), WAIT).toBe(0);

    await page.getByTestId('undo').click();
    await expect.poll(() => copy.count(), WAIT).toBe(1);
    expect(await page.getByTestId('notice-success').innerText()).toContain('Ongedaan gemaakt');

    // Back in the scenarios it was in: its builder shows it within their portfolio.
    await copy.getByRole('link').click();
    const options = await page.getByTestId('summary-scenario').locator('option').allInnerTexts();
    expect(options.map((o, i) => o.slice(0, ALL_PLANS_SCENARIOS[i]?.length))).toEqual(ALL_PLANS_SCENARIOS);
    expect(await cell('thuisbatterijen', 2027).inputValue()).toBe('15.000,5');
    expect(pageErrors).toEqual([]);
  });
});
