import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, expect } from 'vitest';
import { invoke } from '../../src/api/invoke';
import type { Result } from '../../src/contract/result';
import { createSession, type WorkspaceSession } from '../../src/api/session';
import { makeTempDir } from '../helpers/temp-dir';
import { writeWorkspaceFile } from '../helpers/workspace-file';
import { createRequestHandler } from '../../src/server/app';
import { registerOperationHandlers, type InvokeEventLike } from '../../electron/ipc';
import type { ValidationIssue } from '../../src/model/issues';
import type { HostileCase } from '../fixtures/hostile/cases';
import { csvText } from '../imports/builders';

/**
 * What a refusal must leave alone: the stored workspace, the time of the last save and
 * the bytes of the database file and its write-ahead log (a write lands in the WAL first).
 */
export function storeState(session: WorkspaceSession): string {
  const store = session.file();
  const bytes = (file: string) => (existsSync(file) ? readFileSync(file).toString('base64') : '');
  return JSON.stringify({
    workspace: store.load(),
    lastSavedAt: store.meta().lastSavedAt,
    file: bytes(store.path),
    wal: bytes(`${store.path}-wal`),
  });
}

/** The refusal names the field: an issue has the path, and the message the user sees does too. */
export function expectNamesField(
  result: Result<unknown>,
  path: string,
  options: { prefix?: boolean } = {},
): void {
  expect(result.ok, `expected a refusal naming ${path}`).toBe(false);
  if (result.ok) return;
  expect(result.error.code).toBe('invalid-input');
  const paths = (result.error.issues ?? []).map((i: ValidationIssue) => i.pathText);
  const named = paths.some((p) => (options.prefix === true ? p.startsWith(path) : p === path));
  expect(named, `issues at ${JSON.stringify(paths)} do not name ${path}`).toBe(true);
  expect(result.error.message).toContain(path);
}

export function pathOptions(hostile: HostileCase): { prefix?: boolean } {
  return hostile.pathPrefix === true ? { prefix: true } : {};
}

/** The desktop IPC path without Electron: the real registration, a trusted sender, structured clone. */
export function ipcCaller(session: WorkspaceSession) {
  const listeners = new Map<
    string,
    (event: InvokeEventLike, ...args: unknown[]) => Promise<Result<unknown>>
  >();
  registerOperationHandlers({
    ipcMain: {
      handle: (channel, listener) => listeners.set(channel, listener),
      removeHandler: (channel) => listeners.delete(channel),
    },
    services: session,
    invoke,
    isTrustedSender: () => true,
  });
  const event: InvokeEventLike = { senderFrame: null };
  return async (name: string, input: unknown): Promise<Result<unknown>> => {
    const listener = listeners.get(`coopfolio:${name}`);
    if (listener === undefined) throw new Error(`no IPC handler for ${name}`);
    return listener(event, ipcCopy(input), 'en');
  };
}

/**
 * Electron copies arguments with the structured clone algorithm. A value too deep to
 * clone never leaves the renderer; it is passed on uncopied so the main side's own
 * depth check is still exercised.
 */
function ipcCopy(input: unknown): unknown {
  try {
    return structuredClone(input);
  } catch (error) {
    if (error instanceof RangeError) return input;
    throw error;
  }
}

export interface BrowserHost {
  call(name: string, body: string | Uint8Array): Promise<{ status: number; result: Result<unknown> }>;
  close(): Promise<void>;
}

const TOKEN = 'hostile-test-token-0123456789';

/** The browser host on a free port, called like the renderer does (token, JSON body). */
export async function startBrowserHost(session: WorkspaceSession, dir: string): Promise<BrowserHost> {
  const rendererDir = join(dir, 'renderer');
  mkdirSync(rendererDir, { recursive: true });
  writeFileSync(join(rendererDir, 'index.html'), '<html><head></head><body></body></html>');
  let port = 0;
  const handler = createRequestHandler({ services: session, rendererDir, token: TOKEN, port: () => port });
  const server: Server = createServer((req, res) => void handler(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
  return {
    call: (name, body) =>
      new Promise((resolve, reject) => {
        const req = request(
          {
            host: '127.0.0.1',
            port,
            path: `/api/${name}`,
            method: 'POST',
            headers: {
              'content-type': 'application/json',
              'x-coopfolio-token': TOKEN,
              'x-coopfolio-lang': 'en',
            },
          },
          (res) => {
            const chunks: Buffer[] = [];
            res.on('data', (chunk: Buffer) => chunks.push(chunk));
            res.on('end', () =>
              resolve({
                status: res.statusCode ?? 0,
                result: JSON.parse(Buffer.concat(chunks).toString('utf8')) as Result<unknown>,
              }),
            );
          },
        );
        req.on('error', reject);
        req.end(body);
      }),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export interface EntryPoints {
  session: WorkspaceSession;
  /** Calls the operation as the desktop renderer would, through the registered IPC handlers. */
  ipc: ReturnType<typeof ipcCaller>;
  host: BrowserHost;
}

/**
 * For one test file: a workspace open in a session, reachable through `invoke`, desktop
 * IPC and the browser host, opened before the tests and closed after them. `onOpen`
 * receives them (the same pattern as the end-to-end tests' `useDemoApp`).
 */
export function useEntryPoints(onOpen: (points: EntryPoints) => void): void {
  let temp: ReturnType<typeof makeTempDir> | undefined;
  let points: EntryPoints | undefined;
  beforeAll(async () => {
    temp = makeTempDir();
    const session = createSession();
    session.open(writeWorkspaceFile(temp.dir));
    points = { session, ipc: ipcCaller(session), host: await startBrowserHost(session, temp.dir) };
    onOpen(points);
  });
  afterAll(async () => {
    await points?.host.close();
    points?.session.close();
    temp?.cleanup();
  });
}

type Row = Readonly<Record<string, string>>;

/**
 * An `imports.preview` / `imports.apply` input for a CSV file: the header row, the valid
 * row with `cells` put in, and an optional second row (for duplicates within the file).
 */
export function csvImportInput<K extends string>(
  kind: K,
  rows: { headers: readonly string[]; valid: Row; cells?: Row; extraRow?: Row },
  fileName = 'hostile.csv',
) {
  const row = { ...rows.valid, ...(rows.cells ?? {}) };
  const table = [[...rows.headers], rows.headers.map((h) => row[h] ?? '')];
  if (rows.extraRow !== undefined) table.push(rows.headers.map((h) => rows.extraRow?.[h] ?? ''));
  const bytes = new TextEncoder().encode(csvText(table));
  return { fileName, contentBase64: Buffer.from(bytes).toString('base64'), kind, mode: 'add' as const };
}

/**
 * `imports.apply` of a hostile spreadsheet through `invoke`, desktop IPC and the browser
 * host: each refuses naming `location` (row and column), and nothing is written.
 */
export async function expectApplyRefusedEverywhere(
  { session, ipc, host }: EntryPoints,
  input: unknown,
  location: string,
): Promise<void> {
  const before = storeState(session);
  expectNamesField(await invoke(session, 'imports.apply', input, { lang: 'en' }), location);
  expectNamesField(await ipc('imports.apply', input), location);
  const reply = await host.call('imports.apply', JSON.stringify(input));
  expect(reply.status).toBe(200);
  expectNamesField(reply.result, location);
  expect(storeState(session)).toEqual(before);
}
