import { existsSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { seriousAxeViolations } from './axe';
import { chromiumAvailable, useDemoApp, type WebHost } from './harness';

const describeInChromium = chromiumAvailable() ? describe : describe.skip;

let host: WebHost;
let page: Page;
let pageErrors: string[] = [];
useDemoApp('rapport.coopfolio', (app) => ({ host, page, pageErrors } = app));

const progress = () => page.getByTestId('report-progress');

async function untilPhase(phase: string, timeout = 120_000): Promise<void> {
  await expect.poll(() => progress().getAttribute('data-phase'), { timeout }).toBe(phase);
}

describeInChromium('the Reports screen in Chromium', () => {
  it('offers the council report with every scenario, section and format chosen', async () => {
    await page.goto(`${host.url}#/rapporten`);
    await page.getByTestId('report-export').waitFor();
    expect(await page.getByTestId('report-scenario-basis').isChecked()).toBe(true);
    expect(await page.getByTestId('report-format-xlsx').isChecked()).toBe(true);
    expect(await seriousAxeViolations(page)).toEqual([]);
  });

  it('previews the report in a sandboxed frame', async () => {
    for (const id of ['klimaatversnelling', 'bezuiniging', 'sociaal-eerst']) {
      const box = page.getByTestId(`report-scenario-${id}`);
      if ((await box.count()) > 0 && (await box.isChecked())) await box.uncheck();
    }
    await page.getByTestId('report-preview').click();
    await untilPhase('done');
    const frame = page.getByTestId('report-preview-frame');
    expect(await frame.getAttribute('sandbox')).toBe('');
    const body = page.frameLocator('[data-testid=report-preview-frame]').locator('body');
    await expect.poll(() => body.innerText(), { timeout: 10_000 }).toContain('Gemeente Amstelstad');
  });

  it('exports the report with a progress bar and lists the files written beside the workspace', async () => {
    await page.getByTestId('report-format-pdf').uncheck();
    await page.getByTestId('report-export-button').click();
    expect(await progress().getAttribute('data-phase')).toBe('running');
    await untilPhase('done');
    const files = page.getByTestId('report-files');
    const names = await files.locator('button').allInnerTexts();
    expect(names.map((n) => n.trim())).toEqual(
      expect.arrayContaining(['rapport.html', 'rapport.xlsx', 'rapport-plans.csv']),
    );
    expect(names.some((n) => n.includes('.pdf'))).toBe(false);
    const status = await progress().locator('[role=status]').innerText();
    const folder = /Rapport geschreven in (.+)\.$/.exec(status)?.[1];
    expect(folder).toBeDefined();
    expect(existsSync(`${folder}/rapport.xlsx`)).toBe(true);

    const download = page.waitForEvent('download');
    await files.getByRole('button', { name: 'rapport-plans.csv' }).click();
    expect((await download).suggestedFilename()).toBe('rapport-plans.csv');
    expect(pageErrors).toEqual([]);
  });
});
