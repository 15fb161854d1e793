import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runIn } from '../helpers/cli';
import { makeTempDir } from '../helpers/temp-dir';

/*
 * The command line reads every format version it knows and writes the current one: the
 * version-1 demo (impact as shares of the city) imports, exports as version 2 and round
 * trips byte for byte; a file from a newer Coopfolio is refused before anything is written.
 */

const V1_DEMO = join(import.meta.dirname, '..', 'fixtures', 'impact', 'demo-workspace-v1.json');

let temp: ReturnType<typeof makeTempDir>;
beforeEach(() => (temp = makeTempDir()));
afterEach(() => temp.cleanup());

const cli = (...args: string[]) => runIn(temp.dir, args);

describe('format versions on the command line', () => {
  it('imports a version-1 file, exports the current version with outputs, and round-trips that byte for byte', async () => {
    expect((await cli('validate', V1_DEMO, '--lang', 'en')).code).toBe(0);
    expect((await cli('import', V1_DEMO, '--db', 'a.coopfolio')).code).toBe(0);
    expect((await cli('export', '--db', 'a.coopfolio', '--out', 'a.json')).code).toBe(0);
    const text = readFileSync(join(temp.dir, 'a.json'), 'utf8');
    const exported = JSON.parse(text) as { version: number; plans: { impacts: Record<string, unknown>[] }[] };
    expect(exported.version).toBe(3);
    const lines = exported.plans.flatMap((p) => p.impacts);
    expect(lines.every((line) => typeof line['output'] === 'number' && !('annual' in line))).toBe(true);
    // A version-1 line keeps its figure: no indicator has a city total yet.
    const v1 = JSON.parse(readFileSync(V1_DEMO, 'utf8')) as { plans: { impacts: { annual: number }[] }[] };
    expect(lines.map((line) => line['output'])).toEqual(
      v1.plans.flatMap((p) => p.impacts.map((l) => l.annual)),
    );

    expect((await cli('import', 'a.json', '--db', 'b.coopfolio')).code).toBe(0);
    expect((await cli('export', '--db', 'b.coopfolio', '--out', 'b.json')).code).toBe(0);
    expect(readFileSync(join(temp.dir, 'b.json'), 'utf8')).toBe(text);
  });

  it('refuses a file from a newer Coopfolio, names both versions and writes nothing', async () => {
    const json = JSON.parse(readFileSync(V1_DEMO, 'utf8')) as Record<string, unknown>;
    writeFileSync(join(temp.dir, 'future.json'), JSON.stringify({ ...json, version: 4 }));
    const result = await cli('import', 'future.json', '--db', 'c.coopfolio', '--lang', 'nl');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      'version: dit bestand is gemaakt met een nieuwere versie van Coopfolio (formaatversie 4); deze versie leest formaatversie 1 tot en met 3.',
    );
    expect(existsSync(join(temp.dir, 'c.coopfolio'))).toBe(false);
  });
});
