/**
 * Invalid UTF-8 can only arrive as bytes: a workspace file read by the CLI, or a request
 * body read by the browser host. A lossy decode (`toString('utf8')`) would silently
 * turn a bad byte into U+FFFD and store the name altered instead of refusing it.
 *
 * Both now decode with `new TextDecoder('utf-8', { fatal: true })`: the CLI stops with
 * exit code 2 naming the file, the browser host answers 400 "body is not valid UTF-8".
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSession, type WorkspaceSession } from '../../src/api/session';
import { clone, workspaceJson } from '../helpers/builders';
import { runIn } from '../helpers/cli';
import { makeTempDir } from '../helpers/temp-dir';
import { writeWorkspaceFile } from '../helpers/workspace-file';
import { startBrowserHost, storeState, type BrowserHost } from './harness';

const MARK = 'INVALID-BYTE-HERE';

/** `text` as UTF-8 with the marker replaced by a byte that is never valid UTF-8 (0xFF). */
function withInvalidByte(text: string): Uint8Array {
  const [head = '', tail = ''] = text.split(MARK);
  return Buffer.concat([Buffer.from(head, 'utf8'), Buffer.from([0xff]), Buffer.from(tail, 'utf8')]);
}

function workspaceWithMarkedName(): string {
  const json = clone(workspaceJson());
  json.cooperatives![0]!.name = `Zon ${MARK} Oost`;
  return JSON.stringify(json, null, 2);
}

let temp: ReturnType<typeof makeTempDir>;
let session: WorkspaceSession;
let host: BrowserHost;

beforeEach(async () => {
  temp = makeTempDir();
  session = createSession();
  session.open(writeWorkspaceFile(temp.dir));
  host = await startBrowserHost(session, temp.dir);
});

afterEach(async () => {
  await host.close();
  session.close();
  temp.cleanup();
});

describe('invalid UTF-8', () => {
  it('makes the test bytes invalid UTF-8 indeed', () => {
    const bytes = withInvalidByte(workspaceWithMarkedName());
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow(TypeError);
  });

  it('is refused by the CLI validate with exit code 2', async () => {
    writeFileSync(join(temp.dir, 'ws.json'), withInvalidByte(workspaceWithMarkedName()));
    const result = await runIn(temp.dir, ['validate', 'ws.json', '--lang', 'en']);
    expect(result.code).toBe(2);
  });

  it('is not written by the CLI import into an existing file without --replace', async () => {
    writeFileSync(join(temp.dir, 'ws.json'), withInvalidByte(workspaceWithMarkedName()));
    const existing = writeWorkspaceFile(temp.dir, 'old.coopfolio');
    const bytes = readFileSync(existing);
    const result = await runIn(temp.dir, ['import', 'ws.json', '--db', 'old.coopfolio', '--lang', 'en']);
    expect(result.code).toBe(2);
    expect(readFileSync(existing).equals(bytes)).toBe(true);
  });

  it('is refused by the browser host, and nothing is written', async () => {
    const before = storeState(session);
    const cooperative = { ...clone(workspaceJson()).cooperatives![0]!, name: `Zon ${MARK} Oost` };
    const reply = await host.call('cooperatives.update', withInvalidByte(JSON.stringify({ cooperative })));
    expect(reply.result.ok).toBe(false);
    expect(storeState(session)).toEqual(before);
  });
});
