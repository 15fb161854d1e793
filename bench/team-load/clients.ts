/**
 * The load benchmark's clients: each signs in over HTTP and, until the deadline, does a
 * read-modify-write of a shared cooperative (`cooperatives.list`, then
 * `cooperatives.update` with the version it read; a 409 conflict re-reads and retries)
 * and one report request (`plans.analysis`, the plan builder's blend and metrics).
 * A request the server never answered (it was killed) is not acknowledged: the client
 * waits a moment and carries on with a fresh read.
 */

/** A write the server acknowledged (200): the value it set and the version it answered. */
export interface Ack {
  readonly id: string;
  readonly value: string;
  readonly version: number;
}

export interface ClientTally {
  readonly acks: Ack[];
  conflicts: number;
  /** Writes sent but never answered (the server died under them): they may or may not have landed. */
  unanswered: number;
  reads: number;
  readonly writeMs: number[];
  readonly readMs: number[];
}

export interface LoadTarget {
  /** `http://127.0.0.1:PORT/`: the same after a restart. */
  readonly url: string;
  /** The cooperatives every client writes to (few, so that writes collide). */
  readonly recordIds: readonly string[];
  /** Each record's name before the run: a write's value is this plus a unique suffix. */
  readonly baseNames: ReadonlyMap<string, string>;
  readonly planIds: readonly string[];
  readonly deadline: number;
}

interface Answer {
  status: number;
  // One operation's answer; read field by field.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  body: any;
}

const RETRY_PAUSE_MS = 50;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** POST /api/<name>; undefined when no answer came (connection refused or dropped). */
async function call(target: LoadTarget, name: string, input: unknown, cookie?: string) {
  try {
    const response = await fetch(`${target.url}api/${name}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(cookie === undefined ? {} : { cookie }) },
      body: JSON.stringify(input),
    });
    const text = await response.text();
    return { status: response.status, body: text === '' ? null : JSON.parse(text) } as Answer;
  } catch {
    return undefined;
  }
}

function unexpected(name: string, answer: Answer): Error {
  return new Error(`${name} answered ${answer.status}: ${JSON.stringify(answer.body)}`);
}

/** Signs in (retrying while the server is down); returns the session's Cookie header value. */
export async function signIn(target: LoadTarget, user: string, password: string): Promise<string> {
  for (;;) {
    const response = await fetch(`${target.url}api/session.login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ user, password }),
    }).catch(() => undefined);
    if (response === undefined) {
      await pause(RETRY_PAUSE_MS);
      continue;
    }
    if (response.status !== 200) throw new Error(`session.login for ${user}: ${response.status}`);
    return response.headers.get('set-cookie')!.split(';')[0]!;
  }
}

/** The server's current cooperatives with their versions (retrying while it is down). */
export async function readCooperatives(
  target: LoadTarget,
  cookie: string,
): Promise<Array<Record<string, unknown>>> {
  for (;;) {
    const answer = await call(target, 'cooperatives.list', {}, cookie);
    if (answer === undefined) {
      await pause(RETRY_PAUSE_MS);
      continue;
    }
    if (answer.status !== 200) throw unexpected('cooperatives.list', answer);
    return answer.body.value as Array<Record<string, unknown>>;
  }
}

export function newTally(): ClientTally {
  return { acks: [], conflicts: 0, unanswered: 0, reads: 0, writeMs: [], readMs: [] };
}

/** One client's run until the deadline. `client` makes its values unique among all clients. */
export async function runClient(
  target: LoadTarget,
  client: number,
  cookie: string,
  tally: ClientTally,
): Promise<void> {
  let attempt = 0;
  let turn = client;
  while (Date.now() < target.deadline) {
    const id = target.recordIds[turn % target.recordIds.length]!;
    // Read-modify-write until acknowledged (or the run ends).
    while (Date.now() < target.deadline) {
      const current = (await readCooperatives(target, cookie)).find((c) => c.id === id);
      if (current === undefined) throw new Error(`cooperative ${id} is gone`);
      const { version, ...cooperative } = current;
      attempt += 1;
      const value = `${target.baseNames.get(id)} #c${client}w${attempt}`;
      const started = performance.now();
      const answer = await call(
        target,
        'cooperatives.update',
        { cooperative: { ...cooperative, name: value }, expectedVersion: version },
        cookie,
      );
      if (answer === undefined) {
        tally.unanswered += 1;
        await pause(RETRY_PAUSE_MS);
        continue;
      }
      if (answer.status === 409) {
        tally.conflicts += 1;
        continue;
      }
      if (answer.status !== 200) throw unexpected('cooperatives.update', answer);
      tally.writeMs.push(performance.now() - started);
      tally.acks.push({ id, value, version: answer.body.value.version as number });
      break;
    }
    const planId = target.planIds[turn % target.planIds.length]!;
    const started = performance.now();
    const answer = await call(target, 'plans.analysis', { planId }, cookie);
    if (answer === undefined) {
      await pause(RETRY_PAUSE_MS);
    } else if (answer.status === 200) {
      tally.readMs.push(performance.now() - started);
      tally.reads += 1;
    } else {
      throw unexpected('plans.analysis', answer);
    }
    turn += 1;
  }
}
