// Every error code of the contract is documented in docs/errors.md with the words it is
// shown with, in Dutch and English; every error class in src/ and electron/ is named there;
// and each class reaches the user with its own code instead of "internal error".
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import highsLoader from 'highs';
import { describe, expect, it } from 'vitest';
import { toApiError } from '../../src/api/errors';
import { InvalidInputError, NotAvailableError } from '../../src/api/errors';
import { describeRunFailure } from '../../src/api/scenario-run-handlers';
import { ERROR_CODES, HTTP_REFUSALS, isApiErrorCode } from '../../src/contract/errors';
import { SolverError } from '../../src/finance/blend/highs-model';
import { CORE_RESOURCES, hasTranslation, LANGS, type Lang } from '../../src/i18n';
import { CancelledError, MonteCarloTooLargeError } from '../../src/impact/errors';
import { ScenarioNotFoundError } from '../../src/impact/scenario';
import { makeIssue } from '../../src/model/issues';
import { ReportInputError } from '../../src/reports/model';
import { WorkspaceFileError } from '../../src/storage/types';

const ROOT = join(import.meta.dirname, '../..');
const DOC = readFileSync(join(ROOT, 'docs/errors.md'), 'utf8');

/** The raw template of `ns:key.path` in `lang`, as written in the resource file. */
function template(lang: Lang, key: string): string {
  const [ns, path] = key.split(':') as [string, string];
  let value: unknown = (CORE_RESOURCES[lang] as Record<string, unknown>)[ns];
  for (const part of path.split('.')) value = (value as Record<string, unknown> | undefined)?.[part];
  if (typeof value !== 'string') throw new Error(`${lang}:${key} is not a message`);
  return value;
}

/** The cells of the docs' table row for `key` (first cell is the key in backticks). */
function docRow(key: string): string[] {
  const row = DOC.split('\n').find((line) => line.startsWith(`| \`${key}\` `));
  if (row === undefined) throw new Error(`docs/errors.md has no row for ${key}`);
  return row
    .slice(1, -1)
    .split('|')
    .map((cell) => cell.trim());
}

/** The `### \`code\`` section of the docs: from its heading to the next heading. */
function docSection(code: string): string {
  const start = DOC.indexOf(`### \`${code}\`\n`);
  if (start === -1) return '';
  const next = DOC.indexOf('\n#', start + 1);
  return DOC.slice(start, next === -1 ? undefined : next);
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('error codes: documented, with words in both languages', () => {
  const codes = Object.keys(ERROR_CODES);

  it('documents every code of the contract, and no code the contract lacks', () => {
    const documented = [...DOC.matchAll(/^### `([a-z-]+)`$/gm)].map((m) => m[1]);
    expect(documented.sort()).toEqual([...codes].sort());
  });

  for (const [code, keys] of Object.entries(ERROR_CODES)) {
    it(`${code}: says when it happens and shows each message as the resources say it`, () => {
      const section = docSection(code);
      // A sentence of explanation besides the table of messages.
      expect(
        section.split('\n').filter((l) => l !== '' && !l.startsWith('|') && !l.startsWith('#')).length,
      ).toBeGreaterThan(0);
      expect(keys.length).toBeGreaterThan(0);
      for (const key of keys) {
        for (const lang of LANGS) expect(hasTranslation(lang, key), `${lang}:${key}`).toBe(true);
        expect(section, `${key} sits under ${code}`).toContain(`| \`${key}\``);
        const [, nl, en] = docRow(key);
        expect(nl, `${key} in Dutch`).toBe(template('nl', key));
        expect(en, `${key} in English`).toBe(template('en', key));
      }
    });
  }

  it('documents every transport refusal of the browser host with its HTTP status and words', () => {
    for (const [refusal, status] of Object.entries(HTTP_REFUSALS)) {
      const key = `errors:http.${refusal}`;
      const [, documentedStatus, , nl, en] = docRow(key);
      expect(documentedStatus, key).toBe(String(status));
      expect(nl).toBe(template('nl', key));
      expect(en).toBe(template('en', key));
    }
  });

  it('names every error class of src/ and electron/ on the page', () => {
    const classes = ['src', 'electron']
      .flatMap((dir) => sourceFiles(join(ROOT, dir)))
      .flatMap((file) =>
        [...readFileSync(file, 'utf8').matchAll(/class (\w+) extends (\w*Error)\b/g)].map((m) => ({
          name: m[1]!,
          file: relative(ROOT, file),
        })),
      );
    expect(classes.length).toBeGreaterThan(5);
    const missing = classes.filter((c) => !DOC.includes(`\`${c.name}\``));
    expect(missing).toEqual([]);
  });
});

describe('toApiError: every class keeps its own code', () => {
  const nl = { lang: 'nl' as const };
  const cases: [string, unknown, string][] = [
    ['InvalidInputError', new InvalidInputError([makeIssue('nl', ['id'], 'required')]), 'invalid-input'],
    [
      'InvalidInputError in use',
      new InvalidInputError([makeIssue('nl', ['id'], 'required')], 'in-use'),
      'in-use',
    ],
    ['WorkspaceFileError', new WorkspaceFileError('locked', { file: 'a.coopfolio' }), 'locked'],
    [
      'SolverError',
      new SolverError('the solver stopped without an optimal blend (status 8)'),
      'solver-failed',
    ],
    ['MonteCarloTooLargeError', new MonteCarloTooLargeError(2_000_000, 1_000_000), 'too-large'],
    ['CancelledError', new CancelledError('stopped', 3, 10), 'cancelled'],
    ['ScenarioNotFoundError', new ScenarioNotFoundError('basis'), 'not-found'],
    ['ReportInputError', new ReportInputError('Unknown scenario "x"'), 'invalid-input'],
    ['NotAvailableError', new NotAvailableError('This host cannot restore a backup'), 'not-available'],
    ['a plain Error', new Error('boom'), 'internal'],
  ];
  for (const [name, error, code] of cases) {
    it(`${name} -> ${code}`, () => {
      const mapped = toApiError(error, nl);
      expect(mapped.code).toBe(code);
      expect(isApiErrorCode(mapped.code)).toBe(true);
      expect(mapped.message).not.toBe('');
    });
  }
});

describe('a solver failure reaches the user as solver-failed, not as an internal error', () => {
  it('SolverError: the solver words with the detail, in both languages', () => {
    const error = new SolverError('no blend satisfies the minimum awards');
    expect(toApiError(error, { lang: 'nl' })).toEqual({
      code: 'solver-failed',
      message: template('nl', 'errors:solverFailed').replace(
        '{{detail}}',
        'no blend satisfies the minimum awards',
      ),
    });
    expect(toApiError(error, { lang: 'en' }).message).toContain(
      'The funding blend could not be computed: the solver (HiGHS) found no solution (no blend satisfies the minimum awards)',
    );
  });

  it('an error thrown by the HiGHS wrapper itself', async () => {
    const highs = await highsLoader();
    const native = new highs.errors.HighsError('HiGHS run failed', 'run');
    expect(toApiError(native, { lang: 'en' })).toMatchObject({ code: 'solver-failed' });
    expect(toApiError(new highs.errors.HighsValidationError('bad bounds'), { lang: 'en' }).code).toBe(
      'solver-failed',
    );
  });

  it('a scenario run whose blend fails says so as the job failure', () => {
    const failure = describeRunFailure(
      new SolverError('the solver stopped without an optimal blend (status 8)'),
      'en',
    );
    expect(failure.code).toBe('solver-failed');
    expect(failure.message).toContain('status 8');
    // Any other failure of a run keeps the run's own words.
    expect(describeRunFailure(new Error('boom'), 'en')).toEqual({
      code: 'internal',
      message: template('en', 'errors:runFailed').replace('{{detail}}', 'boom'),
    });
  });
});
