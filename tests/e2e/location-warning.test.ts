/**
 * A workspace in a sync folder, served by the browser host: the host prints the warning
 * when it starts, and the app shows it under the header on every screen.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { loadDemoWorkspace } from '../../src/data';
import { createWorkspaceStore } from '../../src/storage';
import { makeTempDir } from '../helpers/temp-dir';
import { chromiumAvailable, launchChromium, startWebHost, type WebHost } from './harness';

const describeInChromium = chromiumAvailable() ? describe : describe.skip;

let temp: ReturnType<typeof makeTempDir>;
let host: WebHost;
let browser: Browser;

beforeAll(async () => {
  if (!chromiumAvailable()) return;
  temp = makeTempDir();
  const folder = join(temp.dir, 'OneDrive - Gemeente Amstelstad', 'coops');
  mkdirSync(folder, { recursive: true });
  const file = join(folder, 'plan.coopfolio');
  createWorkspaceStore(file, loadDemoWorkspace()).close();
  host = await startWebHost(file, { COOPFOLIO_DATA_DIR: join(temp.dir, 'user-data') });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await host?.stop();
  temp?.cleanup();
});

describeInChromium('a workspace in a sync folder', () => {
  it('is named in the host’s start-up output', () => {
    expect(host.stderr()).toContain('Warning: The file');
    expect(host.stderr()).toContain('OneDrive synchronises');
  });

  it('gets a warning under the header, in Dutch and on every screen', async () => {
    const page = await browser.newPage();
    await page.goto(`${host.url}#/overzicht`);
    const warning = page.getByTestId('location-warning');
    await warning.waitFor();
    expect(await warning.getAttribute('data-kind')).toBe('sync');
    expect(await warning.innerText()).toContain(
      '"plan.coopfolio" staat in een map die OneDrive synchroniseert',
    );
    await page.goto(`${host.url}#/rapporten`);
    await page.getByTestId('location-warning').waitFor();
    await page.close();
  });
});
