/**
 * Issue 17 on the team server in Chromium: two editors, each in a browser context of
 * their own, change the same cost amount. The one who saves second gets the conflict
 * dialog naming the first; "Herladen" shows the first one's value; the audit trail
 * names each of them for their own change. And a viewer reads the plan builder and the
 * settings without a Save button or a cost cell that takes typing.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { addUser } from '../../src/accounts/users';
import { PASSWORD, ROLE_USERS } from '../server/team-support';
import { chromiumAvailable } from './harness';
import { useTeamBrowser } from './team-browser';

const SECOND_EDITOR = 'erik';
const PLAN = '#/plannen/zon-op-oost';

const shared = useTeamBrowser(async (team) => {
  await addUser(team.accounts.pool, { name: SECOND_EDITOR, role: 'editor', password: PASSWORD }, new Date());
});
const signIn = (user: string, live = true): Promise<Page> => shared.signIn(user, { live });
/** Text as read, with the narrow and non-breaking spaces of money as plain ones. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

const cell = (page: Page) => page.getByTestId('cell-beheer-2027');

async function openPlan(page: Page): Promise<void> {
  await page.goto(`${shared.team.url}${PLAN}`);
  await cell(page).waitFor({ timeout: 60_000 });
}

/** Types an amount into the cell the spreadsheet way: click, type, Enter. */
async function enter(page: Page, text: string): Promise<void> {
  await cell(page).click();
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
}

/** The stored amount as `plans.list` answers it (euros), read by a session of its own. */
async function storedAmount(): Promise<number | undefined> {
  const answer = await shared.team.call(
    'plans.list',
    {},
    { cookie: await shared.team.login(ROLE_USERS.viewer) },
  );
  const plans = (
    answer.body as { value: { id: string; costs: { id: string; amounts: Record<string, number> }[] }[] }
  ).value;
  return plans.find((plan) => plan.id === 'zon-op-oost')?.costs.find((c) => c.id === 'beheer')?.amounts[
    '2027'
  ];
}

interface Event {
  user: string;
  operation: string;
  changes: { path: unknown[]; before: unknown; after: unknown }[];
}

/** The plan's history as the page's own session reads it. */
function history(page: Page): Promise<Event[]> {
  return page.evaluate(async () => {
    const answer = await fetch('/api/audit.history', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ entity: 'plan', id: 'zon-op-oost' }),
    });
    return ((await answer.json()) as { value: Event[] }).value;
  });
}

/** The event's change of the cost amount for 2027, as [before, after]. */
function amountChange(event: Event): [unknown, unknown] | undefined {
  const change = event.changes.find((c) => c.path[c.path.length - 1] === '2027');
  return change === undefined ? undefined : [change.before, change.after];
}

describe.runIf(chromiumAvailable())('two editors on the team server', () => {
  it('shows the second saver the conflict naming the first; Herladen shows theirs; the trail names both', async () => {
    const first = await signIn(ROLE_USERS.editor);
    const second = await signIn(SECOND_EDITOR, false);
    await openPlan(first);
    await openPlan(second);
    expect(await cell(second).inputValue()).toBe('18.000');

    await enter(first, '20000');
    await expect.poll(storedAmount, { timeout: 30_000 }).toBe(20_000);

    // The second context still shows the plan as it was, and saves on top of that.
    expect(await cell(second).inputValue()).toBe('18.000');
    await enter(second, '25000');
    const dialog = second.getByTestId('conflict-dialog');
    await dialog.waitFor({ timeout: 60_000 });
    expect(await dialog.getByTestId('conflict-message').innerText()).toContain(
      `gewijzigd door ${ROLE_USERS.editor}`,
    );
    // The field as the plan builder names it, the amounts as it shows them.
    expect(await dialog.getByTestId('conflict-field').innerText()).toBe('Kostenregel 3 · 2027');
    expect(plain(await dialog.getByTestId('conflict-theirs').innerText())).toBe('€ 20.000,00');
    expect(plain(await dialog.getByTestId('conflict-mine').innerText())).toBe('€ 25.000,00');

    await dialog.getByTestId('conflict-reload').click();
    await dialog.waitFor({ state: 'detached', timeout: 60_000 });
    await expect.poll(() => cell(second).inputValue(), { timeout: 30_000 }).toBe('20.000');
    expect(await storedAmount()).toBe(20_000);

    // Now on the current version, the second editor's change goes through.
    await enter(second, '22000');
    await expect.poll(storedAmount, { timeout: 30_000 }).toBe(22_000);

    const events = (await history(first)).filter((event) => amountChange(event) !== undefined);
    expect(events.map((event) => [event.user, event.operation, amountChange(event)])).toEqual([
      [SECOND_EDITOR, 'plans.update', [20_000, 22_000]],
      [ROLE_USERS.editor, 'plans.update', [18_000, 20_000]],
    ]);
    // The refused save wrote nothing: no event carries 25000.
    expect(JSON.stringify(events)).not.toContain('25000');
    await first.context().close();
    await second.context().close();
    // Two browser contexts and a blend after every save: slow when the two cores are busy.
  }, 150_000);

  it('gives a viewer no Save button in the settings or the plan builder, and cost cells that take no typing', async () => {
    const page = await signIn(ROLE_USERS.viewer);
    await page.goto(`${shared.team.url}#/instellingen`);
    await page.getByTestId('settings-form').waitFor();
    expect(await page.getByTestId('settings-save').count()).toBe(0);
    // Every field sits in the disabled group: none takes typing.
    const fields = page.getByTestId('settings-fields').locator('input, select');
    expect(await fields.count()).toBeGreaterThan(5);
    for (const field of await fields.all()) expect(await field.isEditable()).toBe(false);

    await openPlan(page);
    const before = await storedAmount();
    const shown = await cell(page).inputValue();
    expect(await cell(page).getAttribute('aria-readonly')).toBe('true');
    await cell(page).click();
    await page.keyboard.type('99999');
    await page.keyboard.press('Enter');
    await cell(page).dblclick();
    await page.keyboard.type('77777');
    expect(await cell(page).inputValue()).toBe(shown);
    expect(await page.getByTestId('edit-plan-details').count()).toBe(0);
    expect(await page.getByTestId('builder-delete-plan').count()).toBe(0);
    expect(await page.getByTestId('edit-line-beheer').count()).toBe(0);
    expect(await page.getByTestId('add-impact-line').count()).toBe(0);
    expect(await page.getByTestId('impact-table').getByRole('button').count()).toBe(0);
    expect(await page.getByTestId('award-row').getByRole('button').count()).toBe(0);
    const locks = page.locator('[data-testid$="-lock"]');
    await locks.first().waitFor();
    for (const lock of await locks.all()) expect(await lock.isDisabled()).toBe(true);
    expect(await page.getByRole('button', { name: /^(Opslaan|Save)$/ }).count()).toBe(0);
    expect(await storedAmount()).toBe(before);

    // Scenarios are the analyst's: the viewer picks and reads one, and changes none.
    await page.goto(`${shared.team.url}#/scenarios`);
    await page.locator('.scenario-picker').waitFor();
    expect(await page.getByTestId('edit-scenario').count()).toBe(0);
    expect(await page.getByTestId('delete-scenario').count()).toBe(0);
    await page.context().close();
  });
});
