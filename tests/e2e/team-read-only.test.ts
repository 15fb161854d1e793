// Issue 17, roles in Chromium: a viewer (and an analyst, for the records an analyst may
// not write) opens the cooperative, stream, plan builder, scenario and procurement
// screens and their editors and finds every field there disabled and no Save: they
// read, and cannot type into a form that could never be saved.
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ROLE_USERS } from '../server/team-support';
import { chromiumAvailable } from './harness';
import { useTeamBrowser } from './team-browser';

const shared = useTeamBrowser();

const COOPERATIVE = 'zonnewende-oost';
const STREAM = 'Innovatiefonds Sociaal Domein (fictief)';
const CONTROLS = 'input, select, textarea';
/**
 * In the page: the enabled fields of the main area that take typing or change a record,
 * by name, id or markup. Left out: read-only fields (the plan builder's cells, which the
 * arrow keys move through) and view choices (the scenario shown, the candidate streams).
 */
const STRAY_FIELDS = `[...document.querySelectorAll('main input, main select, main textarea')]
  .filter((field) => !field.disabled && !field.readOnly && field.getAttribute('aria-readonly') !== 'true')
  .filter((field) => field.closest('[data-testid=candidates], [data-testid=plan-summary]') === null)
  .map((field) => field.name || field.id || field.outerHTML.slice(0, 100))`;

/** The fields in `scope` a user can type into or change, by name or test id, for a readable failure. */
async function enabledFields(scope: Locator): Promise<string[]> {
  const found: string[] = [];
  for (const field of await scope.locator(CONTROLS).all()) {
    if (await field.isEnabled()) {
      const named = (await field.getAttribute('name')) ?? (await field.getAttribute('data-testid'));
      found.push(named ?? (await field.getAttribute('id')) ?? 'a field without name or id');
    }
  }
  return found;
}

async function fieldCount(scope: Locator): Promise<number> {
  return scope.locator(CONTROLS).count();
}

/** The open editor dialog reads: fields there and all disabled, no Save, the note that says why. */
async function expectReadOnlyEditor(page: Page, testId: string): Promise<void> {
  const dialog = page.getByTestId(testId);
  await dialog.waitFor({ timeout: 30_000 });
  expect(await fieldCount(dialog)).toBeGreaterThan(3);
  expect(await enabledFields(dialog)).toEqual([]);
  expect(await dialog.getByTestId('editor-save').count()).toBe(0);
  expect(await dialog.getByTestId('read-only-note').innerText()).toMatch(/Alleen lezen|Read only/);
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'detached' });
}

async function expectReadOnlyCooperative(page: Page): Promise<void> {
  await page.goto(`${shared.team.url}#/cooperaties/${COOPERATIVE}`);
  await page.getByTestId('edit-cooperative').click({ timeout: 60_000 });
  await expectReadOnlyEditor(page, 'cooperative-editor');
}

async function expectReadOnlyProcurement(page: Page): Promise<void> {
  await page.goto(`${shared.team.url}#/inkoop`);
  const form = page.getByTestId('procurement-form');
  await form.waitFor({ timeout: 60_000 });
  expect(await fieldCount(form)).toBeGreaterThan(3);
  expect(await enabledFields(form)).toEqual([]);
  expect(await form.getByRole('button').count()).toBeGreaterThan(0);
  for (const button of await form.getByRole('button').all()) expect(await button.isDisabled()).toBe(true);
  expect(await page.getByTestId('procurement-save').count()).toBe(0);
}

describe.runIf(chromiumAvailable())('a role that may not save reads the editors', () => {
  it('gives a viewer every editor with its fields disabled and no Save', async () => {
    const page = await shared.signIn(ROLE_USERS.viewer);

    await expectReadOnlyCooperative(page);

    await page.goto(`${shared.team.url}#/financieringsbronnen`);
    await page.getByRole('button', { name: `Bekijken: ${STREAM}` }).click({ timeout: 60_000 });
    await expectReadOnlyEditor(page, 'stream-editor');

    // The plan builder: the facts, the grid and the impact lines take no typing; what is
    // left to change is only what the viewer looks at (which scenario, which streams).
    await page.goto(`${shared.team.url}#/plannen/zon-op-oost`);
    const grid = page.getByTestId('cell-beheer-2027');
    await grid.waitFor({ timeout: 60_000 });
    expect(await grid.getAttribute('aria-readonly')).toBe('true');
    expect(await page.getByTestId('edit-plan-details').count()).toBe(0);
    // Every field left enabled only moves or chooses what is shown: the grid's cells are
    // read-only (the arrow keys still move), the scenario and candidate streams are views.
    expect(await page.locator('main input[aria-readonly=true]').count()).toBeGreaterThan(10);
    expect(await page.evaluate(STRAY_FIELDS)).toEqual([]);
    expect(await page.getByRole('button', { name: /^(Opslaan|Save)$/ }).count()).toBe(0);

    // Scenarios: no editor to open; the scenario's settings are shown as text.
    await page.goto(`${shared.team.url}#/scenarios`);
    await page.locator('.scenario-picker').waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('edit-scenario').count()).toBe(0);
    expect(await page.getByTestId('new-scenario').count()).toBe(0);
    expect(await fieldCount(page.locator('.scenario-settings'))).toBe(0);

    await expectReadOnlyProcurement(page);
    await page.context().close();
  }, 150_000);

  it('gives an analyst the cooperative and procurement editors to read, and an editor them to change', async () => {
    const analyst = await shared.signIn(ROLE_USERS.analyst);
    await expectReadOnlyCooperative(analyst);
    await expectReadOnlyProcurement(analyst);
    await analyst.context().close();

    // The same editor for a role that may save: its fields take typing and Save is there.
    const editor = await shared.signIn(ROLE_USERS.editor);
    await editor.goto(`${shared.team.url}#/cooperaties/${COOPERATIVE}`);
    await editor.getByTestId('edit-cooperative').click({ timeout: 60_000 });
    const dialog = editor.getByTestId('cooperative-editor');
    await dialog.waitFor();
    expect((await enabledFields(dialog)).length).toBeGreaterThan(3);
    expect(await dialog.getByTestId('editor-save').count()).toBe(1);
    expect(await dialog.getByTestId('read-only-note').count()).toBe(0);
    await editor.goto(`${shared.team.url}#/inkoop`);
    await editor.getByTestId('procurement-form').waitFor({ timeout: 60_000 });
    expect((await enabledFields(editor.getByTestId('procurement-form'))).length).toBeGreaterThan(3);
    await editor.context().close();
  }, 150_000);
});
