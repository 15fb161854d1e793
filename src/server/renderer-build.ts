import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Folders whose changes make the renderer bundle stale. */
const RENDERER_SOURCES = [
  'renderer/src',
  'renderer/index.html',
  'renderer/vite.config.ts',
  'src/model',
  'src/api',
  // The contract's import schemas use these from the browser bundle too.
  'src/imports',
  'src/reports/kinds.ts',
  'src/impact/doughnut-geometry.ts',
];

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

export function rendererIsStale(root: string): boolean {
  const index = join(root, 'renderer', 'dist', 'index.html');
  if (!existsSync(index)) return true;
  const built = statSync(index).mtimeMs;
  return RENDERER_SOURCES.some((source) => newestMtime(join(root, source)) > built);
}

/** Builds the renderer with Vite when its bundle is missing or older than its sources. */
export function ensureRendererBuilt(root: string, log: (line: string) => void): void {
  if (!rendererIsStale(root)) return;
  log('Building the user interface (vite build)…');
  const vite = join(root, 'node_modules', 'vite', 'bin', 'vite.js');
  const result = spawnSync(
    process.execPath,
    [vite, 'build', '--config', 'renderer/vite.config.ts', '--logLevel', 'warn'],
    {
      cwd: root,
      stdio: ['ignore', 'inherit', 'inherit'],
    },
  );
  if (result.status !== 0) throw new Error('The user interface could not be built (vite build failed).');
}
