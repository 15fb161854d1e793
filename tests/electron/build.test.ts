import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { makeTempDir } from '../helpers/temp-dir';

interface Metafile {
  inputs: Record<string, unknown>;
}

interface BuildScript {
  buildElectron(options: { outDir: string; only: string[] }): Promise<Record<string, Metafile>>;
}

// A computed specifier: the build script is plain JavaScript without type declarations.
const scriptUrl = pathToFileURL(join(import.meta.dirname, '../../scripts/build-electron.mjs')).href;
const { buildElectron } = (await import(scriptUrl)) as BuildScript;

const temp = makeTempDir();
afterAll(() => temp.cleanup());

describe('preload bundle', () => {
  it('contains only the preload itself: no zod, no storage, no Node built-ins', async () => {
    const metafiles = await buildElectron({ outDir: temp.dir, only: ['preload'] });
    expect(Object.keys(metafiles['preload']?.inputs ?? {})).toEqual(['electron/preload.ts']);
    const code = readFileSync(join(temp.dir, 'preload.cjs'), 'utf8');
    const required = [...code.matchAll(/require\("([^"]+)"\)/g)].map((match) => match[1]);
    expect(required).toEqual(['electron']);
  });
});
