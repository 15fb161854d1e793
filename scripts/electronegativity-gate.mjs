#!/usr/bin/env node
/**
 * CI gate for the desktop shell: runs @doyensec/electronegativity through its
 * programmatic API and fails on any finding not on the commented waiver list
 * (scripts/electronegativity-waivers.json).
 *
 * Why not the CLI: it exits 0 even with findings (doyensec/electronegativity#108)
 * and writes its output file asynchronously. Why no severity filter: an explicit
 * `nodeIntegration: true` is rated INFORMATIONAL, so every finding counts.
 * Offline: the tool tries to fetch Electron releases and carries on without them;
 * we pass the installed Electron version so it does not assume v0.1.0 defaults.
 *
 * Usage: node scripts/electronegativity-gate.mjs [--json] [--input DIR] [--waivers FILE]
 * (--input and --waivers exist so the test can prove the gate fails on a finding.)
 * Exit codes: 0 no unwaived finding, 1 unwaived findings or parse errors, 2 the tool failed.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(ROOT, 'package.json'));

/** Folders scanned: the shell's sources (the bundle is built from them). */
export const SCAN_INPUTS = ['electron'];

function readJson(path) {
  return JSON.parse(readFileSync(path, 'utf8'));
}

export function loadWaivers(path = join(ROOT, 'scripts', 'electronegativity-waivers.json')) {
  const waivers = readJson(path).waivers;
  for (const waiver of waivers) {
    if (typeof waiver.id !== 'string' || typeof waiver.file !== 'string') {
      throw new Error(`waiver without id or file: ${JSON.stringify(waiver)}`);
    }
    if (typeof waiver.why !== 'string' || waiver.why.trim().length < 20) {
      throw new Error(`waiver ${waiver.id} ${waiver.file} has no explanation`);
    }
  }
  return waivers;
}

function installedElectronVersion() {
  try {
    return readJson(require.resolve('electron/package.json')).version;
  } catch {
    return undefined;
  }
}

/** A finding as plain data: check id, file relative to the repository, line. */
function toFinding(issue, input) {
  const file = issue.file === 'N/A' ? 'N/A' : relative(ROOT, join(input, issue.file)).split('\\').join('/');
  return {
    id: issue.id,
    file,
    line: issue.location?.line ?? 0,
    column: issue.location?.column ?? 0,
    severity: issue.severity?.name ?? String(issue.severity?.value),
    confidence: issue.confidence?.name ?? String(issue.confidence?.value),
  };
}

/** Waivers match on check id and file (not line: lines move with every edit). */
function waiverFor(finding, waivers) {
  return waivers.find((w) => w.id === finding.id && w.file === finding.file);
}

/** Runs the scan and splits the findings; resolves only once the tool has finished. */
export async function runGate({ inputs = SCAN_INPUTS, waivers = loadWaivers() } = {}) {
  const run = require('@doyensec/electronegativity');
  const electronVersion = installedElectronVersion();
  const findings = [];
  const errors = [];
  // The tool logs its own network warnings through console/winston; keep stdout for our report.
  const log = console.log;
  console.log = (...args) => console.error(...args);
  try {
    for (const folder of inputs) {
      const input = resolve(ROOT, folder);
      const result = await run({
        input,
        isRelative: true,
        ...(electronVersion === undefined ? {} : { electronVersionOverride: electronVersion }),
      });
      findings.push(...result.issues.map((issue) => toFinding(issue, input)));
      errors.push(...result.errors.filter((e) => !e.tolerable).map((e) => `${e.file}: ${e.message}`));
    }
  } finally {
    console.log = log;
  }
  const waived = [];
  const unwaived = [];
  for (const finding of findings) (waiverFor(finding, waivers) ? waived : unwaived).push(finding);
  const unusedWaivers = waivers.filter((w) => !findings.some((f) => waiverFor(f, [w])));
  return { electronVersion: electronVersion ?? null, findings, waived, unwaived, unusedWaivers, errors };
}

const describe = (f) => `${f.id} ${f.file}:${f.line}:${f.column} (${f.severity}, ${f.confidence})`;

function option(name) {
  const at = process.argv.indexOf(name);
  return at === -1 ? undefined : process.argv[at + 1];
}

async function main() {
  let report;
  try {
    const input = option('--input');
    const waiversFile = option('--waivers');
    report = await runGate({
      ...(input === undefined ? {} : { inputs: [input] }),
      ...(waiversFile === undefined ? {} : { waivers: loadWaivers(waiversFile) }),
    });
  } catch (error) {
    console.error(`electronegativity gate: the scan failed: ${error instanceof Error ? error.stack : error}`);
    return 2;
  }
  if (process.argv.includes('--json')) {
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  } else {
    process.stdout.write(
      `electronegativity: ${report.findings.length} findings, ${report.waived.length} waived, ` +
        `${report.unwaived.length} not waived, ${report.errors.length} parse errors\n`,
    );
    for (const f of report.unwaived) process.stdout.write(`  NOT WAIVED ${describe(f)}\n`);
    for (const e of report.errors) process.stdout.write(`  PARSE ERROR ${e}\n`);
    for (const w of report.unusedWaivers) process.stdout.write(`  unused waiver ${w.id} ${w.file}\n`);
  }
  return report.unwaived.length > 0 || report.errors.length > 0 ? 1 : 0;
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  process.exitCode = await main();
}
