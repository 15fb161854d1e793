// Live changes and open editors, in Chromium on the team server: an editor with nothing
// typed shows a colleague's change as it arrives (and saves on top of it without a
// conflict); an editor with a draft keeps the draft and the version it opened, so its
// save meets the conflict dialog instead of silently writing over the colleague.
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ROLE_USERS } from '../server/team-support';
import { chromiumAvailable } from './harness';
import { useTeamBrowser } from './team-browser';

const shared = useTeamBrowser();

interface Named {
  id: string;
  name: string;
}

/** A record as the workspace holds it now (no version: the writes below check none). */
async function stored<T extends Named>(collection: 'fundingStreams' | 'scenarios', id: string): Promise<T> {
  const admin = await shared.team.login(ROLE_USERS.admin);
  const wire = (await shared.team.call('workspace.get', {}, { cookie: admin })).body.value;
  return (wire[collection] as T[]).find((record) => record.id === id)!;
}

/** A colleague's save, straight to the server as the administrator. */
async function colleagueSaves(name: string, input: object): Promise<void> {
  const admin = await shared.team.login(ROLE_USERS.admin);
  expect((await shared.team.call(name, input, { cookie: admin })).status).toBe(200);
}

/** Saves the open editor, which must meet the conflict dialog; reloads theirs. */
async function saveMeetsConflict(page: Page, dialog: Locator, fields: string[]): Promise<void> {
  await dialog.getByTestId('editor-save').click();
  const conflict = page.getByTestId('conflict-dialog');
  await conflict.waitFor({ timeout: 30_000 });
  const named = await conflict.getByTestId('conflict-field').allInnerTexts();
  for (const field of fields) expect(named).toContain(field);
  await conflict.getByTestId('conflict-reload').click();
  await conflict.waitFor({ state: 'detached' });
}

describe.runIf(chromiumAvailable())('open editors and live changes', () => {
  it('the stream editor follows a colleague while clean and keeps a draft against the old version', async () => {
    const stream = await stored<Named & { provider?: string }>('fundingStreams', 'buurtinitiatieven');
    const page = await shared.signIn(ROLE_USERS.editor);
    await page.goto(`${shared.team.url}#/financieringsbronnen`);
    await page.getByRole('button', { name: `Bewerken: ${stream.name}` }).click({ timeout: 60_000 });
    const dialog = page.getByTestId('stream-editor');
    const provider = dialog.getByLabel('Verstrekker', { exact: true });
    await provider.waitFor();
    await expect.poll(() => shared.team.live.size, { timeout: 10_000 }).toBeGreaterThan(0);

    // Nothing typed: the colleague's provider shows in the open editor.
    await colleagueSaves('fundingStreams.update', { stream: { ...stream, provider: 'Stadsdeel Oost' } });
    await expect.poll(() => provider.inputValue(), { timeout: 5_000, interval: 50 }).toBe('Stadsdeel Oost');

    // A draft: the colleague renames the stream; the list behind shows it, the draft stays.
    await provider.fill('Mijn verstrekker');
    await colleagueSaves('fundingStreams.update', {
      stream: { ...stream, provider: 'Stadsdeel Oost', name: 'Buurtfonds Live' },
    });
    const row = page.locator(`[data-testid=stream-row][data-id=${stream.id}]`);
    await expect.poll(() => row.innerText(), { timeout: 5_000, interval: 50 }).toContain('Buurtfonds Live');
    expect(await provider.inputValue()).toBe('Mijn verstrekker');
    await saveMeetsConflict(page, dialog, ['Naam', 'Verstrekker']);
    expect(await stored<Named & { provider?: string }>('fundingStreams', stream.id)).toMatchObject({
      name: 'Buurtfonds Live',
      provider: 'Stadsdeel Oost',
    });
    await page.context().close();
  }, 150_000);

  it('the scenario editor follows a colleague while clean, and a save after that needs no conflict', async () => {
    const page = await shared.signIn(ROLE_USERS.analyst);
    await page.goto(`${shared.team.url}#/scenarios`);
    await page.getByTestId('edit-scenario').click({ timeout: 60_000 });
    const dialog = page.getByTestId('scenario-editor');
    const name = dialog.getByLabel('Naam', { exact: true });
    await name.waitFor();
    const opened = await name.inputValue();
    const scenarios = (
      await shared.team.call(
        'workspace.get',
        {},
        {
          cookie: await shared.team.login(ROLE_USERS.admin),
        },
      )
    ).body.value.scenarios as Named[];
    const scenario = scenarios.find((s) => s.name === opened)!;
    await expect.poll(() => shared.team.live.size, { timeout: 10_000 }).toBeGreaterThan(0);

    await colleagueSaves('scenarios.update', { scenario: { ...scenario, name: 'Door een collega' } });
    await expect.poll(() => name.inputValue(), { timeout: 5_000, interval: 50 }).toBe('Door een collega');
    // Based on the colleague's version now: the save goes through without asking.
    await name.fill('Door mij, erna');
    await dialog.getByTestId('editor-save').click();
    await dialog.waitFor({ state: 'detached', timeout: 30_000 });
    expect(await page.getByTestId('conflict-dialog').count()).toBe(0);
    expect((await stored<Named>('scenarios', scenario.id)).name).toBe('Door mij, erna');

    // A draft against a colleague's later change: kept, and the save asks first.
    await page.getByTestId('edit-scenario').click();
    await dialog.waitFor();
    await name.fill('Mijn concept');
    const current = await stored<Named>('scenarios', scenario.id);
    await colleagueSaves('scenarios.update', { scenario: { ...current, name: 'Weer een collega' } });
    const picker = page.locator('.scenario-picker select');
    await expect
      .poll(() => picker.innerText(), { timeout: 5_000, interval: 50 })
      .toContain('Weer een collega');
    expect(await name.inputValue()).toBe('Mijn concept');
    await saveMeetsConflict(page, dialog, ['Naam']);
    expect((await stored<Named>('scenarios', scenario.id)).name).toBe('Weer een collega');
    await page.context().close();
  }, 150_000);

  it("the plan builder's facts form follows a colleague while clean and keeps a draft against the old version", async () => {
    const page = await shared.signIn(ROLE_USERS.editor);
    await page.goto(`${shared.team.url}#/plannen/zon-op-oost`);
    await page.getByTestId('edit-plan-details').click({ timeout: 60_000 });
    const form = page.getByTestId('plan-details-form');
    const name = form.getByLabel('Naam van het plan', { exact: true });
    await name.waitFor();
    await expect.poll(() => shared.team.live.size, { timeout: 10_000 }).toBeGreaterThan(0);
    const admin = await shared.team.login(ROLE_USERS.admin);
    const plan = async () =>
      ((await shared.team.call('workspace.get', {}, { cookie: admin })).body.value.plans as Named[]).find(
        (p) => p.id === 'zon-op-oost',
      )!;

    await colleagueSaves('plans.update', { plan: { ...(await plan()), name: 'Zon, hernoemd' } });
    await expect.poll(() => name.inputValue(), { timeout: 5_000, interval: 50 }).toBe('Zon, hernoemd');

    await name.fill('Mijn plannaam');
    await colleagueSaves('plans.update', { plan: { ...(await plan()), name: 'Zon, weer anders' } });
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).innerText(), { timeout: 5_000, interval: 50 })
      .toContain('Zon, weer anders');
    expect(await name.inputValue()).toBe('Mijn plannaam');
    await form.getByTestId('plan-details-save').click();
    const conflict = page.getByTestId('conflict-dialog');
    await conflict.waitFor({ timeout: 30_000 });
    expect(await conflict.getByTestId('conflict-field').allInnerTexts()).toEqual(['Naam van het plan']);
    await conflict.getByTestId('conflict-reload').click();
    await conflict.waitFor({ state: 'detached' });
    expect((await plan()).name).toBe('Zon, weer anders');
    await page.context().close();
  }, 150_000);

  it("a cost cell being typed into saves onto a colleague's other changes, and asks when they changed that cell", async () => {
    const page = await shared.signIn(ROLE_USERS.editor);
    await page.goto(`${shared.team.url}#/plannen/zon-op-oost`);
    const cell = page.getByTestId('cell-beheer-2027');
    await cell.waitFor({ timeout: 60_000 });
    await expect.poll(() => shared.team.live.size, { timeout: 10_000 }).toBeGreaterThan(0);
    const admin = await shared.team.login(ROLE_USERS.admin);
    type GridPlan = Named & { costs: { id: string; amounts: Record<string, number> }[] };
    const plan = async () =>
      ((await shared.team.call('workspace.get', {}, { cookie: admin })).body.value.plans as GridPlan[]).find(
        (p) => p.id === 'zon-op-oost',
      )!;
    const withAmount = (stored: GridPlan, costId: string, amount: number): GridPlan => ({
      ...stored,
      costs: stored.costs.map((c) =>
        c.id === costId ? { ...c, amounts: { ...c.amounts, '2027': amount } } : c,
      ),
    });
    const amount = async (costId: string) =>
      (await plan()).costs.find((c) => c.id === costId)?.amounts['2027'];
    const summary = page.getByTestId('plan-summary');

    // A colleague changes another line while the cell is being typed into: both are kept.
    await cell.click();
    await page.keyboard.type('21000');
    const before = await summary.innerText();
    await colleagueSaves('plans.update', { plan: withAmount(await plan(), 'projectleiding', 7_777) });
    await expect.poll(() => summary.innerText(), { timeout: 10_000, interval: 100 }).not.toBe(before);
    await page.keyboard.press('Enter');
    await expect.poll(() => amount('beheer'), { timeout: 30_000 }).toBe(21_000);
    expect(await amount('projectleiding')).toBe(7_777);
    expect(await page.getByTestId('conflict-dialog').count()).toBe(0);

    // The colleague changes the very cell being typed into: the save asks first.
    await cell.click();
    await page.keyboard.type('23000');
    const typed = await summary.innerText();
    await colleagueSaves('plans.update', { plan: withAmount(await plan(), 'beheer', 19_000) });
    await expect.poll(() => summary.innerText(), { timeout: 10_000, interval: 100 }).not.toBe(typed);
    await page.keyboard.press('Enter');
    const conflict = page.getByTestId('conflict-dialog');
    await conflict.waitFor({ timeout: 30_000 });
    expect(await conflict.getByTestId('conflict-field').allInnerTexts()).toEqual(['Kostenregel 3 · 2027']);
    await conflict.getByTestId('conflict-reload').click();
    await conflict.waitFor({ state: 'detached' });
    await expect.poll(() => cell.inputValue(), { timeout: 30_000 }).toBe('19.000');
    expect(await amount('beheer')).toBe(19_000);
    await page.context().close();
  }, 150_000);
});
