import path from 'node:path';
import { fileURLToPath } from 'node:url';

// The layer order of the code, written down once. eslint.config.js turns it into
// import-x/no-restricted-paths zones (lint fails on an upward import) and
// scripts/architecture.mjs draws it in docs/architecture.md.
//
// Bottom first. A module may import only from its own layer or a lower one; the
// hosts, the top layer, may not import one another either (each is a separate
// program). tests/, bench/ and scripts/ stand outside the layers.

/** @type {{ name: string, why: string, paths: string[] }[]} */
export const LAYERS = [
  { name: 'i18n', why: 'translation resources and translate()', paths: ['src/i18n'] },
  { name: 'model', why: 'the workspace schema and its data', paths: ['src/model', 'src/data'] },
  { name: 'finance', why: 'loans, cash flow, blend, analysis', paths: ['src/finance'] },
  { name: 'impact', why: 'the Doughnut, scenarios, contribution', paths: ['src/impact'] },
  { name: 'charts', why: 'pure chart shaping for app and report', paths: ['src/charts'] },
  {
    name: 'services',
    why: 'reports, imports, storage and small node helpers',
    paths: [
      'src/reports',
      'src/imports',
      'src/storage',
      'src/accounts',
      'src/fs',
      'src/prefs',
      'src/app-version.ts',
    ],
  },
  { name: 'contract', why: 'operation schemas, results, error codes', paths: ['src/contract'] },
  { name: 'api', why: 'handlers, invoke, session and jobs', paths: ['src/api'] },
  { name: 'hosts', why: 'the programs', paths: ['src/server', 'src/cli', 'electron', 'renderer'] },
];

/** The top layer's members, which must not import one another. */
export const HOSTS = LAYERS[LAYERS.length - 1].paths;

/** Production code, where the layer rules and no-cycle apply. */
export const PRODUCTION_FILES = [
  'src/**/*.ts',
  'src/**/*.tsx',
  'electron/**/*.ts',
  'renderer/src/**/*.ts',
  'renderer/src/**/*.tsx',
];

/**
 * Known upward imports, tolerated only while a move that removes them is under way:
 * importer file -> paths it may still import, each entry with a comment naming the
 * move. Empty since the contract moved out of src/api (issue 16); keep it so.
 *
 * @type {Record<string, string[]>}
 */
export const KNOWN_VIOLATIONS = {};

const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url));

/**
 * Zones for import-x/no-restricted-paths: for each layer, every path above it is
 * forbidden; for each host, every other host. `except` lists paths (relative to the
 * repository) that stay allowed in every zone, for a known violation.
 *
 * @param {string[]} except
 */
export function layerZones(except = []) {
  const absoluteExcept = except.map(glob);
  const layerZone = LAYERS.flatMap((layer, index) => {
    const above = LAYERS.slice(index + 1);
    return layer.paths.map((target) => ({
      target: glob(target),
      from: above.flatMap((upper) => upper.paths.map(glob)),
      message: `Layer "${layer.name}" may import only its own layer or those below it, not ${above
        .map((upper) => upper.name)
        .join(', ')} (docs/architecture.md).`,
    }));
  });
  const hostZones = HOSTS.map((host) => ({
    target: glob(host),
    from: HOSTS.filter((other) => other !== host).map(glob),
    message: 'A host may not import another host: share the code through a lower layer.',
  }));
  return [...layerZone.filter((zone) => zone.from.length > 0), ...hostZones].map((zone) => ({
    ...zone,
    ...(absoluteExcept.length > 0 ? { except: absoluteExcept } : {}),
  }));
}

// Absolute globs: the rule then matches targets and imports by glob, whatever the cwd.
function glob(relative) {
  const absolute = path.join(REPO_ROOT, relative);
  return relative.endsWith('.ts') ? absolute.replace(/\.ts$/, '.{ts,tsx}') : `${absolute}/**`;
}

/**
 * ESLint flat-config blocks: the layer zones and no-cycle on production code, with
 * the known violations exempted file by file.
 *
 * @param {{ importX: object, createNodeResolver: Function }} plugin eslint-plugin-import-x
 */
export function layerRules({ importX, createNodeResolver }) {
  const rule = (except) => ({
    'import-x/no-restricted-paths': ['error', { zones: layerZones(except) }],
  });
  return [
    {
      files: PRODUCTION_FILES,
      plugins: { 'import-x': importX },
      settings: {
        'import-x/extensions': ['.ts', '.tsx', '.mjs', '.js'],
        'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
        'import-x/resolver-next': [
          createNodeResolver({ extensions: ['.ts', '.tsx', '.mjs', '.js', '.json'] }),
        ],
      },
      rules: {
        ...rule([]),
        // Type-only imports do not count (they vanish at run time); a value cycle does.
        'import-x/no-cycle': ['error', { ignoreExternal: true }],
      },
    },
    ...Object.entries(KNOWN_VIOLATIONS).map(([importer, allowed]) => ({
      files: [importer],
      rules: rule(allowed),
    })),
  ];
}
