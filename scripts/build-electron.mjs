// Bundles the desktop shell: electron/main.ts -> dist-electron/main.cjs and
// electron/preload.ts -> dist-electron/preload.cjs. Electron is provided at run time;
// better-sqlite3 is a native module that must stay a real file in node_modules.
import { build } from 'esbuild';
import { copyFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

const COMMON = {
  bundle: true,
  format: 'cjs',
  target: 'node20',
  sourcemap: true,
  metafile: true,
};

/*
 * Files the main bundle loads at run time from its own folder: the HiGHS solver's
 * WebAssembly (its loader looks beside the script, `__dirname`) and the Monte Carlo
 * worker with its plain-JavaScript kernel (started as worker threads; found through
 * `import.meta.url`, which the banner below supplies in CommonJS).
 */
export const MAIN_RUNTIME_FILES = [
  'node_modules/highs/build/highs.wasm',
  'src/impact/montecarlo/worker.mjs',
  'src/impact/montecarlo/kernel.mjs',
  'src/impact/montecarlo/stats.mjs',
];

// CommonJS has no import.meta: give modules that resolve files beside themselves the bundle's own URL.
const BUNDLE_URL = {
  banner: { js: "const __bundleUrl = require('node:url').pathToFileURL(__filename).href;" },
  define: { 'import.meta.url': '__bundleUrl' },
};

export const BUNDLES = {
  main: {
    entry: 'electron/main.ts',
    platform: 'node',
    external: ['electron', 'better-sqlite3'],
    runtimeFiles: MAIN_RUNTIME_FILES,
    ...BUNDLE_URL,
  },
  // The job pool's worker thread (src/api/worker-pool.ts finds job-worker.cjs beside the
  // bundle that starts it): scenario runs and report exports off the main thread.
  'job-worker': {
    entry: 'src/api/job-worker-main.ts',
    platform: 'node',
    external: ['electron', 'better-sqlite3'],
    runtimeFiles: MAIN_RUNTIME_FILES,
    ...BUNDLE_URL,
  },
  // The preload runs sandboxed, where `require` knows only electron, events, timers
  // and url. Bundling for the browser platform turns any Node built-in that slips in
  // into a build error instead of a blank window at run time.
  preload: { entry: 'electron/preload.ts', platform: 'browser', external: ['electron'] },
};

/** Builds the bundles (all, or `only` some); returns esbuild's metafiles so tests can inspect the inputs. */
export async function buildElectron({
  outDir = join(root, 'dist-electron'),
  only,
  logLevel = 'warning',
} = {}) {
  const metafiles = {};
  for (const name of only ?? Object.keys(BUNDLES)) {
    const bundle = BUNDLES[name];
    const result = await build({
      ...COMMON,
      absWorkingDir: root,
      entryPoints: [join(root, bundle.entry)],
      outfile: join(outDir, `${name}.cjs`),
      platform: bundle.platform,
      external: bundle.external,
      ...(bundle.banner === undefined ? {} : { banner: bundle.banner, define: bundle.define }),
      logLevel,
    });
    metafiles[name] = result.metafile;
    mkdirSync(outDir, { recursive: true });
    for (const file of bundle.runtimeFiles ?? [])
      copyFileSync(join(root, file), join(outDir, file.split('/').at(-1)));
  }
  return metafiles;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  buildElectron({ logLevel: 'info' }).catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
