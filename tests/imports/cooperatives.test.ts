import { describe, expect, it } from 'vitest';
import { planImport } from '../../src/imports';
import { readSpreadsheet } from '../../src/imports/read-file';
import { csvText, located, planCsv, baseWorkspace, xlsxBytes } from './builders';

const HEADER = [
  'Id',
  'Naam',
  'Sector',
  'Rechtsvorm',
  'Fase',
  'Leden',
  'Opgericht',
  'Eerdere de-minimissteun',
];
const good = (id: string, extra: Partial<Record<(typeof HEADER)[number], string>> = {}) =>
  HEADER.map(
    (h) =>
      extra[h] ??
      {
        Id: id,
        Naam: `Coöperatie ${id}`,
        Sector: 'Zorg en welzijn',
        Rechtsvorm: 'Coöperatie U.A.',
        Fase: 'groei',
        Leden: '1.250',
        Opgericht: '2019',
        'Eerdere de-minimissteun': '2024: 12.500,50; 2025: 1.000',
      }[h] ??
      '',
  );

describe('importing cooperatives', () => {
  it('adds new cooperatives written the Dutch way, in the model form (cents)', async () => {
    const plan = await planCsv(
      csvText([HEADER, good('zorg-west'), good('voedsel-noord', { Sector: 'voedsel' })]),
      {
        kind: 'cooperatives',
      },
    );
    expect(plan.problems).toEqual([]);
    expect(plan.counts).toEqual({ rows: 2, created: 2, updated: 0, unchanged: 0 });
    expect(plan.writes).toEqual([
      {
        op: 'insertCooperative',
        cooperative: {
          id: 'zorg-west',
          name: 'Coöperatie zorg-west',
          sector: 'care',
          legalForm: 'cooperatie-ua',
          stage: 'growth',
          members: 1250,
          foundedYear: 2019,
          partnership: 'none',
          priorStateAid: [
            { year: 2024, amount: 1_250_050, sgei: false },
            { year: 2025, amount: 100_000, sgei: false },
          ],
          sgei: false,
          // A spreadsheet carries no path through the incubator; the model's empty lists stand in.
          stageHistory: [],
          coachingHours: [],
        },
      },
      {
        op: 'insertCooperative',
        cooperative: expect.objectContaining({ id: 'voedsel-noord', sector: 'food' }),
      },
    ]);
  });

  it('names the exact row and column of every wrong value', async () => {
    const text = csvText([
      HEADER,
      good('goed'),
      good('type', { Leden: 'veel' }),
      good('nan', { Leden: 'NaN', Opgericht: 'Infinity' }),
      good('negatief', { 'Eerdere de-minimissteun': '2024: -500' }),
      good('decimalen', { 'Eerdere de-minimissteun': '2024: 10,005' }),
      good('Geen Id'),
      good('enum', { Sector: 'koffie', Fase: 'bijna klaar' }),
      good('leeg', { Naam: '   ' }),
      good('heel', { Leden: '12,5' }),
    ]);
    const plan = await planCsv(text, { kind: 'cooperatives' });
    expect(located(plan)).toEqual([
      '3/Leden: expectedNumber',
      '4/Leden: notFinite',
      '4/Opgericht: notFinite',
      '5/Eerdere de-minimissteun: negativeAmount',
      '6/Eerdere de-minimissteun: tooManyDecimals',
      '7/Id: invalidId',
      '8/Sector: oneOf',
      '8/Fase: oneOf',
      '9/Naam: required',
      '10/Leden: expectedWholeNumber',
    ]);
    expect(plan.problems[0]).toEqual({
      row: 3,
      column: 'Leden',
      field: 'members',
      key: 'expectedNumber',
      params: {},
      message: 'moet een getal zijn',
    });
    expect(plan.rows.map((r) => r.status)).toEqual([
      'new',
      'invalid',
      'invalid',
      'invalid',
      'invalid',
      'invalid',
      'invalid',
      'invalid',
      'invalid',
    ]);
    expect(plan.writes).toEqual([]);
  });

  it('words the problems in English when asked', async () => {
    const plan = await planCsv(
      csvText([HEADER, good('type', { Leden: 'veel' })]),
      { kind: 'cooperatives' },
      baseWorkspace(),
      'en',
    );
    expect(plan.problems[0]?.message).toBe('must be a number');
  });

  it('refuses an id used twice in the file, naming the first row, and an id already in the workspace', async () => {
    const plan = await planCsv(csvText([HEADER, good('nieuw'), good('zon-oost'), good('nieuw')]), {
      kind: 'cooperatives',
    });
    expect(plan.problems.map((p) => [p.row, p.column, p.key, p.message])).toEqual([
      [
        3,
        'Id',
        'existsInWorkspace',
        '"zon-oost" bestaat al; kies "toevoegen en bijwerken" om het bij te werken',
      ],
      [4, 'Id', 'duplicateInFile', '"nieuw" staat al in rij 2'],
    ]);
    expect(plan.writes).toEqual([]);
  });

  it('updates an existing cooperative in add-and-update mode, keeping what no column is mapped to', async () => {
    const text = csvText([
      ['Id', 'Naam', 'Leden'],
      ['zon-oost', 'Zon op Oost', '150'],
      ['nieuw', 'Nieuw', '3'],
    ]);
    const plan = await planCsv(text, { kind: 'cooperatives', mode: 'upsert' });
    // The new row has no sector, legal form or stage column: one problem on the mapping.
    expect(located(plan)).toEqual(['-/-: fieldNotMapped', '-/-: fieldNotMapped', '-/-: fieldNotMapped']);
    expect(plan.rows.map((r) => r.status)).toEqual(['update', 'invalid']);

    const only = await planCsv(
      csvText([
        ['Id', 'Naam', 'Leden'],
        ['zon-oost', 'Zon op Oost', '150'],
      ]),
      {
        kind: 'cooperatives',
        mode: 'upsert',
      },
    );
    expect(only.problems).toEqual([]);
    expect(only.counts).toEqual({ rows: 1, created: 0, updated: 1, unchanged: 0 });
    expect(only.writes).toEqual([
      {
        op: 'updateCooperative',
        cooperative: {
          ...baseWorkspace().cooperatives[0],
          members: 150,
        },
      },
    ]);
  });

  it('counts a row equal to the stored cooperative as unchanged and writes nothing for it', async () => {
    const plan = await planCsv(
      csvText([
        ['Id', 'Naam', 'Leden'],
        ['zon-oost', 'Zon op Oost', '120'],
      ]),
      {
        kind: 'cooperatives',
        mode: 'upsert',
      },
    );
    expect(plan.counts).toEqual({ rows: 1, created: 0, updated: 0, unchanged: 1 });
    expect(plan.writes).toEqual([]);
  });

  it('keeps formula-like and HTML text as plain text, exactly as typed', async () => {
    const names = [
      '=HYPERLINK("http://x.example","klik")',
      '+31 20 123',
      '-min',
      '@SOM(A1)',
      '<img src=x onerror=alert(1)>',
    ];
    const rows = names.map((name, i) => good(`tekst-${i}`, { Naam: name }));
    const plan = await planCsv(csvText([HEADER, ...rows]), { kind: 'cooperatives' });
    expect(plan.problems).toEqual([]);
    expect(plan.writes.map((w) => (w.op === 'insertCooperative' ? w.cooperative.name : null))).toEqual(names);
  });

  it('reads the same rows from a workbook, with numbers as numbers and a formula’s stored result', async () => {
    const bytes = await xlsxBytes({
      Blad1: [
        ['Id', 'Naam', 'Sector', 'Rechtsvorm', 'Fase', 'Leden'],
        [
          'werk',
          { formula: 'UPPER("x")', result: 'X' },
          'energy',
          'stichting',
          'idea',
          { formula: 'A9', result: 40 },
        ],
        ['fout', '=SUM(1,2)', 'energy', 'stichting', 'idea', { error: '#REF!' }],
      ],
    });
    const file = await readSpreadsheet(bytes, 'coops.xlsx');
    if (!file.ok) throw new Error('unreadable');
    const plan = planImport(
      baseWorkspace(),
      file.table,
      { kind: 'cooperatives', mode: 'add', numberFormat: 'nl' },
      'nl',
    );
    expect(located(plan)).toEqual(['3/Leden: cellError']);
    expect(plan.rows[0]).toEqual({
      row: 2,
      status: 'new',
      values: {
        id: 'werk',
        name: 'X',
        sector: 'energy',
        legalForm: 'stichting',
        stage: 'idea',
        members: '40',
      },
    });
    expect(plan.rows[1]?.values['name']).toBe('=SUM(1,2)');
  });
});
