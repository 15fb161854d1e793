// `npm start`: rebuilds the renderer when its sources are newer than the build,
// bundles the shell, then runs Electron on this folder. Where Electron's binary is
// missing or cannot start (as on CI), it says so and points to the browser host.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildElectron } from './build-electron.mjs';
import { ensureElectronSqlite } from './electron-native.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// The renderer bundles the model and the contract, so their changes make it stale too.
const RENDERER_INPUTS = [
  'renderer/index.html',
  'renderer/vite.config.ts',
  'renderer/src',
  'renderer/public',
  'src/model',
  'src/api',
];
const QUICK_EXIT_MS = 10_000;

function newestChange(path) {
  if (!existsSync(path)) return 0;
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.mtimeMs;
  let newest = stats.mtimeMs;
  for (const entry of readdirSync(path)) {
    if (entry === 'node_modules' || entry === 'dist') continue;
    newest = Math.max(newest, newestChange(join(path, entry)));
  }
  return newest;
}

function rendererIsStale() {
  const index = join(root, 'renderer', 'dist', 'index.html');
  if (!existsSync(index)) return true;
  const built = statSync(index).mtimeMs;
  return RENDERER_INPUTS.some((input) => newestChange(join(root, input)) > built);
}

function buildRenderer() {
  console.log('Building the renderer…');
  const vite = join(root, 'node_modules', 'vite', 'bin', 'vite.js');
  const result = spawnSync(process.execPath, [vite, 'build', '--config', 'renderer/vite.config.ts'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (result.status !== 0) throw new Error('the renderer build failed (see above)');
}

function binaryPresent(packageDir) {
  const pathFile = join(packageDir, 'path.txt');
  if (!existsSync(pathFile)) return false;
  return existsSync(join(packageDir, 'dist', readFileSync(pathFile, 'utf8').trim()));
}

/**
 * Checked before `require('electron')`: with the binary missing, that require tries
 * to download it, which hangs or fails without network.
 */
function electronBinary() {
  const require = createRequire(join(root, 'package.json'));
  let packageDir;
  try {
    packageDir = dirname(require.resolve('electron/package.json'));
  } catch {
    return { error: 'the electron package is not installed' };
  }
  if (process.env.ELECTRON_OVERRIDE_DIST_PATH === undefined && !binaryPresent(packageDir)) {
    // Electron 45 downloads its binary on first use; do it here, bounded, so a machine
    // without network gets a clear message instead of a hang.
    console.log("Downloading Electron's binary (once)…");
    spawnSync(process.execPath, [join(packageDir, 'install.js')], { stdio: 'inherit', timeout: 10 * 60_000 });
    if (!binaryPresent(packageDir)) return { error: "Electron's binary could not be downloaded" };
  }
  try {
    return { path: require('electron') };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

function giveUp(reason) {
  console.error(`\nThe Coopfolio desktop app cannot start: ${reason}.`);
  console.error('Use the browser version instead:  npm run web');
  console.error(
    "(The desktop app downloads Electron's binary on its first start; that needs network access.)",
  );
  process.exit(1);
}

function launch(executable, sqliteBinding) {
  const env = { ...process.env, COOPFOLIO_SQLITE_BINDING: sqliteBinding };
  // Inherited, this would make Electron behave as plain Node and never open a window.
  delete env.ELECTRON_RUN_AS_NODE;
  const startedAt = Date.now();
  const child = spawn(executable, ['.'], { cwd: root, stdio: 'inherit', env });
  child.on('error', (error) => giveUp(`Electron could not be started (${error.message})`));
  child.on('exit', (code, signal) => {
    if (code !== 0 && Date.now() - startedAt < QUICK_EXIT_MS) {
      giveUp(`Electron exited right after starting (${signal ?? `exit code ${code}`})`);
    }
    process.exit(code ?? 0);
  });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
}

// Checked first: without a binary there is nothing to build for.
const electron = electronBinary();
if (electron.path === undefined) giveUp(electron.error);
try {
  if (rendererIsStale()) buildRenderer();
  await buildElectron({ logLevel: 'warning' });
} catch (error) {
  console.error(`Build failed: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
}
const electronVersion = JSON.parse(
  readFileSync(join(root, 'node_modules', 'electron', 'package.json'), 'utf8'),
).version;
const sqliteBinding = ensureElectronSqlite(root, electronVersion);
if (sqliteBinding === null) giveUp(`SQLite could not be built for Electron ${electronVersion}`);
launch(electron.path, sqliteBinding);
