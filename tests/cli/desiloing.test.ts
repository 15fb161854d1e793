import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runIn } from '../helpers/cli';
import { makeTempDir } from '../helpers/temp-dir';
import { careAndEnergyJson } from '../impact/desiloing-fixture';

const temp = makeTempDir();
afterAll(() => temp.cleanup());

function workspaceFile(): string {
  const file = join(temp.dir, 'zorg.json');
  writeFileSync(file, JSON.stringify(careAndEnergyJson()));
  return file;
}

describe('coopfolio scenario with pooled silos', () => {
  it('prints gap with silos, pooled and closed in the table and in --json', async () => {
    const file = workspaceFile();
    const args = ['scenario', '--workspace', file, '--scenario', 'pooled', '--draws', '20'];
    const text = await runIn(process.cwd(), [...args, '--lang', 'en']);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain(
      'De-siloing (Gemeente sociaal domein, Gemeente energie): gap with silos €65,000, pooled €35,000, closed €30,000',
    );
    const json = await runIn(process.cwd(), [...args, '--json']);
    expect(json.code).toBe(0);
    const run = JSON.parse(json.stdout) as { desiloing: Record<string, unknown> };
    expect(run.desiloing).toMatchObject({ gapSiloed: 65000, gapPooled: 35000, gapClosed: 30000 });
    const siloed = await runIn(process.cwd(), [
      'scenario',
      '--workspace',
      file,
      '--scenario',
      'siloed',
      '--json',
    ]);
    expect((JSON.parse(siloed.stdout) as { desiloing: unknown }).desiloing).toBeNull();
  }, 120_000);
});
