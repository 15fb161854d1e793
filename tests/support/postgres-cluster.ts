/**
 * Starts and stops a real, throwaway PostgreSQL cluster: the Debian `postgresql`
 * package's server, initdb in a temporary folder, 127.0.0.1 on a free port, fsync off.
 * Imported by the vitest global setup (main process), so it imports nothing of vitest.
 */
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import {
  chownSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The superuser the harness's cluster is initialised with (a random password). */
export const SUPERUSER = 'postgres';

export interface PostgresCluster {
  /** `postgres://postgres:PASSWORD@127.0.0.1:PORT/postgres`. */
  readonly url: string;
  readonly port: number;
  /** The temporary folder that holds it (`stopPostgresClusterIn` stops it from another process). */
  readonly folder: string;
  /** Stops the server and removes its folder. Safe to call twice. */
  stop(): Promise<void>;
}

/** The newest installed server's bin folder: `PG_BIN`, else `/usr/lib/postgresql/<n>/bin`. */
export function findPostgresBin(): string | undefined {
  const fromEnv = process.env['PG_BIN'];
  if (fromEnv) return existsSync(join(fromEnv, 'initdb')) ? fromEnv : undefined;
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return undefined;
  const versions = readdirSync(root)
    .filter((name) => /^\d+$/.test(name) && existsSync(join(root, name, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] === undefined ? undefined : join(root, versions[0], 'bin');
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/**
 * initdb refuses to run as root, so as root every server command runs as the
 * `postgres` system user (which owns the temporary folder); as anyone else, directly.
 */
function asServerUser(command: string, args: string[]): [string, string[]] {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  return isRoot ? ['runuser', ['-u', 'postgres', '--', command, ...args]] : [command, args];
}

function run(command: string, args: string[], what: string): Promise<void> {
  const [cmd, argv] = asServerUser(command, args);
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, argv, { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('error', reject);
    child.once('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`${what} failed (exit ${code}): ${output.trim()}`)),
    );
  });
}

function postgresOwnsFolder(dir: string): void {
  if (typeof process.getuid !== 'function' || process.getuid() !== 0) return;
  const found = spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' });
  const gid = spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' });
  if (found.status !== 0) throw new Error('running as root but there is no `postgres` system user');
  chownSync(dir, Number(found.stdout.trim()), Number(gid.stdout.trim()));
}

const FOLDER_PREFIX = 'coopfolio-pg-';
/** The test run that started the cluster in a folder, so a later run can tell a leftover. */
const OWNER_FILE = 'owner.pid';

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: alive, but someone else's.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Stops and removes the clusters of earlier runs that were killed before their teardown
 * (SIGKILL, a crash): on a shared two-core machine a forgotten server costs everyone.
 */
function removeLeftoverClusters(bin: string): void {
  for (const name of readdirSync(tmpdir())) {
    if (!name.startsWith(FOLDER_PREFIX)) continue;
    const dir = join(tmpdir(), name);
    let owner: number;
    try {
      owner = Number(readFileSync(join(dir, OWNER_FILE), 'utf8'));
    } catch {
      continue; // Being set up right now by another run, or not ours.
    }
    if (!Number.isSafeInteger(owner) || owner <= 0 || processAlive(owner)) continue;
    const data = join(dir, 'data');
    if (existsSync(join(data, 'postmaster.pid'))) {
      const [cmd, argv] = asServerUser(join(bin, 'pg_ctl'), ['-D', data, '-m', 'immediate', '-w', 'stop']);
      spawnSync(cmd, argv, { stdio: 'ignore' });
    }
    rmSync(dir, { recursive: true, force: true });
  }
}

export interface StartOptions {
  /**
   * The process whose end makes the cluster a leftover (`removeLeftoverClusters`); this
   * one by default. A test worker starting the run's cluster names the run's main process.
   */
  ownerPid?: number;
  /** Stop the cluster when this process exits (default true; false when another process stops it). */
  stopOnExit?: boolean;
}

/** Stops the cluster in `folder` (started by any process) and removes the folder. */
export function stopPostgresClusterIn(folder: string): void {
  const bin = findPostgresBin();
  const data = join(folder, 'data');
  if (bin !== undefined && existsSync(join(data, 'postmaster.pid'))) {
    const [cmd, argv] = asServerUser(join(bin, 'pg_ctl'), ['-D', data, '-m', 'fast', '-w', 'stop']);
    spawnSync(cmd, argv, { stdio: 'ignore' });
  }
  rmSync(folder, { recursive: true, force: true });
}

/** Starts a fresh cluster on 127.0.0.1 and a free port. */
export async function startPostgresCluster(options: StartOptions = {}): Promise<PostgresCluster> {
  const bin = findPostgresBin();
  if (!bin) {
    throw new Error(
      'PostgreSQL is not installed (no /usr/lib/postgresql/<n>/bin/initdb; set PG_BIN or `apt-get install postgresql`)',
    );
  }
  removeLeftoverClusters(bin);
  const dir = mkdtempSync(join(tmpdir(), FOLDER_PREFIX));
  writeFileSync(join(dir, OWNER_FILE), String(options.ownerPid ?? process.pid));
  postgresOwnsFolder(dir);
  const data = join(dir, 'data');
  const stopNow = (): void => {
    const [cmd, argv] = asServerUser(join(bin, 'pg_ctl'), ['-D', data, '-m', 'immediate', '-w', 'stop']);
    if (existsSync(join(data, 'postmaster.pid'))) spawnSync(cmd, argv, { stdio: 'ignore' });
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    // Over TCP every role signs in with its password (as on a real server), the
    // superuser too; only the Unix socket in the temporary folder trusts.
    const password = randomBytes(16).toString('hex');
    const pwfile = join(dir, 'superuser-password');
    writeFileSync(pwfile, `${password}\n`, { mode: 0o644 });
    await run(
      join(bin, 'initdb'),
      [
        '-D',
        data,
        '--auth-local=trust',
        '--auth-host=scram-sha-256',
        `--pwfile=${pwfile}`,
        '-U',
        SUPERUSER,
        '-E',
        'UTF8',
        '--locale=C.UTF-8',
        '--no-sync',
      ],
      'initdb',
    );
    rmSync(pwfile);
    let lastError: unknown;
    // A free port can be taken between asking and binding: try a few.
    for (let attempt = 0; attempt < 5; attempt++) {
      const port = await freePort();
      const serverOptions = [
        `-p ${port}`,
        `-k ${dir}`,
        '-c listen_addresses=127.0.0.1',
        '-c fsync=off',
        '-c synchronous_commit=off',
        '-c full_page_writes=off',
        '-c max_connections=200',
      ].join(' ');
      try {
        await run(
          join(bin, 'pg_ctl'),
          ['-D', data, '-o', serverOptions, '-l', join(dir, 'server.log'), '-w', '-t', '60', 'start'],
          'pg_ctl start',
        );
      } catch (error) {
        lastError = error;
        continue;
      }
      let stopped = false;
      const onExit = (): void => {
        if (!stopped) stopNow();
      };
      if (options.stopOnExit !== false) process.once('exit', onExit);
      return {
        url: `postgres://${SUPERUSER}:${password}@127.0.0.1:${port}/postgres`,
        port,
        folder: dir,
        stop: async () => {
          if (stopped) return;
          stopped = true;
          process.off('exit', onExit);
          await run(join(bin, 'pg_ctl'), ['-D', data, '-m', 'fast', '-w', 'stop'], 'pg_ctl stop').catch(
            () => undefined,
          );
          stopNow();
        },
      };
    }
    throw lastError instanceof Error ? lastError : new Error('PostgreSQL did not start');
  } catch (error) {
    stopNow();
    throw error;
  }
}
