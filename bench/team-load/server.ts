/**
 * The team server as its own process for the load benchmark: the program `coopfolio serve`
 * runs (src/server/team-main.ts), started directly with tsx's loader so that a SIGKILL
 * reaches the server itself and not the CLI wrapper that would leave it running.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const TEAM_MAIN = fileURLToPath(new URL('../../src/server/team-main.ts', import.meta.url));
const TSX_LOADER = import.meta.resolve('tsx');
/** A cold start compiles the server through tsx; on a busy two-core machine that takes a while. */
const START_TIMEOUT_MS = 120_000;

export interface TeamServerProcess {
  /** `http://127.0.0.1:PORT/`. */
  readonly url: string;
  readonly port: number;
  /** kill -9: no shutdown code runs, connections drop mid-request. */
  kill9(): Promise<void>;
  /** SIGTERM and wait for the exit. */
  stop(): Promise<void>;
}

/** A renderer folder of one page: the benchmark calls only the API, and must not build the renderer. */
export function makeRendererFolder(): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'coopfolio-load-'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><html><head></head><body>load</body></html>');
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

/** Starts the server on 127.0.0.1 (`port` 0: any free port) and waits for the URL it prints. */
export async function startServerProcess(
  databaseUrl: string,
  port: number,
  rendererDir: string,
): Promise<TeamServerProcess> {
  const child = spawn(
    process.execPath,
    [
      '--import',
      TSX_LOADER,
      TEAM_MAIN,
      '--database',
      databaseUrl,
      '--port',
      String(port),
      '--host',
      '127.0.0.1',
    ],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, COOPFOLIO_LANG: 'en', COOPFOLIO_RENDERER_DIR: rendererDir },
    },
  );
  let stderr = '';
  child.stderr!.setEncoding('utf8').on('data', (text: string) => (stderr += text));
  // If this process ends first (an error, Ctrl-C), the server must not outlive it.
  const killOnExit = (): void => {
    child.kill('SIGKILL');
  };
  process.once('exit', killOnExit);
  child.once('exit', () => process.off('exit', killOnExit));
  const url = await new Promise<string>((resolve, reject) => {
    let stdout = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`the team server did not start in time: ${stderr}`));
    }, START_TIMEOUT_MS);
    child.stdout!.setEncoding('utf8').on('data', (text: string) => {
      stdout += text;
      if (!stdout.includes('\n')) return;
      clearTimeout(timer);
      resolve(stdout.trim());
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the team server exited (${code}): ${stderr}`));
    });
  });
  return {
    url,
    port: Number(new URL(url).port),
    kill9: async () => {
      child.kill('SIGKILL');
      await exited(child);
    },
    stop: async () => {
      child.kill('SIGTERM');
      await exited(child);
    },
  };
}
