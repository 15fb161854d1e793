// `coopfolio blend --scenario` on a large generated portfolio: progress on stderr with
// --progress, and Ctrl-C (SIGINT to the child process) cancels cleanly. No timing
// asserts: the signal is sent once the first progress line is out.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { blendProgressLine } from '../../src/cli/blend-progress';
import { EXIT_CANCELLED } from '../../src/cli/io';
import { createWorkspaceStore } from '../../src/storage';
import { blendPortfolioWorkspace, PORTFOLIO_SCENARIO_ID } from '../helpers/blend-portfolio';
import { makeTempDir } from '../helpers/temp-dir';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const temp = makeTempDir();
const file = join(temp.dir, 'large.coopfolio');

beforeAll(() => {
  createWorkspaceStore(file, blendPortfolioWorkspace(200)).close();
});
afterAll(() => temp.cleanup());

interface Finished {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Runs the installed command; `onStderr` sees stderr as it grows and may signal the child. */
function coopfolio(args: string[], onStderr?: (text: string, interrupt: () => void) => void) {
  const child = spawn(process.execPath, [join(ROOT, 'bin', 'coopfolio.mjs'), ...args], {
    cwd: temp.dir,
  });
  let stdout = '';
  let stderr = '';
  let interrupted = false;
  const interrupt = () => {
    if (interrupted) return;
    interrupted = true;
    child.kill('SIGINT');
  };
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk;
    onStderr?.(stderr, interrupt);
  });
  return new Promise<Finished>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
}

describe('coopfolio blend: progress and Ctrl-C', () => {
  it('shows the search on stderr with --progress and prints the blend on stdout', async () => {
    const result = await coopfolio([
      'blend',
      '--db',
      file,
      '--scenario',
      PORTFOLIO_SCENARIO_ID,
      '--progress',
      '--lang',
      'en',
    ]);
    expect(result.stderr).toMatch(/^Relaxation: 0 subproblems, no blend yet \(bound €[\d,.]+\)$/m);
    expect(result.stderr).toMatch(/^Done: [\d,]+ subproblems, now at most €[\d,.]+ from the best possible/m);
    // Piped: one report per line, no carriage returns.
    expect(result.stderr).not.toContain('\r');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Total');
  }, 300_000);

  it('stops on SIGINT after the first progress line: "Geannuleerd", exit 130, nothing on stdout', async () => {
    const result = await coopfolio(
      ['blend', '--db', file, '--scenario', PORTFOLIO_SCENARIO_ID, '--progress', '--lang', 'nl'],
      (stderr, interrupt) => {
        if (stderr.includes('\n')) interrupt();
      },
    );
    expect(result.stderr).toMatch(/^Relaxatie: 0 deelproblemen, nog geen blend/m);
    expect(result.stderr.trimEnd().split('\n').at(-1)).toBe('Geannuleerd');
    expect(result.code).toBe(EXIT_CANCELLED);
    expect(result.stdout).toBe('');
  }, 300_000);

  it('words a report in both languages', () => {
    const searching = { phase: 'search', nodes: 1234, covered: 99_000_000, bound: 99_015_050 } as const;
    const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');
    expect(plain(blendProgressLine('nl', searching))).toBe(
      'Zoeken: 1.234 deelproblemen, nu hoogstens € 150,50 van het best mogelijke (grens € 990.151)',
    );
    expect(blendProgressLine('en', { ...searching, covered: null })).toBe(
      'Search: 1,234 subproblems, no blend yet (bound €990,151)',
    );
  });
});
