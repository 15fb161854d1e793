// Bundles the desktop shell: electron/main.ts -> dist-electron/main.cjs and
// electron/preload.ts -> dist-electron/preload.cjs. Electron is provided at run time;
// better-sqlite3 is a native module that must stay a real file in node_modules.
import { build } from 'esbuild';
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

export const BUNDLES = {
  main: { entry: 'electron/main.ts', platform: 'node', external: ['electron', 'better-sqlite3'] },
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
      logLevel,
    });
    metafiles[name] = result.metafile;
  }
  return metafiles;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  buildElectron({ logLevel: 'info' }).catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
