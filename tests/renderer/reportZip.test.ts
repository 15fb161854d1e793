import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { reportZip, zipNameOf } from '../../renderer/src/screens/reports/report-export/reportZip';

const base64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

describe('the reports ZIP', () => {
  it('holds every file under its own name with its exact bytes', () => {
    const files = [
      { name: 'raadsrapportage.html', base64: base64('<h1>Rapport</h1>') },
      { name: 'raadsrapportage.xlsx', base64: Buffer.from([0x50, 0x4b, 3, 4, 0, 255]).toString('base64') },
      { name: 'toewijzingen.csv', base64: base64('\uFEFFplan;bedrag\nZon op Oost;1234,50\n') },
    ];
    const unpacked = unzipSync(reportZip(files));
    expect(Object.keys(unpacked)).toEqual(files.map((f) => f.name));
    for (const file of files) expect(Buffer.from(unpacked[file.name]!).toString('base64')).toBe(file.base64);
  });

  it('is the same archive for the same files, and refuses two files of one name', () => {
    const files = [{ name: 'a.csv', base64: base64('x') }];
    expect(reportZip(files)).toEqual(reportZip(files));
    expect(() => reportZip([...files, ...files])).toThrow(/a\.csv/);
  });

  it('is named after the export folder', () => {
    expect(zipNameOf('/home/coach/demo-rapporten/2026-03-01T10-00-00Z')).toBe(
      'demo-rapporten-2026-03-01T10-00-00Z.zip',
    );
    expect(zipNameOf('C:\\Werk\\Oost rapporten\\2026-03-01')).toBe('Oost-rapporten-2026-03-01.zip');
    expect(zipNameOf('')).toBe('rapporten.zip');
  });
});
