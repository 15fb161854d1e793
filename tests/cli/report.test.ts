import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { demoWorkspaceJson } from '../../src/data';
import { runIn } from '../helpers/cli';
import { makeTempDir } from '../helpers/temp-dir';

let temp: ReturnType<typeof makeTempDir>;
beforeEach(() => {
  temp = makeTempDir();
  writeFileSync(join(temp.dir, 'demo.json'), JSON.stringify(demoWorkspaceJson()));
});
afterEach(() => temp.cleanup());

describe('coopfolio report', () => {
  it('writes HTML and says how to get a PDF when no Chromium may be used', async () => {
    const result = await runIn(
      temp.dir,
      [
        'report',
        '--workspace',
        'demo.json',
        '--scenario',
        'basis',
        '--out',
        'rapport',
        '--format',
        'pdf,csv',
        '--draws',
        '50',
      ],
      { CHROMIUM_PATH: 'none' },
    );
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Geen PDF: Chromium is niet gevonden');
    expect(result.stdout).toContain('rapport.html');
    const dir = join(temp.dir, 'rapport');
    expect(existsSync(join(dir, 'rapport.pdf'))).toBe(false);
    expect(readFileSync(join(dir, 'rapport.html'), 'utf8')).toContain('Gemeente Amstelstad');
    expect(readFileSync(join(dir, 'rapport-plans.csv'), 'utf8').startsWith('\uFEFF')).toBe(true);
    // Progress goes to stderr, never into the list of files.
    expect(result.stderr).toContain('100%');
  });

  it('writes English with --lang en and refuses unknown formats and scenarios with exit code 2', async () => {
    const english = await runIn(temp.dir, [
      'report',
      '--workspace',
      'demo.json',
      '--scenario',
      'basis',
      '--out',
      'en',
      '--format',
      'csv',
      '--draws',
      '50',
      '--lang',
      'en',
    ]);
    expect(english.code).toBe(0);
    expect(english.stdout).toContain('report-plans.csv');
    expect(readFileSync(join(temp.dir, 'en', 'report-plans.csv'), 'utf8')).toContain('"Plan id","Plan"');

    const badFormat = await runIn(temp.dir, ['report', '--demo', '--out', 'x', '--format', 'pdf,docx']);
    expect(badFormat.code).toBe(2);
    expect(badFormat.stderr).toContain('docx');
    const badScenario = await runIn(temp.dir, ['report', '--demo', '--out', 'x', '--scenario', 'nope']);
    expect(badScenario.code).toBe(2);
    expect(badScenario.stderr).toContain('nope');
    const twoSources = await runIn(temp.dir, ['report', '--demo', '--workspace', 'demo.json', '--out', 'x']);
    expect(twoSources.code).toBe(2);
    expect(existsSync(join(temp.dir, 'x'))).toBe(false);
  });
});
