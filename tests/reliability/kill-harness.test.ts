import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, describe, expect, it } from 'vitest';
import { createWorkspaceStore, openWorkspaceStore } from '../../src/storage';
import { openWorkspaceDatabase } from '../../src/storage/connection';
import { sidecarsOf } from '../../src/storage/files';
import { probeWorkspaceFile } from '../../src/storage/probe';
import { SqliteWorkspaceStore } from '../../src/storage/store';
import { tempFolders } from '../storage/builders';
import { FIXTURE_DIR, richVariant, stateHash, v10Workspace } from './workspace-state';
import { mulberry32 } from '../../bench/workloads/prng';

// `npm test` keeps this short; `npm run test:stress` sets 220.
const KILLS = Number(process.env['COOPFOLIO_KILLS'] ?? '25');
const SEED = Number(process.env['COOPFOLIO_KILL_SEED'] ?? '20261128');
/** Every tenth run starts from the schema-10 fixture, so kills also land in migrations. */
const MIGRATION_EVERY = 10;
const CHILD = join(import.meta.dirname, 'writer-child.ts');

const folders = tempFolders();
afterAll(() => folders.cleanup());

interface Run {
  lines: string[];
  signal: NodeJS.Signals | null;
}

/**
 * Starts the writer and SIGKILLs it `delayMs` after it prints `trigger`
 * ('opening' to land in the open and migration, 'opened' to land in the writes).
 */
function runAndKill(
  file: string,
  backupDir: string,
  seed: number,
  trigger: string,
  delayMs: number,
): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, file, backupDir, String(seed)], {
      cwd: process.cwd(),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const lines: string[] = [];
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    createInterface({ input: child.stdout }).on('line', (line) => {
      lines.push(line);
      if (line === trigger || line.startsWith(`${trigger} `)) {
        setTimeout(() => child.kill('SIGKILL'), delayMs);
      }
    });
    child.on('error', reject);
    child.on('close', (code, signal) => {
      if (signal !== 'SIGKILL')
        reject(new Error(`writer ended by itself (${code}): ${lines.at(-1)} ${stderr}`));
      else resolve({ lines, signal });
    });
  });
}

/** The states the file may hold after the kill: the last committed one, or the one in flight. */
function allowedStates(
  lines: readonly string[],
  before: string,
): {
  allowed: Set<string>;
  commits: number;
  byOperation: Map<string, number>;
  inFlight?: string;
  inFlightOperation?: string;
} {
  let committed = before;
  let inFlight: string | undefined;
  let inFlightOperation: string | undefined;
  let commits = 0;
  const byOperation = new Map<string, number>();
  for (const line of lines) {
    const [kind, , operation = '', hash] = line.split(' ');
    if (kind === 'error') throw new Error(`writer failed: ${line}`);
    if (kind === 'opened' && line.split(' ')[1] !== before)
      throw new Error(`opened ${line} but expected ${before}`);
    if (kind === 'intent' && hash !== undefined) {
      inFlight = hash;
      inFlightOperation = operation;
    }
    if (kind === 'commit' && hash !== undefined) {
      committed = hash;
      inFlight = undefined;
      inFlightOperation = undefined;
      commits++;
      byOperation.set(operation, (byOperation.get(operation) ?? 0) + 1);
    }
  }
  const allowed = new Set([committed, ...(inFlight === undefined ? [] : [inFlight])]);
  return inFlight === undefined || inFlightOperation === undefined
    ? { allowed, commits, byOperation }
    : { allowed, commits, byOperation, inFlight, inFlightOperation };
}

/** "replace 12, backup 30, …" in a fixed order, for the summary line. */
function tally(counts: ReadonlyMap<string, number>): string {
  return [...counts.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, count]) => `${name} ${count}`)
    .join(', ');
}

function add(counts: Map<string, number>, name: string, count = 1): void {
  counts.set(name, (counts.get(name) ?? 0) + count);
}

/** Opens through the real open path and checks the file page by page and row by row. */
function openAndCheck(file: string, backupDir: string): string {
  const { db } = openWorkspaceDatabase(file, { backupDir });
  try {
    expect(db.prepare('PRAGMA integrity_check').pluck().all()).toEqual(['ok']);
    expect(db.prepare('PRAGMA foreign_key_check').all()).toEqual([]);
    return stateHash(new SqliteWorkspaceStore(file, db).load());
  } finally {
    db.close();
  }
}

/** Every finished backup opens as a sound workspace; the newest reported one holds what it should. */
function checkBackups(backupDir: string, lines: readonly string[]): number {
  let checked = 0;
  for (const name of readdirSync(backupDir)) {
    const path = join(backupDir, name);
    // A copy the kill interrupted stays under its hidden temporary name, never the final one.
    if (name.startsWith('.')) {
      rmSync(path, { force: true });
      continue;
    }
    probeWorkspaceFile(path);
    checked++;
  }
  const last = lines.filter((line) => line.startsWith('commit ') && line.includes(' backup ')).at(-1);
  const [, , , hash, path] = last?.split(' ') ?? [];
  if (path !== undefined && hash !== undefined) {
    const copy = join(backupDir, '..', 'check.coopfolio');
    copyFileSync(path, copy);
    const store = openWorkspaceStore(copy, { backupDir: join(backupDir, '..', 'check-backups') });
    expect(stateHash(store.load())).toBe(hash);
    store.close();
    rmSync(copy, { force: true });
  }
  return checked;
}

describe('kill harness', () => {
  it(
    `keeps every reported commit and a sound file across ${KILLS} SIGKILLs at random points`,
    async () => {
      const rnd = mulberry32(SEED);
      const dir = folders.make();
      const file = join(dir, 'ws.coopfolio');
      const backupDir = join(dir, 'backups');
      mkdirSync(backupDir);
      createWorkspaceStore(file, richVariant('start')).close();
      let expected = stateHash(richVariant('start'));
      const v10 = stateHash(v10Workspace());
      const totals = {
        kills: 0,
        commits: 0,
        inFlightLanded: 0,
        inFlightLost: 0,
        migrationRuns: 0,
        backupsChecked: 0,
      };
      const committedBy = new Map<string, number>();
      const killedDuring = new Map<string, number>();

      for (let run = 0; run < KILLS; run++) {
        const migration = run % MIGRATION_EVERY === MIGRATION_EVERY - 1;
        if (migration) {
          for (const path of sidecarsOf(file)) rmSync(path, { force: true });
          copyFileSync(join(FIXTURE_DIR, 'v10.coopfolio'), file);
          expected = v10;
          totals.migrationRuns++;
        }
        // Migration runs die within the open (backup, then migrate); the others among the writes.
        const delay = migration ? Math.floor(rnd() * 40) : Math.floor(rnd() * 250);
        const { lines } = await runAndKill(
          file,
          backupDir,
          SEED + run,
          migration ? 'opening' : 'opened',
          delay,
        );
        totals.kills++;

        const { allowed, commits, byOperation, inFlight, inFlightOperation } = allowedStates(lines, expected);
        for (const [name, count] of byOperation) add(committedBy, name, count);
        add(
          killedDuring,
          inFlightOperation ??
            (lines.some((l) => l.startsWith('opened')) ? 'between writes' : 'open/migration'),
        );
        const found = openAndCheck(file, backupDir);
        expect(allowed, `run ${run} (seed ${SEED + run}, ${delay} ms): ${lines.at(-1)}`).toContain(found);
        if (inFlight !== undefined) totals[found === inFlight ? 'inFlightLanded' : 'inFlightLost']++;
        totals.commits += commits;
        totals.backupsChecked += checkBackups(backupDir, lines);
        expected = found;
      }

      console.info(
        `kill harness: ${totals.kills} SIGKILLs survived (${totals.migrationRuns} during open/migration), ` +
          `${totals.commits} reported commits verified present, in-flight write landed ${totals.inFlightLanded} / ` +
          `rolled back ${totals.inFlightLost}, ${totals.backupsChecked} backup-file checks passed; seed ${SEED}\n` +
          `  commits by operation: ${tally(committedBy)}\n` +
          `  killed during: ${tally(killedDuring)}`,
      );
      expect(totals.kills).toBe(KILLS);
      // About 1.5 s a run on two cores; generous so a slow CI machine does not time out.
    },
    Math.max(120_000, KILLS * 6_000),
  );
});
