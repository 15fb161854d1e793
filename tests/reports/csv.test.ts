import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { neutralizeText } from '../../src/reports/cell-safety';
import { csvSeparator, tableToCsv } from '../../src/reports/csv';
import type { ReportTable } from '../../src/reports/tables';

const table: ReportTable = {
  id: 'plans',
  title: { nl: 'Plannen', en: 'Plans' },
  columns: [
    { key: 'name', label: { nl: 'Naam', en: 'Name' }, type: 'text' },
    { key: 'amount', label: { nl: 'Bedrag', en: 'Amount' }, type: 'euros' },
    { key: 'share', label: { nl: 'Aandeel', en: 'Share' }, type: 'share' },
    { key: 'year', label: { nl: 'Jaar', en: 'Year' }, type: 'year' },
    { key: 'locked', label: { nl: 'Vast', en: 'Locked' }, type: 'boolean' },
  ],
  rows: [
    ['=HYPERLINK("http://evil.example","klik")', -1234.5, 0.1 + 0.2, 2026, true],
    ['<img src=x onerror=alert(1)>', 1_000_000, 1, 2027, false],
    ['\u202Eevil\u202C شركة تعاونية', 0, null, 2028, false],
    ['+31 20 123', 12.345, 0.5, 2029, false],
    ['x'.repeat(2000), 7, 0, 2030, false],
    ['line\nbreak; "quoted", text', 1, 0, 2031, false],
  ],
};

function readBack(text: string, lang: 'nl' | 'en'): string[][] {
  expect(text.startsWith('\uFEFF')).toBe(true);
  return parse(text, { bom: true, delimiter: csvSeparator(lang), relax_column_count: false }) as string[][];
}

describe('report CSV', () => {
  it('writes Dutch CSV with ; and a decimal comma, English with , and a point', () => {
    const nl = readBack(tableToCsv(table, 'nl'), 'nl');
    const en = readBack(tableToCsv(table, 'en'), 'en');
    expect(nl[0]).toEqual(['Naam', 'Bedrag', 'Aandeel', 'Jaar', 'Vast']);
    expect(en[0]).toEqual(['Name', 'Amount', 'Share', 'Year', 'Locked']);
    expect(nl[1]!.slice(1)).toEqual(['-1234,50', '0,3', '2026', 'ja']);
    expect(en[1]!.slice(1)).toEqual(['-1234.50', '0.3', '2026', 'yes']);
    expect(en[3]![2]).toBe('');
  });

  it('neutralises formula-like text but keeps negative amounts as numbers', () => {
    const rows = readBack(tableToCsv(table, 'en'), 'en');
    expect(rows[1]![0]).toBe(`'=HYPERLINK("http://evil.example","klik")`);
    expect(rows[4]![0]).toBe("'+31 20 123");
    // The amount is bare, so a spreadsheet reads a number, not text.
    expect(tableToCsv(table, 'en')).toContain(',-1234.50,');
    for (const start of ['=', '+', '-', '@', '\t', '\r', '\0'])
      expect(neutralizeText(`${start}1+1`)).toBe(`'${start}1+1`);
    expect(neutralizeText('Zon op Oost')).toBe('Zon op Oost');
  });

  it('keeps hostile and long names whole and readable, quotes, separators and line breaks included', () => {
    const rows = readBack(tableToCsv(table, 'nl'), 'nl');
    expect(rows[2]![0]).toBe('<img src=x onerror=alert(1)>');
    expect(rows[3]![0]).toBe('\u202Eevil\u202C شركة تعاونية');
    expect(rows[5]![0]).toHaveLength(2000);
    expect(rows[6]![0]).toBe('line\nbreak; "quoted", text');
    expect(rows).toHaveLength(table.rows.length + 1);
  });
});
