/**
 * The import templates: every kind, format and language previews against the demo
 * workspace with zero problems and the example rows as new items, and applying it adds
 * them. The notes sheet names every column and the allowed words.
 */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportPreview } from '../../src/contract/import-operations';
import { invoke } from '../../src/api/invoke';
import { createSession, type WorkspaceSession } from '../../src/api/session';
import { loadDemoWorkspace } from '../../src/data';
import { fieldsOf } from '../../src/imports';
import { createWorkspaceStore } from '../../src/storage';
import { makeTempDir } from '../helpers/temp-dir';

let temp: ReturnType<typeof makeTempDir>;
let session: WorkspaceSession;
let count = 0;

beforeAll(() => {
  temp = makeTempDir();
  session = createSession();
});
afterAll(() => {
  session.close();
  temp.cleanup();
});

/** A fresh demo copy per case, so applying one template cannot affect the next. */
function openFreshDemo(): void {
  count += 1;
  const file = `${temp.dir}/demo-${count}.coopfolio`;
  createWorkspaceStore(file, loadDemoWorkspace()).close();
  session.open(file);
}

async function template(kind: string, format: string, lang: 'nl' | 'en') {
  const result = await invoke(session, 'imports.template', { kind, format }, { lang });
  if (!result.ok) throw new Error(result.error.message);
  return result.value as { fileName: string; mimeType: string; contentBase64: string };
}

const CASES = (['cooperatives', 'fundingStreams', 'costLines'] as const).flatMap((kind) =>
  (['xlsx', 'csv'] as const).flatMap((format) =>
    (['nl', 'en'] as const).map((lang) => [kind, format, lang] as const),
  ),
);

describe.each(CASES)('the %s template as %s in %s', (kind, format, lang) => {
  it('is accepted as it is: every header mapped, no problem, the examples new, and applied whole', async () => {
    openFreshDemo();
    const file = await template(kind, format, lang);
    expect(file.fileName.endsWith(`.${format}`)).toBe(true);
    const input = { fileName: file.fileName, contentBase64: file.contentBase64, kind, mode: 'add' as const };
    const preview = await invoke(session, 'imports.preview', input, { lang });
    expect(preview.ok).toBe(true);
    if (!preview.ok) return;
    const value = preview.value as ImportPreview;
    expect(value.errors).toEqual([]);
    // The headers are the ones the mapping suggests by itself: every field mapped.
    expect(Object.keys(value.mapping).sort()).toEqual(
      fieldsOf(kind)
        .map((f) => f.field)
        .sort(),
    );
    expect(value.counts.created).toBeGreaterThan(0);
    const applied = await invoke(session, 'imports.apply', input, { lang });
    expect(applied).toMatchObject({ ok: true, value: { counts: { created: value.counts.created } } });
  });
});

describe('the workbook template', () => {
  it('explains every column on a notes sheet, with the allowed words in the language', async () => {
    openFreshDemo();
    const file = await template('fundingStreams', 'xlsx', 'nl');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(file.contentBase64, 'base64') as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Financieringsbronnen', 'Toelichting']);
    const notes = workbook.getWorksheet('Toelichting');
    const text = JSON.stringify(notes?.getSheetValues());
    for (const field of fieldsOf('fundingStreams')) expect(text).toContain(field.header.nl);
    expect(text).toContain('subsidie, lening');
    expect(workbook.getWorksheet('Financieringsbronnen')?.getRow(1).font?.bold).toBe(true);
  });

  it('writes the CSV as Excel reads it in Dutch: BOM, semicolons, CRLF', async () => {
    openFreshDemo();
    const file = await template('cooperatives', 'csv', 'nl');
    const text = Buffer.from(file.contentBase64, 'base64').toString('utf8');
    expect(text.startsWith('\uFEFF"Id";"Naam";"Sector"')).toBe(true);
    expect(text).toContain('\r\n');
  });
});
