/**
 * The browser host started on a damaged workspace that has a sound backup: it keeps
 * serving, and the app offers that backup. Nothing happens until the user clicks; then
 * the backup is in place, the damaged file kept beside it, and the app opens.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemoWorkspace } from '../../src/data';
import { createWorkspaceStore, writeRotatingBackup } from '../../src/storage';
import { makeTempDir } from '../helpers/temp-dir';
import { seriousAxeViolations } from './axe';
import { chromiumAvailable, launchChromium, startWebHost, type WebHost } from './harness';

const describeInChromium = chromiumAvailable() ? describe : describe.skip;
const DAMAGE = 'overwritten by a sync client that went wrong';

let temp: ReturnType<typeof makeTempDir>;
let host: WebHost;
let browser: Browser;
let page: Page;
let file: string;
const pageErrors: string[] = [];

beforeAll(async () => {
  temp = makeTempDir();
  if (!chromiumAvailable()) return;
  file = join(temp.dir, 'amstelstad.coopfolio');
  const store = createWorkspaceStore(file, loadDemoWorkspace());
  await writeRotatingBackup(store);
  store.close();
  writeFileSync(file, DAMAGE);
  host = await startWebHost(file, { COOPFOLIO_DATA_DIR: join(temp.dir, 'user-data') });
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  page.on('pageerror', (error) => pageErrors.push(error.message));
});

afterAll(async () => {
  await browser?.close();
  await host?.stop();
  temp.cleanup();
});

describeInChromium('a damaged workspace with a backup, in the browser host', () => {
  it('is refused with the storage message, and the host says the app offers the backup', () => {
    expect(host.stderr()).toContain('is not a Coopfolio workspace');
    expect(host.stderr()).toContain('The app offers to put it in place');
  });

  it('shows why, and offers the backup without touching the file', async () => {
    await page.goto(`${host.url}#/overzicht`);
    const offer = page.getByTestId('recovery-offer');
    await offer.waitFor();
    expect(await page.getByTestId('load-error').locator('[role=alert]').first().innerText()).toContain(
      'geen Coopfolio-werkruimte',
    );
    expect(await offer.innerText()).toMatch(/reservekopie van .* \(amstelstad-\d{4}-.*\.coopfolio\)/);
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(readFileSync(file, 'utf8')).toBe(DAMAGE);
  });

  it('restores on the user’s click, keeps the damaged file aside and opens the workspace', async () => {
    await page.getByTestId('recovery-restore').click();
    await page.getByTestId('header-workspace').waitFor();
    expect(await page.getByTestId('header-workspace').innerText()).toContain('amstelstad.coopfolio');
    expect(await page.getByTestId('recovery-offer').count()).toBe(0);
    const kept = readdirSync(temp.dir).filter((name) => name.startsWith('amstelstad.refused-'));
    expect(kept).toHaveLength(1);
    expect(readFileSync(join(temp.dir, kept[0] ?? ''), 'utf8')).toBe(DAMAGE);
    expect(readFileSync(file).subarray(0, 15).toString()).toBe('SQLite format 3');
    expect(pageErrors).toEqual([]);
  });
});

describe('a damaged workspace without a backup', () => {
  it('stops the browser host with the storage message (exit 2), the file untouched', async () => {
    const alone = join(temp.dir, 'alone.coopfolio');
    writeFileSync(alone, DAMAGE);
    await expect(startWebHost(alone, { COOPFOLIO_DATA_DIR: join(temp.dir, 'user-data') })).rejects.toThrow(
      /exited with 2: .*is not a Coopfolio workspace/s,
    );
    expect(readFileSync(alone, 'utf8')).toBe(DAMAGE);
  });
});
