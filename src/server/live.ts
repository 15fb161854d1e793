/**
 * Live updates for the team server (docs/team.md "Live"): one dedicated PostgreSQL
 * connection LISTENs on the channel every write NOTIFYs (src/storage/postgres/rows.ts
 * CHANGES_CHANNEL), and each notice goes to every open `GET /api/events` stream as a
 * server-sent event. The browser reloads its workspace data on a notice.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type pg from 'pg';
import { CHANGES_CHANNEL, createPool, parseDatabaseUrl } from '../storage/postgres';
import { SECURITY_HEADERS } from './security';

/** What a write announces: the record written and its new version. */
export type ChangeNotice = Readonly<Record<string, unknown>>;

/** Said after the listener reconnected: notices may have been missed, so everything is stale. */
export const EVERYTHING_CHANGED: ChangeNotice = { entity: 'workspace', id: 'workspace' };

const RETRY_MS = 1_000;
const MAX_RETRY_MS = 30_000;

export interface ChangeListener {
  /** Resolves once the first LISTEN is in place (or the first attempt failed and a retry is due). */
  readonly ready: Promise<void>;
  close(): Promise<void>;
}

/**
 * Listens on one connection of its own (a pool's connections come and go; LISTEN belongs
 * to one session). A dropped connection is replaced, waiting longer after each failure.
 */
export function listenForChanges(
  databaseUrl: string,
  onNotice: (notice: ChangeNotice) => void,
  log: (line: string) => void = () => undefined,
): ChangeListener {
  const pool = createPool(parseDatabaseUrl(databaseUrl), 1);
  let client: pg.PoolClient | null = null;
  let closed = false;
  let connectedBefore = false;
  let retryMs = RETRY_MS;
  let retryTimer: NodeJS.Timeout | null = null;

  function retryLater() {
    if (closed || retryTimer !== null) return;
    retryTimer = setTimeout(() => {
      retryTimer = null;
      void connect();
    }, retryMs);
    retryMs = Math.min(retryMs * 2, MAX_RETRY_MS);
  }

  function dropped(lost: pg.PoolClient, error?: Error) {
    if (client !== lost) return;
    client = null;
    lost.release(error ?? true);
    if (!closed) log(`Live updates: the database connection dropped${error ? ` (${error.message})` : ''}`);
    retryLater();
  }

  async function connect(): Promise<void> {
    if (closed) return;
    let next: pg.PoolClient;
    try {
      next = await pool.connect();
    } catch (error) {
      log(`Live updates: cannot reach the database (${(error as Error).message})`);
      return retryLater();
    }
    if (closed) return next.release(true);
    client = next;
    next.on('notification', (message) => {
      if (message.channel !== CHANGES_CHANNEL || message.payload === undefined) return;
      try {
        onNotice(JSON.parse(message.payload) as ChangeNotice);
      } catch {
        onNotice(EVERYTHING_CHANGED);
      }
    });
    next.on('error', (error) => dropped(next, error));
    next.on('end', () => dropped(next));
    try {
      await next.query(`LISTEN ${CHANGES_CHANNEL}`);
    } catch (error) {
      return dropped(next, error as Error);
    }
    retryMs = RETRY_MS;
    // Writes made while no one listened were not heard: everyone reloads once.
    if (connectedBefore) onNotice(EVERYTHING_CHANGED);
    connectedBefore = true;
  }

  const ready = connect();
  return {
    ready,
    async close() {
      closed = true;
      if (retryTimer !== null) clearTimeout(retryTimer);
      const last = client;
      client = null;
      last?.release(true);
      await pool.end();
    },
  };
}

export interface LiveEventsOptions {
  /** Whether the session behind a stream still holds (checked at each heartbeat, without refreshing it). */
  sessionIsOpen: (token: string) => Promise<boolean>;
  heartbeatMs?: number;
}

interface Stream {
  readonly token: string;
  readonly res: ServerResponse;
  readonly heartbeat: NodeJS.Timeout;
}

/** The open event streams: opened per request, fed each notice, ended with their session. */
export function createLiveEvents(options: LiveEventsOptions) {
  const heartbeatMs = options.heartbeatMs ?? 15_000;
  const streams = new Set<Stream>();

  function end(stream: Stream) {
    if (!streams.delete(stream)) return;
    clearInterval(stream.heartbeat);
    stream.res.end();
  }

  return {
    /** Answers `req` with an event stream for the session `token` (already authenticated). */
    open(req: IncomingMessage, res: ServerResponse, token: string) {
      res.writeHead(200, {
        ...SECURITY_HEADERS,
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-store',
        // A buffering proxy (nginx) would hold the events back.
        'x-accel-buffering': 'no',
      });
      // A dropped stream comes back after two seconds, the promise docs/team.md makes.
      res.write('retry: 2000\n\n');
      const heartbeat = setInterval(() => {
        void options.sessionIsOpen(token).then(
          (open) => (open ? res.write(': heartbeat\n\n') : end(stream)),
          () => res.write(': heartbeat\n\n'),
        );
      }, heartbeatMs);
      const stream: Stream = { token, res, heartbeat };
      streams.add(stream);
      req.on('close', () => end(stream));
    },
    publish(notice: ChangeNotice) {
      const event = `event: change\ndata: ${JSON.stringify(notice)}\n\n`;
      for (const stream of streams) stream.res.write(event);
    },
    /** Ends the streams of a session that was signed out. */
    endSession(token: string) {
      for (const stream of [...streams]) if (stream.token === token) end(stream);
    },
    get size() {
      return streams.size;
    },
    close() {
      for (const stream of [...streams]) end(stream);
    },
  };
}

export type LiveEvents = ReturnType<typeof createLiveEvents>;
