// Builds better-sqlite3 for Electron's ABI in a cache folder, leaving node_modules
// built for Node (tests, CLI and the browser host keep working). The desktop app is
// pointed at the copy through COOPFOLIO_SQLITE_BINDING (see src/storage/driver.ts).
// Installers do not need this: electron-builder rebuilds the module when packaging.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const PACKAGE_PARTS = ['package.json', 'binding.gyp', 'src', 'deps', 'lib'];

function run(command, args, cwd) {
  const result = spawnSync(command, args, { cwd, stdio: 'inherit', timeout: 15 * 60_000 });
  return result.status === 0;
}

/** Returns the path of better_sqlite3.node built for this Electron, building it once if needed. */
export function ensureElectronSqlite(root, electronVersion) {
  const source = join(root, 'node_modules', 'better-sqlite3');
  const { version } = JSON.parse(readFileSync(join(source, 'package.json'), 'utf8'));
  const folder = join(
    root,
    'node_modules',
    '.cache',
    'coopfolio',
    `better-sqlite3-${version}-electron-${electronVersion}`,
  );
  const binding = join(folder, 'build', 'Release', 'better_sqlite3.node');
  if (existsSync(binding)) return binding;

  console.log(`Preparing SQLite for Electron ${electronVersion} (once)…`);
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  for (const part of PACKAGE_PARTS) {
    if (existsSync(join(source, part))) cpSync(join(source, part), join(folder, part), { recursive: true });
  }
  const target = [`--target=${electronVersion}`, `--arch=${process.arch}`];
  // A prebuilt binary for this Electron when one is published; otherwise compile against Electron's headers.
  const prebuild = join(root, 'node_modules', 'prebuild-install', 'bin.js');
  const fetched =
    existsSync(prebuild) && run(process.execPath, [prebuild, '--runtime=electron', ...target], folder);
  if (!fetched) {
    const nodeGyp = process.env.npm_config_node_gyp;
    const args = ['rebuild', '--release', ...target, '--dist-url=https://electronjs.org/headers'];
    const built = nodeGyp
      ? run(process.execPath, [nodeGyp, ...args], folder)
      : run('npx', ['--yes', 'node-gyp', ...args], folder);
    if (!built) return null;
  }
  return existsSync(binding) ? binding : null;
}
