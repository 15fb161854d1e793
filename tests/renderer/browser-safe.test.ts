/**
 * The renderer runs in a browser (and Electron's sandboxed renderer): nothing it imports,
 * directly or through the shared contract in src/, may reach Node's built-ins or native
 * modules. A slip (a schema file importing storage code) builds fine and only fails at
 * run time in the page ("i is not a function"), so the import graph is checked here.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..', '..');
const ENTRY = join(ROOT, 'renderer', 'src', 'main.tsx');
const FORBIDDEN = /^(node:|fs$|path$|os$|child_process$|better-sqlite3$|exceljs$|playwright-core$|highs$)/;
const IMPORT =
  /(?:^|\n)\s*(?:import|export)\s+(?:type\s+)?[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|(?:^|\n)\s*import\s+['"]([^'"]+)['"]/g;

function resolveLocal(from: string, specifier: string): string | null {
  const base = resolve(dirname(from), specifier);
  for (const candidate of [
    base,
    `${base}.ts`,
    `${base}.tsx`,
    join(base, 'index.ts'),
    join(base, 'index.tsx'),
  ]) {
    if (existsSync(candidate) && /\.(ts|tsx)$/.test(candidate)) return candidate;
  }
  return null;
}

/** Every module the renderer reaches at run time (type-only imports excluded), with who imports what. */
function runtimeImports(entry: string): Map<string, string[]> {
  const seen = new Map<string, string[]>();
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.pop() as string;
    if (seen.has(file)) continue;
    const text = readFileSync(file, 'utf8');
    const specifiers: string[] = [];
    for (const match of text.matchAll(IMPORT)) {
      if (/^\s*(import|export)\s+type\s/.test(match[0].trimStart())) continue;
      const specifier = match[1] ?? match[2] ?? match[3];
      if (specifier !== undefined) specifiers.push(specifier);
    }
    seen.set(file, specifiers);
    for (const specifier of specifiers) {
      if (!specifier.startsWith('.')) continue;
      const local = resolveLocal(file, specifier);
      if (local !== null) queue.push(local);
    }
  }
  return seen;
}

describe('the renderer bundle', () => {
  it('reaches no Node built-in or native module, also not through src/', () => {
    const graph = runtimeImports(ENTRY);
    const offending: string[] = [];
    for (const [file, specifiers] of graph) {
      for (const specifier of specifiers) {
        if (FORBIDDEN.test(specifier)) offending.push(`${relative(ROOT, file)} imports ${specifier}`);
      }
    }
    expect(offending).toEqual([]);
    // The walk really went through the shared contract.
    expect([...graph.keys()].map((file) => relative(ROOT, file))).toContain('src/contract/operations.ts');
  });
});
