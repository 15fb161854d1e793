/**
 * Every hostile case as a whole workspace JSON file, through every entry point that
 * takes one: the parser, `workspace.importJson` via `invoke`, desktop IPC and the
 * browser host, and the CLI's `validate` and `import`. Each must refuse, name the
 * field, and write nothing.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { invoke } from '../../src/api/invoke';
import type { WorkspaceSession } from '../../src/api/session';
import { parseWorkspaceText } from '../../src/model/parse';
import { HOSTILE_CASES, hasJsonForm, hostileWorkspaceText } from '../fixtures/hostile/cases';
import { runIn } from '../helpers/cli';
import { makeTempDir } from '../helpers/temp-dir';
import { writeWorkspaceFile } from '../helpers/workspace-file';
import {
  expectNamesField,
  pathOptions,
  storeState,
  type BrowserHost,
  useEntryPoints,
  type EntryPoints,
} from './harness';

let session: WorkspaceSession;
let host: BrowserHost;
let ipc: EntryPoints['ipc'];
useEntryPoints((points) => ({ session, ipc, host } = points));

const textCases = HOSTILE_CASES.filter(hasJsonForm);

describe.each(textCases.map((c) => [c.name, c] as const))('hostile workspace JSON: %s', (_name, hostile) => {
  let text: string;
  beforeAll(() => {
    text = hostileWorkspaceText(hostile);
  });

  it('is refused by the parser with the field named', () => {
    const parsed = parseWorkspaceText(text, 'en');
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    const paths = parsed.issues.map((i) => i.pathText);
    expect(
      paths.some((p) => (hostile.pathPrefix === true ? p.startsWith(hostile.path) : p === hostile.path)),
      JSON.stringify(paths),
    ).toBe(true);
  });

  it('is refused by workspace.importJson through invoke, IPC and the browser host, writing nothing', async () => {
    const before = storeState(session);
    expectNamesField(
      await invoke(session, 'workspace.importJson', { text }, { lang: 'en' }),
      hostile.path,
      pathOptions(hostile),
    );
    expectNamesField(await ipc('workspace.importJson', { text }), hostile.path, pathOptions(hostile));
    const reply = await host.call('workspace.importJson', JSON.stringify({ text }));
    expect(reply.status).toBe(200);
    expectNamesField(reply.result, hostile.path, pathOptions(hostile));
    expect(storeState(session)).toEqual(before);
  });

  it('is refused by the CLI: validate and import exit 2 naming the field, and no file is written', async () => {
    const dir = makeTempDir();
    try {
      writeFileSync(join(dir.dir, 'ws.json'), text);
      const validate = await runIn(dir.dir, ['validate', 'ws.json', '--lang', 'en']);
      expect(validate.code).toBe(2);
      expect(validate.stderr).toContain(hostile.path);

      const fresh = await runIn(dir.dir, ['import', 'ws.json', '--db', 'new.coopfolio', '--lang', 'en']);
      expect(fresh.code).toBe(2);
      expect(fresh.stderr).toContain(hostile.path);
      expect(existsSync(join(dir.dir, 'new.coopfolio'))).toBe(false);

      const existing = writeWorkspaceFile(dir.dir, 'old.coopfolio');
      const bytes = readFileSync(existing);
      const replace = await runIn(dir.dir, [
        'import',
        'ws.json',
        '--db',
        'old.coopfolio',
        '--replace',
        '--lang',
        'en',
      ]);
      expect(replace.code).toBe(2);
      expect(readFileSync(existing).equals(bytes)).toBe(true);
    } finally {
      dir.cleanup();
    }
  });
});
