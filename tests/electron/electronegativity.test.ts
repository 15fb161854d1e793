import { execFile } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir } from '../helpers/temp-dir';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const GATE = join(ROOT, 'scripts', 'electronegativity-gate.mjs');

interface Finding {
  id: string;
  file: string;
  line: number;
}
interface GateReport {
  electronVersion: string | null;
  findings: Finding[];
  waived: Finding[];
  unwaived: Finding[];
  unusedWaivers: { id: string; file: string }[];
  errors: string[];
}

/** Runs the gate as CI does (a separate node process) and reads its JSON report. */
function runGate(args: string[]): Promise<{ code: number; report: GateReport }> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [GATE, '--json', ...args],
      { cwd: ROOT, timeout: 120_000 },
      (error, stdout) => {
        const code = error === null ? 0 : typeof error.code === 'number' ? error.code : -1;
        try {
          resolve({ code, report: JSON.parse(stdout) as GateReport });
        } catch {
          reject(new Error(`gate exited ${code} without a JSON report: ${String(error)}`));
        }
      },
    );
  });
}

let temp: ReturnType<typeof makeTempDir>;
let shell: { code: number; report: GateReport };
let unsafe: { code: number; report: GateReport };

// Both scans start together: each waits a few seconds for the tool's (offline) release check.
beforeAll(async () => {
  temp = makeTempDir();
  const dir = join(temp.dir, 'unsafe');
  writeFileSync(join(temp.dir, 'no-waivers.json'), '{ "waivers": [] }');
  mkdirSync(dir);
  // An explicit nodeIntegration: true without sandbox: the gate must fail on it, and it
  // filters by nothing (the tool rates some dangerous settings INFORMATIONAL).
  writeFileSync(
    join(dir, 'main.js'),
    "const { BrowserWindow } = require('electron');\n" +
      'new BrowserWindow({ webPreferences: { nodeIntegration: true } });\n',
  );
  [shell, unsafe] = await Promise.all([
    runGate([]),
    runGate(['--input', dir, '--waivers', join(temp.dir, 'no-waivers.json')]),
  ]);
}, 180_000);

afterAll(() => temp.cleanup());

describe('electronegativity gate', () => {
  it('passes on the desktop shell: every finding is on the commented waiver list', () => {
    const { report } = shell;
    console.info(
      `electronegativity (Electron ${report.electronVersion ?? '?'}): ${report.findings.length} findings, ` +
        `${report.waived.length} waived, ${report.unwaived.length} not waived`,
    );
    expect(report.unwaived).toEqual([]);
    expect(report.errors).toEqual([]);
    expect(shell.code).toBe(0);
  });

  it('keeps no waiver for a finding that no longer exists', () => {
    expect(shell.report.unusedWaivers).toEqual([]);
  });

  it('fails on a finding that is not waived, whatever its severity', () => {
    expect(unsafe.code).toBe(1);
    expect(unsafe.report.unwaived.map((f) => f.id)).toContain('NODE_INTEGRATION_JS_CHECK');
  });
});
