import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach } from 'vitest';

/** Another process holding the write lock on a database until `release()` is called. */
export async function holdWriteLock(file: string): Promise<{ release(): Promise<void> }> {
  const script = `
    const Database = require('better-sqlite3');
    const db = new Database(process.argv[1]);
    db.exec('BEGIN IMMEDIATE');
    process.stdout.write('locked\\n');
    process.stdin.once('data', () => { db.exec('ROLLBACK'); db.close(); process.exit(0); });
  `;
  const child = spawn(process.execPath, ['-e', script, file], {
    cwd: process.cwd(),
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const [chunk] = (await once(child.stdout, 'data')) as [Buffer];
  if (!chunk.toString().includes('locked')) throw new Error('lock holder did not start');
  return {
    async release() {
      const exited = once(child, 'exit');
      child.stdin.write('go\n');
      await exited;
    },
  };
}

/**
 * A small tmpfs at `dir`, for faults that need a real file system (read-only
 * mount, disk full). Returns false where mounting is not allowed (not root).
 */
export function mountTmpfs(dir: string, size: string): boolean {
  if (process.platform !== 'linux') return false;
  return spawnSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', dir]).status === 0;
}

/**
 * For one test file: `mounted(size)` mounts a tmpfs in a fresh folder of `folders`
 * (undefined where mounting is not allowed); after each test every mount is undone and
 * the folders removed.
 */
export function useTmpfsMounts(folders: {
  make(): string;
  cleanup(): void;
}): (size: string) => string | undefined {
  const mounts: string[] = [];
  afterEach(() => {
    for (const dir of mounts.splice(0)) unmount(dir);
    folders.cleanup();
  });
  return (size) => {
    const dir = join(folders.make(), 'mnt');
    mkdirSync(dir);
    if (!mountTmpfs(dir, size)) return undefined;
    mounts.push(dir);
    return dir;
  };
}

export function remountReadOnly(dir: string): void {
  const result = spawnSync('mount', ['-o', 'remount,ro', dir]);
  if (result.status !== 0) throw new Error(`remount failed: ${result.stderr.toString()}`);
}

export function unmount(dir: string): void {
  spawnSync('umount', [dir]);
}

/**
 * Runs `sql` in another process that is then killed before it can close the
 * database: with no checkpoint, a commit stays in the -wal; an open transaction
 * leaves a hot -journal (rollback mode).
 */
export function crashWhileWriting(file: string, sql: string): void {
  const script = `
    const db = new (require('better-sqlite3'))(process.argv[1]);
    db.pragma('wal_autocheckpoint = 0');
    db.pragma('cache_size = 1');
    db.exec(process.argv[2]);
    for (let i = 0; i < 20; i++) db.exec('UPDATE cooperatives SET members = members');
    process.kill(process.pid, 'SIGKILL');
  `;
  spawnSync(process.execPath, ['-e', script, file, sql], { cwd: process.cwd() });
}
