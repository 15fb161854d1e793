/**
 * The team server under load (issue 17): the demo workspace in a PostgreSQL database,
 * one editor account per client, the team server as its own process on 127.0.0.1, and
 * `clients` clients that for `seconds` do read-modify-writes on a few shared
 * cooperatives and report requests (`plans.analysis`). With `kill`, the server gets a
 * SIGKILL part-way and is restarted on the same database and port while the clients
 * carry on. At the end every acknowledged write must be in the audit trail and either
 * the final state or the base of the next write to its record: `lost` must be 0.
 */
import { openAccountsDatabase } from '../../src/accounts/database';
import { addUser } from '../../src/accounts/users';
import { loadDemoWorkspace } from '../../src/data';
import { openPostgresBackend } from '../../src/storage/postgres';
import { newTally, readCooperatives, runClient, signIn, type ClientTally, type LoadTarget } from './clients';
import { makeRendererFolder, startServerProcess, type TeamServerProcess } from './server';
import { verifyNoLostWrites } from './verify';

export interface TeamLoadOptions {
  /** A database of its own (it is filled with the demo workspace and accounts). */
  databaseUrl: string;
  clients: number;
  seconds: number;
  /** SIGKILL the server this many times during the run (evenly spread) and restart it. */
  kills: number;
  /** How many cooperatives all clients share (default 4). */
  records?: number;
  log?: (line: string) => void;
}

export interface TeamLoadResult {
  clients: number;
  seconds: number;
  kills: number;
  shared_records: number;
  writes_acknowledged: number;
  conflicts_retried: number;
  writes_unanswered: number;
  lost: number;
  lost_examples: string[];
  superseded_by_unacknowledged: number;
  writes_per_second: number;
  report_requests: number;
  /** `plans.analysis` answers per second. */
  report_requests_per_second: number;
  write_p50_ms: number;
  write_p95_ms: number;
  read_p50_ms: number;
  read_p95_ms: number;
  /** Seconds from each SIGKILL to the restarted server printing its URL. */
  restart_seconds: number[];
}

const PASSWORD = 'load benchmark password';
const round = (value: number, places = 1) => Math.round(value * 10 ** places) / 10 ** places;

function percentile(values: readonly number[], share: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return round(sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)]!);
}

async function prepareDatabase(url: string, clients: number): Promise<void> {
  const backend = await openPostgresBackend(url);
  try {
    await backend.replace(loadDemoWorkspace());
  } finally {
    await backend.close();
  }
  const accounts = await openAccountsDatabase(url, 1);
  try {
    for (let i = 0; i < clients; i++) {
      await addUser(
        accounts.pool,
        { name: `load-editor-${i}`, role: 'editor', password: PASSWORD },
        new Date(),
      );
    }
  } finally {
    await accounts.close();
  }
}

/** SIGKILLs and restarts the server at evenly spread moments until the deadline; returns each restart's seconds. */
async function killAndRestart(
  holder: { server: TeamServerProcess },
  options: TeamLoadOptions,
  start: number,
  rendererDir: string,
): Promise<number[]> {
  const restarts: number[] = [];
  for (let k = 1; k <= options.kills; k++) {
    const at = start + (options.seconds * 1000 * k) / (options.kills + 1);
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, at - Date.now())));
    const port = holder.server.port;
    options.log?.(`kill -9 the team server (${k}/${options.kills})`);
    const killed = performance.now();
    await holder.server.kill9();
    holder.server = await startServerProcess(options.databaseUrl, port, rendererDir);
    restarts.push(round((performance.now() - killed) / 1000, 2));
  }
  return restarts;
}

export async function runTeamLoad(options: TeamLoadOptions): Promise<TeamLoadResult> {
  const log = options.log ?? (() => undefined);
  log(`preparing: demo workspace and ${options.clients} editor accounts`);
  await prepareDatabase(options.databaseUrl, options.clients);
  const renderer = makeRendererFolder();
  const holder = { server: await startServerProcess(options.databaseUrl, 0, renderer.dir) };
  try {
    const demo = loadDemoWorkspace();
    const shared = demo.cooperatives.slice(0, options.records ?? 4);
    const setup: LoadTarget = {
      url: holder.server.url,
      recordIds: shared.map((c) => c.id),
      baseNames: new Map(shared.map((c) => [c.id, c.name])),
      planIds: demo.plans.map((p) => p.id),
      deadline: Number.POSITIVE_INFINITY,
    };
    const cookies = await Promise.all(
      Array.from({ length: options.clients }, (_, i) => signIn(setup, `load-editor-${i}`, PASSWORD)),
    );
    log(`${options.clients} clients signed in; running for ${options.seconds} s`);
    const start = Date.now();
    const target: LoadTarget = { ...setup, deadline: start + options.seconds * 1000 };
    const tallies: ClientTally[] = cookies.map(() => newTally());
    const killing = killAndRestart(holder, options, start, renderer.dir);
    await Promise.all(cookies.map((cookie, i) => runClient(target, i, cookie, tallies[i]!)));
    const restartSeconds = await killing;
    const elapsed = (Date.now() - start) / 1000;

    const final = await readCooperatives(target, cookies[0]!);
    const finalNames = new Map(final.map((c) => [String(c.id), String(c.name)]));
    const backend = await openPostgresBackend(options.databaseUrl);
    const trail = await backend.audit({ entity: 'cooperative' }).finally(() => backend.close());
    const acks = tallies.flatMap((t) => t.acks);
    const verdict = verifyNoLostWrites(acks, finalNames, trail);
    const sum = (pick: (t: ClientTally) => number) => tallies.reduce((total, t) => total + pick(t), 0);
    const reads = sum((t) => t.reads);
    return {
      clients: options.clients,
      seconds: round(elapsed),
      kills: options.kills,
      shared_records: shared.length,
      writes_acknowledged: acks.length,
      conflicts_retried: sum((t) => t.conflicts),
      writes_unanswered: sum((t) => t.unanswered),
      lost: verdict.lost,
      lost_examples: verdict.examples,
      superseded_by_unacknowledged: verdict.supersededByUnacknowledged,
      writes_per_second: round(acks.length / elapsed),
      report_requests: reads,
      report_requests_per_second: round(reads / elapsed),
      write_p50_ms: percentile(
        tallies.flatMap((t) => t.writeMs),
        0.5,
      ),
      write_p95_ms: percentile(
        tallies.flatMap((t) => t.writeMs),
        0.95,
      ),
      read_p50_ms: percentile(
        tallies.flatMap((t) => t.readMs),
        0.5,
      ),
      read_p95_ms: percentile(
        tallies.flatMap((t) => t.readMs),
        0.95,
      ),
      restart_seconds: restartSeconds,
    };
  } finally {
    await holder.server.stop();
    renderer.remove();
  }
}
