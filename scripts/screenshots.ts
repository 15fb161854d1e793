/**
 * Regenerates the screenshots in docs/screenshots from the demo workspace, in real
 * Chromium through the browser host:  npx tsx scripts/screenshots.ts
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
      await shoot(page, `overview-${lang}`);

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

      await shootPlanBuilder(page, lang);
      await shootPortfolio(page, lang);
    }
    await page.getByTestId('lang-nl').click();
  } finally {
    await browser.close();
    await host.stop();
    temp.cleanup();
  }
}

await main();
