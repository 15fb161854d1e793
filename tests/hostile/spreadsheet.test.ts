/**
 * Hostile spreadsheet rows through `imports.preview` and `imports.apply` (via `invoke`,
 * desktop IPC and the browser host): preview lists the problem at its row and column,
 * apply refuses with the same location, and nothing is written.
 */
import { describe, expect, it } from 'vitest';
import type { ImportPreview } from '../../src/contract/import-operations';
import { invoke } from '../../src/api/invoke';
import type { WorkspaceSession } from '../../src/api/session';
import {
  COOPERATIVE_HEADERS,
  CSV_CASES,
  STREAM_HEADERS,
  VALID_COOPERATIVE,
  VALID_STREAM,
  type CsvCase,
} from '../fixtures/hostile/csv-cases';
import {
  csvImportInput,
  expectApplyRefusedEverywhere,
  storeState,
  type BrowserHost,
  useEntryPoints,
  type EntryPoints,
} from './harness';

let session: WorkspaceSession;
let ipc: EntryPoints['ipc'];
let host: BrowserHost;
useEntryPoints((points) => ({ session, ipc, host } = points));

function fileInput(csv: CsvCase | null, kind: CsvCase['kind']) {
  const headers = kind === 'cooperatives' ? COOPERATIVE_HEADERS : STREAM_HEADERS;
  const valid = kind === 'cooperatives' ? VALID_COOPERATIVE : VALID_STREAM;
  return csvImportInput(kind, { headers, valid, ...(csv ?? {}) });
}

describe('the spreadsheet corpus', () => {
  it('accepts the valid rows in a preview, so problems come from the hostile cells', async () => {
    for (const kind of ['cooperatives', 'fundingStreams'] as const) {
      const result = await invoke(session, 'imports.preview', fileInput(null, kind), { lang: 'en' });
      expect(result).toMatchObject({ ok: true, value: { errorCount: 0 } });
    }
  });
});

describe.each(CSV_CASES.map((c) => [c.name, c] as const))('hostile spreadsheet row: %s', (_name, csv) => {
  const row = csv.row ?? 2;
  const location = `row ${row}, column "${csv.column}"`;

  it('is listed by the preview at its row and column', async () => {
    const before = storeState(session);
    const result = await invoke(session, 'imports.preview', fileInput(csv, csv.kind), { lang: 'en' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const preview = result.value as ImportPreview;
    expect(preview.errors.map((e) => [e.row, e.column])).toContainEqual([row, csv.column]);
    expect(storeState(session)).toEqual(before);
  });

  it('is refused by apply through invoke, IPC and the browser host, naming row and column, writing nothing', async () => {
    await expectApplyRefusedEverywhere({ session, ipc, host }, fileInput(csv, csv.kind), location);
  });
});
