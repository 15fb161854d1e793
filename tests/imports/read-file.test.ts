import { describe, expect, it } from 'vitest';
import { MAX_IMPORT_BYTES, MAX_IMPORT_ROWS, readSpreadsheet } from '../../src/imports';
import { cellText } from '../../src/imports/table';
import { declaredUnpackedSize } from '../../src/imports/zip-size';
import { csvText, utf8, xlsxBytes } from './builders';

async function read(bytes: Uint8Array, name: string, sheet?: string) {
  const file = await readSpreadsheet(bytes, name, sheet);
  if (!file.ok) throw new Error(JSON.stringify(file.problems));
  return file;
}

const texts = (file: Awaited<ReturnType<typeof read>>) =>
  file.table.rows.map((row) => ({ row: row.row, cells: row.cells.map((cell) => cellText(cell)) }));

async function refusal(bytes: Uint8Array, name: string, sheet?: string) {
  const file = await readSpreadsheet(bytes, name, sheet);
  if (file.ok) throw new Error('expected the file to be refused');
  return file;
}

describe('reading CSV', () => {
  const rows = [
    ['Id', 'Naam', 'Bedrag'],
    ['a', 'Zon; "Oost"', '1.234,56'],
  ];

  it('detects the semicolon separator of Dutch Excel', async () => {
    const file = await read(utf8(csvText(rows, ';')), 'coops.csv');
    expect(file.separator).toBe(';');
    expect(file.table.headers).toEqual(['Id', 'Naam', 'Bedrag']);
    expect(texts(file)).toEqual([{ row: 2, cells: ['a', 'Zon; "Oost"', '1.234,56'] }]);
  });

  it('detects the comma separator', async () => {
    const file = await read(utf8(csvText(rows, ',')), 'coops.csv');
    expect(file.separator).toBe(',');
    expect(texts(file)).toEqual([{ row: 2, cells: ['a', 'Zon; "Oost"', '1.234,56'] }]);
  });

  it('reads UTF-8 with a byte-order mark without keeping the mark in the first header', async () => {
    const file = await read(
      utf8(
        csvText([
          ['Coöperatie-id', 'Naam'],
          ['a', 'Coöperatie Zuid'],
        ]),
        true,
      ),
      'c.csv',
    );
    expect(file.table.headers).toEqual(['Coöperatie-id', 'Naam']);
    expect(texts(file)[0]?.cells).toEqual(['a', 'Coöperatie Zuid']);
  });

  it('numbers rows as a spreadsheet shows them: blank lines count, but are not rows', async () => {
    const file = await read(utf8('Id;Naam\r\na;A\r\n\r\nb;B\r\n'), 'c.csv');
    expect(texts(file).map((r) => r.row)).toEqual([2, 4]);
  });

  it('counts a quoted line break as part of one row', async () => {
    const file = await read(utf8('Id;Naam\na;"twee\nregels"\nb;B\n'), 'c.csv');
    expect(texts(file)).toEqual([
      { row: 2, cells: ['a', 'twee\nregels'] },
      { row: 3, cells: ['b', 'B'] },
    ]);
  });

  it('reads a quote inside an unquoted field as text, as spreadsheet programs do', async () => {
    const file = await read(utf8('Id;Naam\na;=HYPERLINK("http://x")\n'), 'c.csv');
    expect(texts(file)[0]?.cells).toEqual(['a', '=HYPERLINK("http://x")']);
  });

  it('names empty and repeated headers so each column can be mapped', async () => {
    const file = await read(utf8('Bedrag;;Bedrag\n1;2;3\n'), 'c.csv');
    expect(file.table.headers).toEqual(['Bedrag', 'B', 'Bedrag (2)']);
  });

  it('refuses text that is not UTF-8 instead of guessing', async () => {
    const latin1 = new Uint8Array([0x49, 0x64, 0x0a, 0x63, 0x6f, 0xf6, 0x70, 0x0a]);
    expect((await refusal(latin1, 'c.csv')).problems).toEqual([{ key: 'notUtf8', params: {} }]);
  });

  it('refuses a malformed CSV with the parser’s words', async () => {
    const file = await refusal(utf8('Id;Naam\na;"open\n'), 'c.csv');
    expect(file.problems[0]?.key).toBe('csvSyntax');
  });

  it('refuses an empty file, other file types and old .xls workbooks', async () => {
    expect((await refusal(utf8('\n\n'), 'c.csv')).problems[0]?.key).toBe('emptyFile');
    expect((await refusal(utf8('{}'), 'werkruimte.json')).problems[0]?.key).toBe('unsupportedFile');
    const xls = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expect((await refusal(xls, 'oud.xls')).problems[0]?.key).toBe('xlsNotSupported');
    expect((await refusal(utf8('geen zip'), 'nep.xlsx')).problems[0]?.key).toBe('notAWorkbook');
  });

  it('refuses a file above 10 MB and more than 20,000 rows, with the limit in the message', async () => {
    const big = await refusal(new Uint8Array(MAX_IMPORT_BYTES + 1), 'groot.csv');
    expect(big.problems).toEqual([{ key: 'fileTooLarge', params: { max: '10 MB' } }]);
    const many = `Id\n${'a\n'.repeat(MAX_IMPORT_ROWS + 1)}`;
    expect((await refusal(utf8(many), 'veel.csv')).problems).toEqual([
      { key: 'tooManyRows', params: { max: MAX_IMPORT_ROWS } },
    ]);
  });
});

describe('reading XLSX', () => {
  it('reads the first sheet with typed cells, and lists the sheets', async () => {
    const bytes = await xlsxBytes({
      Coöperaties: [
        ['Id', 'Naam', 'Leden', 'Publiek', 'Opgericht'],
        ['a', 'Zon', 1.234, true, new Date(Date.UTC(2021, 4, 1))],
      ],
      Tweede: [['X'], ['y']],
    });
    const file = await read(bytes, 'werkmap.xlsx');
    expect(file.fileType).toBe('xlsx');
    expect(file.sheets).toEqual(['Coöperaties', 'Tweede']);
    expect(file.sheet).toBe('Coöperaties');
    expect(file.table.rows[0]?.cells).toEqual([
      { kind: 'text', text: 'a' },
      { kind: 'text', text: 'Zon' },
      { kind: 'number', value: 1.234 },
      { kind: 'boolean', value: true },
      { kind: 'date', iso: '2021-05-01' },
    ]);
  });

  it('reads a chosen sheet, skips a hidden first sheet by default, and names a missing sheet', async () => {
    const bytes = await xlsxBytes({ Verborgen: [['A'], ['1']], Zichtbaar: [['B'], ['2']] }, ['Verborgen']);
    expect((await read(bytes, 'w.xlsx')).sheet).toBe('Zichtbaar');
    expect((await read(bytes, 'w.xlsx', 'Verborgen')).table.headers).toEqual(['A']);
    const missing = await refusal(bytes, 'w.xlsx', 'Nergens');
    expect(missing.problems).toEqual([{ key: 'sheetNotFound', params: { sheet: 'Nergens' } }]);
    expect(missing.sheets).toEqual(['Verborgen', 'Zichtbaar']);
  });

  it('uses a formula’s stored result, never its formula text, and marks a formula without one', async () => {
    const bytes = await xlsxBytes({
      Blad1: [
        ['Naam', 'Bedrag', 'Leeg'],
        [
          { formula: 'CONCAT("a","b")', result: 'ab' },
          { formula: 'B3*1.21', result: 121.00000000000001 },
          { formula: 'NOW()' } as never,
        ],
        ['x', { error: '#DIV/0!' }, { richText: [{ text: 'ri' }, { text: 'ch' }] }],
      ],
    });
    const file = await read(bytes, 'w.xlsx');
    expect(file.table.rows[0]?.cells).toEqual([
      { kind: 'text', text: 'ab' },
      // Excel's 15 significant digits: what the user sees in the cell.
      { kind: 'number', value: 121 },
      { kind: 'noResult' },
    ]);
    expect(file.table.rows[1]?.cells).toEqual([
      { kind: 'text', text: 'x' },
      { kind: 'error', code: '#DIV/0!' },
      { kind: 'text', text: 'rich' },
    ]);
  });

  it('keeps text that looks like a formula as text', async () => {
    const bytes = await xlsxBytes({ Blad1: [['Naam'], ['=SUM(A1:A9)'], ['@cmd']] });
    const file = await read(bytes, 'w.xlsx');
    expect(texts(file).map((r) => r.cells[0])).toEqual(['=SUM(A1:A9)', '@cmd']);
  });

  it('refuses a workbook that declares it unpacks to more than 200 MB', async () => {
    const bytes = await xlsxBytes({ Blad1: [['Naam'], ['a']] });
    expect(declaredUnpackedSize(bytes)).toBeGreaterThan(0);
    // Claim 300 MB in the first central-directory entry's uncompressed size.
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    let at = -1;
    for (let i = bytes.length - 22; i >= 0; i--) {
      if (view.getUint32(i, true) === 0x06054b50) {
        at = view.getUint32(i + 16, true);
        break;
      }
    }
    view.setUint32(at + 24, 300 * 1024 * 1024, true);
    expect((await refusal(bytes, 'bom.xlsx')).problems[0]?.key).toBe('unpackedTooLarge');
  });
});
