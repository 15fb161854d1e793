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
    }
    await page.getByTestId('lang-nl').click();
  } finally {
    await browser.close();
    await host.stop();
    temp.cleanup();
  }
}

await main();
