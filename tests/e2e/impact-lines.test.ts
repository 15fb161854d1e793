import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { seriousAxeViolations } from './axe';
import { chromiumAvailable, useDemoApp, type WebHost } from './harness';

const describeInChromium = chromiumAvailable() ? describe : describe.skip;

let host: WebHost;
let page: Page;
let pageErrors: string[] = [];
useDemoApp('impact-lines.coopfolio', (app) => ({ host, page, pageErrors } = app));

/** The host shares two cores with other work; a save and its reload can take seconds. */
const SLOW = { timeout: 30_000 };

const energyRows = () => page.locator('[data-testid=impact-row][data-indicator=geen-energiearmoede]');

describeInChromium('impact lines in the plan builder, in Dutch', () => {
  it('adds a line in households, checks the percentages beside their fields, undoes and redoes it', async () => {
    await page.goto(`${host.url}#/plannen/zonnedak-noord`);
    const section = page.getByTestId('impact-lines');
    await section.waitFor({ timeout: 60_000 });
    expect(await energyRows().count()).toBe(0);

    await page.getByTestId('add-impact-line').click();
    const dialog = page.getByTestId('impact-line-editor');
    await dialog.waitFor();
    await dialog.getByTestId('impact-indicator').selectOption('geen-energiearmoede');
    await dialog.getByLabel('Output per jaar', { exact: true }).fill('60');
    // The editor says what 60 households are in the indicator's own unit.
    expect(await dialog.getByTestId('impact-preview').innerText()).toMatch(
      /^60 van 480\.000 huishoudens \(2024\) is 0,000125 in de eenheid van de indicator/,
    );
    // A fraction typed into a percent field is asked about, not quietly stored as 0,2%.
    await dialog.getByLabel('Deadweight (%)').fill('0,2');
    expect(await dialog.innerText()).toContain('Dat is 0,2%. Bedoelde u 20%? Vul dan 20 in.');
    await dialog.getByLabel('Deadweight (%)').fill('12,5');
    await dialog.getByLabel('Verdringing (%)').fill('120');
    await dialog.getByLabel('Ondergrens (% van het verwachte effect)').fill('70');
    await dialog.getByLabel('Bovengrens (% van het verwachte effect)').fill('115');
    await dialog.getByTestId('impact-save').click();

    // Nothing saved; each problem beside its field, percentages spoken of as percentages.
    expect(await dialog.getByTestId('error-displacement').innerText()).toBe(
      'Moet een percentage tussen 0 en 100 zijn',
    );
    expect(await dialog.getByTestId('error-evidence').innerText()).toBe('Is verplicht');
    expect(await energyRows().count()).toBe(0);

    await dialog.getByLabel('Verdringing (%)').fill('10');
    await dialog.getByLabel('Bewijskracht').selectOption('moderate');
    await dialog
      .getByLabel('Onderbouwing')
      .fill('Ca. 60 leden met een laag inkomen krijgen korting (ledenregistratie).');
    await dialog.getByTestId('impact-save').click();
    await dialog.waitFor({ state: 'detached' });

    const row = energyRows();
    await row.waitFor();
    expect(await row.getByTestId('impact-output').getAttribute('data-value')).toBe('60');
    expect(await row.getByTestId('impact-output').innerText()).toContain('huishoudens');
    expect(await row.innerText()).toContain('12,5% / 0% / 10% / 0%');
    expect(await page.getByTestId('notice-success').innerText()).toContain('Impactregel voor');

    // Undo and redo from the keyboard, as for an edit in the grid.
    await page.getByTestId('impact-lines').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Control+z');
    await expect.poll(() => energyRows().count(), SLOW).toBe(0);
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(() => energyRows().count(), SLOW).toBe(1);

    // Stored, not just shown: a fresh page reads the line back from the workspace file.
    await page.reload();
    await energyRows().waitFor({ timeout: 60_000 });
    expect(await energyRows().getByTestId('impact-output').getAttribute('data-value')).toBe('60');
  });

  it('changes and removes a line with the keyboard', async () => {
    const row = energyRows();
    await row.getByRole('button', { name: /^Bewerken|^Wijzigen/ }).press('Enter');
    const dialog = page.getByTestId('impact-line-editor');
    await dialog.waitFor();
    const output = dialog.getByLabel('Output per jaar', { exact: true });
    expect(await output.inputValue()).toBe('60');
    expect(await dialog.getByLabel('Deadweight (%)').inputValue()).toBe('12,5');
    await output.fill('75');
    await output.press('Enter');
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => row.getByTestId('impact-output').getAttribute('data-value'), SLOW).toBe('75');

    await row.getByRole('button', { name: /^Verwijderen/ }).press('Enter');
    await expect.poll(() => energyRows().count(), SLOW).toBe(0);
    // The row goes at once; the notice follows when the host has stored the plan.
    await expect.poll(() => page.getByTestId('notice-success').innerText(), SLOW).toContain('verwijderd');
    // Checked once the blend is current: while it recomputes, the figures are greyed out on purpose.
    await expect
      .poll(() => page.getByTestId('plan-analysis').getAttribute('data-state'), { timeout: 60_000 })
      .toBe('current');
    // The save's reload may start one more recompute, greyed out on purpose: check once it settles.
    await expect.poll(() => seriousAxeViolations(page), SLOW).toEqual([]);
  });
});

describeInChromium('the Indicators screen, in Dutch', () => {
  it('refuses to delete an indicator in use, naming the plans', async () => {
    await page.goto(`${host.url}#/indicatoren`);
    const row = page.locator('[data-testid=indicator-row][data-id=geen-energiearmoede]');
    await row.waitFor({ timeout: 60_000 });
    expect(await row.getByTestId('indicator-total').innerText()).toContain('480.000');
    await row.getByRole('button', { name: /^Verwijderen/ }).click();
    await page.getByTestId('confirm-button').click();
    const error = await page.getByTestId('confirm-error').innerText();
    expect(error).toMatch(
      /^Indicator "Huishoudens niet in energiearmoede" wordt nog gebruikt door de impactregels van /,
    );
    expect(error).toContain('"Zon op Oost: 1,2 MWp op schooldaken en bedrijfshallen"');
    expect(error).toContain('Er is niets verwijderd.');
    await page.getByTestId('delete-dialog').getByRole('button', { name: 'Sluiten' }).first().click();
    expect(await row.count()).toBe(1);
  });

  it('adds the city’s own indicator with its total, and deletes it again', async () => {
    await page.getByTestId('new-indicator').click();
    const dialog = page.getByTestId('indicator-editor');
    await dialog.waitFor();
    await dialog.getByLabel('Naam').fill('Huurders met een huurcontract voor onbepaalde tijd');
    expect(await dialog.getByLabel('Id', { exact: true }).inputValue()).toBe(
      'huurders-met-een-huurcontract-voor-onbepaalde-tijd',
    );
    await dialog.getByLabel('Dimensie van de Donut').selectOption('housing');
    await dialog.getByLabel('Eenheid', { exact: true }).fill('aandeel huurhuishoudens (0-1)');
    await dialog.getByLabel('Startwaarde', { exact: true }).fill('0,81');
    await dialog.getByLabel('Jaar van de startwaarde').fill('2024');
    await dialog.getByLabel('Drempel', { exact: true }).fill('0');
    await dialog.getByLabel('Deze indicator is een aandeel van een totaal in de stad').check();
    await dialog.getByLabel('Totaal in de stad', { exact: true }).fill('210.000');
    await dialog.getByLabel('Wat het totaal telt').fill('huurhuishoudens');
    await dialog.getByLabel('Jaar van het totaal').fill('2024');
    await dialog.getByTestId('editor-save').click();
    expect(await dialog.getByTestId('error-threshold').innerText()).toBe('Drempel moet groter dan 0 zijn');

    await dialog.getByLabel('Drempel', { exact: true }).fill('1');
    await dialog.getByLabel('Bron van de drempel').fill('Beleidsdoel woonvisie');
    await dialog.getByTestId('editor-save').click();
    await dialog.waitFor({ state: 'detached' });
    const own = page.locator(
      '[data-testid=indicator-row][data-id=huurders-met-een-huurcontract-voor-onbepaalde-tijd]',
    );
    await own.waitFor();
    expect(await own.getByTestId('indicator-total').innerText()).toContain('210.000');
    expect(await own.getByTestId('indicator-sources').innerText()).toContain('Beleidsdoel woonvisie');

    await own.getByRole('button', { name: /^Verwijderen/ }).click();
    await page.getByTestId('confirm-button').click();
    await expect.poll(() => own.count(), SLOW).toBe(0);
    expect(await seriousAxeViolations(page)).toEqual([]);
  });

  it('gives an indicator a city total, restating its lines so the projection stays, and undoes both', async () => {
    const row = page.locator('[data-testid=indicator-row][data-id=loonverhouding-vrouwen]');
    await row.getByRole('button', { name: /^Bewerken/ }).click();
    const dialog = page.getByTestId('indicator-editor');
    await dialog.waitFor();
    await dialog.getByLabel('Deze indicator is een aandeel van een totaal in de stad').check();
    await dialog.getByLabel('Totaal in de stad', { exact: true }).fill('400.000');
    await dialog.getByLabel('Wat het totaal telt').fill('werkende vrouwen');
    await dialog.getByLabel('Jaar van het totaal').fill('2024');
    // Giving a total restates the outputs by default, and says what becomes of them.
    const convert = dialog.getByTestId('convert-outputs');
    expect(await convert.getByRole('checkbox').isChecked()).toBe(true);
    expect(await convert.innerText()).toContain(
      'Bijvoorbeeld “Schoonmaak gemeentelijke gebouwen Zuidoost met Social Return”: 0,0002 wordt 80.',
    );
    await dialog.getByTestId('editor-save').click();
    await dialog.waitFor({ state: 'detached' });
    expect(await row.getByTestId('indicator-total').innerText()).toContain('400.000');

    await page.goto(`${host.url}#/plannen/glansrijk-gemeentegebouwen`);
    const line = page.locator('[data-testid=impact-row][data-indicator=loonverhouding-vrouwen]');
    await line.waitFor({ timeout: 60_000 });
    expect(await line.getByTestId('impact-output').getAttribute('data-value')).toBe('80');
    expect(await line.getByTestId('impact-output').innerText()).toContain('werkende vrouwen');

    // One undo takes back the total and the restated line together.
    const undo = page.getByTestId('undo');
    expect(await undo.getAttribute('aria-label')).toContain(
      'indicator “Uurloon van vrouwen ten opzichte van mannen” wijzigen',
    );
    await undo.click();
    await expect
      .poll(() => line.getByTestId('impact-output').getAttribute('data-value'), SLOW)
      .toBe('0.0002');
    expect(pageErrors).toEqual([]);
  });
});
