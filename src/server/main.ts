/**
 * `npm run web`: serves the app and its API on 127.0.0.1 for machines without a display
 * server or where Electron cannot run. Prints the URL on stdout; logs go to stderr.
 *
 *   PORT=0 (any free port; default 5178)  BROWSER=none (do not open a browser)
 *   --workspace <file.coopfolio> (default: the demo, copied into the user data folder on first run)
 */
import { spawn } from 'node:child_process';
import { findChromium, renderPdfWithChromium } from '../reports/pdf';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { createSession } from '../api/session';
import { WorkspaceFileError } from '../storage/types';
import { latestUsableBackup, restoreMayHelp, storageErrorMessage } from '../storage';
import { createRequestHandler, createToken } from './app';
import { ensureRendererBuilt } from './renderer-build';
import { resolveWorkspaceFile } from './workspace-file';
import { createPreferencesFile } from '../prefs/preferences';
import { userDataDir } from './user-data';
import { assessWorkspaceLocation, locationRiskMessage, nodeLocationProbe } from '../storage/location-risk';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const DEFAULT_PORT = 5178;

function log(line: string) {
  process.stderr.write(`${line}\n`);
}

function argValue(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

function openBrowser(url: string) {
  const command =
    process.platform === 'darwin' ? 'open' : process.platform === 'win32' ? 'explorer' : 'xdg-open';
  const child = spawn(command, [url], { detached: true, stdio: 'ignore' });
  child.on('error', () => log(`Open ${url} in your browser.`));
  child.unref();
}

async function main() {
  ensureRendererBuilt(ROOT, log);
  // Report PDFs go through Chromium when this machine has it; otherwise the export writes HTML.
  const chromium = findChromium(process.env);
  const preferences = createPreferencesFile(userDataDir());
  const session = createSession({
    pdfRenderer: () =>
      chromium === null ? null : (html) => renderPdfWithChromium(html, { executablePath: chromium }),
    backups: {
      policy: () => preferences.read().backups,
      setPolicy: (policy) => preferences.setBackupPolicy(policy).backups,
      onError: (error) =>
        log(
          `Automatic backup failed: ${error instanceof WorkspaceFileError ? storageErrorMessage(error, 'en') : String(error)}`,
        ),
    },
  });
  const file = resolveWorkspaceFile(argValue('--workspace'), log);
  try {
    session.open(file);
  } catch (error) {
    if (!(error instanceof WorkspaceFileError)) throw error;
    log(storageErrorMessage(error, 'en'));
    // Only a damaged file with a sound backup: the app then offers that backup. The file
    // is left as it is until the user chooses; restoring is never automatic.
    if (!restoreMayHelp(error) || latestUsableBackup(file) === null) process.exit(2);
    log(
      `A backup of this workspace exists. The app offers to put it in place (the refused file is kept aside); or, with the host stopped: npx coopfolio restore --db "${file}"`,
    );
    session.refuse(file, error);
  }
  const risk = assessWorkspaceLocation(file, nodeLocationProbe);
  // The app shows it too (workspace.info); here it reaches whoever started the host.
  if (risk !== null) log(`Warning: ${locationRiskMessage(risk, 'en', file)}`);
  const portText = process.env['PORT'];
  const requested = portText === undefined || portText === '' ? DEFAULT_PORT : Number(portText);
  if (!Number.isInteger(requested) || requested < 0 || requested > 65535) {
    log(`PORT must be a whole number from 0 to 65535, not "${portText}".`);
    process.exit(2);
  }
  let port = requested;
  const handler = createRequestHandler({
    services: session,
    rendererDir: join(ROOT, 'renderer', 'dist'),
    token: createToken(),
    port: () => port,
  });
  const server = createServer((req, res) => void handler(req, res));
  server.on('error', (error) => {
    log(`The server could not start: ${error.message}`);
    process.exit(1);
  });
  server.listen(requested, '127.0.0.1', () => {
    port = (server.address() as AddressInfo).port;
    const url = `http://127.0.0.1:${port}/`;
    log(`Coopfolio is serving ${file}`);
    process.stdout.write(`${url}\n`);
    if (process.env['BROWSER'] !== 'none') openBrowser(url);
  });
  const stop = () => {
    server.close();
    session.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  log(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
