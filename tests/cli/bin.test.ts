import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { clone, workspaceJson } from '../helpers/builders';
import { makeTempDir } from '../helpers/temp-dir';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const temp = makeTempDir();
afterAll(() => temp.cleanup());

function coopfolio(...args: string[]) {
  return spawnSync(process.execPath, [join(ROOT, 'bin', 'coopfolio.mjs'), ...args], {
    cwd: temp.dir,
    encoding: 'utf8',
    env: { ...process.env, COOPFOLIO_LANG: 'en' },
  });
}

describe('the installed coopfolio command', () => {
  it('runs from the package bin and exits 0 on a valid workspace', () => {
    writeFileSync(join(temp.dir, 'ok.json'), JSON.stringify(workspaceJson()));
    const result = coopfolio('validate', 'ok.json');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it('exits 2 with the path of the problem on stderr', () => {
    const json = clone(workspaceJson());
    json.fundingStreams![0]!.maxShareOfPlan = 2;
    writeFileSync(join(temp.dir, 'bad.json'), JSON.stringify(json));
    const result = coopfolio('validate', 'bad.json');
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('fundingStreams[0].maxShareOfPlan: must be a fraction between 0 and 1');
  });
});
