/**
 * Regenerates the screenshots in docs/screenshots from the demo workspace, in real
 * Chromium through the browser host:  npx tsx scripts/screenshots.ts
 * Name screens to shoot only those:   npx tsx scripts/screenshots.ts scenarios portfolio
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { loadDemoWorkspace } from '../src/data';
import { createWorkspaceStore } from '../src/storage';
import { launchChromium, ROOT, startWebHost } from '../tests/e2e/harness';
import { makeTempDir } from '../tests/helpers/temp-dir';

const OUT = join(ROOT, 'docs', 'screenshots');

async function shoot(page: Page, name: string) {
  await page.waitForTimeout(400);
  await page.screenshot({ path: join(OUT, `${name}.png`) });
  console.log(`docs/screenshots/${name}.png`);
}

/** Waits until a results region shows the answer to its newest request (a blend can take a while). */
async function untilCurrent(page: Page, testId: string) {
  await page.locator(`[data-testid="${testId}"][data-state="current"]`).waitFor({ timeout: 120_000 });
}

/** Puts an element near the top of the window, with a little room above it. */
async function scrollTo(page: Page, id: string) {
  // A string, evaluated in the page: this script is type-checked without the DOM library.
  await page.evaluate(
    `document.getElementById(${JSON.stringify(id)})?.scrollIntoView(); window.scrollBy(0, -24);`,
  );
}

/** The plan builder of a demo plan with a gap, so explanations and warnings show; then its results. */
async function shootPlanBuilder(page: Page, lang: string) {
  await page.getByTestId('nav-plans').click();
  await page.locator('[data-testid=plan-row][data-id=zorg-en-energie-meerhoek] a').click();
  await untilCurrent(page, 'plan-analysis');
  await shoot(page, `plan-builder-${lang}`);
  await scrollTo(page, 'plan-analysis-title');
  await shoot(page, `plan-builder-results-${lang}`);
  await scrollTo(page, 'funding-by-silo-title');
  await shoot(page, `plan-builder-charts-${lang}`);
  await scrollTo(page, 'explanations-title');
  await shoot(page, `plan-builder-explanations-${lang}`);
  await scrollTo(page, 'allocations-title');
  await shoot(page, `plan-builder-allocations-${lang}`);
}

async function shootPortfolio(page: Page, lang: string) {
  await page.getByTestId('nav-portfolio').click();
  await untilCurrent(page, 'portfolio-analysis');
  await shoot(page, `portfolio-${lang}`);
  await scrollTo(page, 'stream-use-title');
  await shoot(page, `portfolio-budgets-${lang}`);
}

/** Waits for an element's `data-state` to say its results answer what is on screen. */
async function untilState(page: Page, testId: string, state: string) {
  await page.locator(`[data-testid="${testId}"][data-state="${state}"]`).waitFor({ timeout: 120_000 });
}

/** The basis scenario run onto the Doughnut, a dimension's bands, the editor and a comparison of two scenarios. */
async function shootScenarios(page: Page, lang: string) {
  await page.getByTestId('nav-scenarios').click();
  await page.getByTestId('run-scenario').click();
  await untilState(page, 'scenario-run', 'current');
  await page.getByTestId('doughnut').waitFor();
  await scrollTo(page, 'doughnut-title');
  await shoot(page, `scenario-doughnut-${lang}`);
  // Networks: two indicators, one of which the shared-mobility plans move; zoomed in, the band shows.
  await page.locator('[data-testid=doughnut-wedge][data-dimension=networks]').click();
  // The pointer would leave a chart's tooltip open over the figures.
  await page.mouse.move(0, 0);
  await scrollTo(page, 'dimension-panel-title');
  await shoot(page, `scenario-bands-${lang}`);
  await page.getByTestId('dimension-panel').locator('input[type=radio][value=zoomed]').check();
  await page.mouse.move(0, 0);
  await shoot(page, `scenario-bands-zoomed-${lang}`);
  await page.getByTestId('next-euro-compute').click();
  await page.getByTestId('next-euro-table').waitFor({ timeout: 120_000 });
  await scrollTo(page, 'gap-cost-title');
  await shoot(page, `scenario-gap-cost-${lang}`);
  await scrollTo(page, 'next-euro-title');
  await shoot(page, `scenario-next-euro-${lang}`);

  await page.getByTestId('run-compare').click();
  await untilState(page, 'compare', 'current');
  await page.getByTestId('compare-results').waitFor();
  await scrollTo(page, 'compare-title');
  await page.evaluate('window.scrollBy(0, 260)');
  await shoot(page, `scenario-compare-${lang}`);
  await scrollTo(page, 'compare-dimensions-title');
  await shoot(page, `scenario-compare-table-${lang}`);

  await page.evaluate('window.scrollTo(0, 0)');
  await page.getByTestId('edit-scenario').click();
  await page.getByRole('dialog').waitFor();
  await shoot(page, `scenario-editor-${lang}`);
  await page.keyboard.press('Escape');
}

/** The screens asked for on the command line, or all of them. */
const ONLY = new Set(process.argv.slice(2));
const wanted = (screen: string) => ONLY.size === 0 || ONLY.has(screen);

async function shootEntityScreens(page: Page, lang: string) {
  await page.getByTestId('nav-cooperatives').click();
  const row = page.getByRole('row', { name: /Zonnewende/ });
  await row.getByRole('button').first().click();
  await page.getByRole('dialog').waitFor();
  await shoot(page, `cooperative-editor-${lang}`);
  await page.keyboard.press('Escape');

  await page.getByTestId('nav-streams').click();
  await shoot(page, `streams-${lang}`);
  const stream = page.getByRole('row', { name: /Impactkrediet/ });
  await stream.getByRole('button').first().click();
  await page.getByRole('dialog').waitFor();
  await shoot(page, `stream-editor-${lang}`);
  await page.keyboard.press('Escape');
}

async function main() {
  mkdirSync(OUT, { recursive: true });
  const temp = makeTempDir();
  const file = join(temp.dir, 'amstelstad.coopfolio');
  createWorkspaceStore(file, loadDemoWorkspace()).close();
  const host = await startWebHost(file);
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1360, height: 860 } });
    for (const lang of ['nl', 'en'] as const) {
      await page.goto(`${host.url}#/overzicht`);
      await page.getByTestId(`lang-${lang}`).click();
      await page.getByTestId('count-cooperatives').waitFor();
      if (wanted('overview')) await shoot(page, `overview-${lang}`);
      if (wanted('entities')) await shootEntityScreens(page, lang);
      if (wanted('plans')) await shootPlanBuilder(page, lang);
      if (wanted('portfolio')) await shootPortfolio(page, lang);
      if (wanted('scenarios')) await shootScenarios(page, lang);
    }
    await page.getByTestId('lang-nl').click();
  } finally {
    await browser.close();
    await host.stop();
    temp.cleanup();
  }
}

await main();
