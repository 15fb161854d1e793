import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runIn } from '../helpers/cli';
import { makeTempDir } from '../helpers/temp-dir';

let temp: ReturnType<typeof makeTempDir>;
beforeEach(() => {
  temp = makeTempDir();
  writeFileSync(
    join(temp.dir, 'ws.json'),
    JSON.stringify({
      format: 'coopfolio-workspace',
      version: 1,
      settings: { startYear: 2026 },
      cooperatives: [
        {
          id: 'oost',
          name: 'Oost',
          sector: 'energy',
          legalForm: 'cooperatie-ua',
          stage: 'startup',
          members: 9,
        },
      ],
      fundingStreams: [
        { id: 'buurt', name: 'Buurtbudget', silo: 'gemeente', kind: 'grant', public: true },
        { id: 'fonds', name: 'Fonds', silo: 'fonds', kind: 'grant', public: true, awardProbability: 0.5 },
      ],
      plans: [
        {
          id: 'zon',
          cooperativeId: 'oost',
          name: 'Zon',
          startYear: 2026,
          years: 1,
          costs: [{ id: 'pv', category: 'capex', label: 'Panelen', amounts: { '2026': 40000 } }],
          awards: [
            {
              streamId: 'buurt',
              status: 'granted',
              requested: 20000,
              granted: 15000,
              decidedOn: '2026-02-02',
              reference: 'BB-7',
            },
            { streamId: 'fonds', status: 'refused', decidedOn: '2026-02-20' },
          ],
        },
      ],
    }),
  );
});
afterEach(() => temp.cleanup());

describe('coopfolio blend with awards', () => {
  it('prints each award with what the blend made of it in the JSON, in euros', async () => {
    const result = await runIn(temp.dir, ['blend', '--workspace', 'ws.json', '--plan', 'zon', '--json']);
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout);
    expect(json.plans[0]).toMatchObject({ funded: 15000, gap: 25000 });
    expect(json.awards.map((a: Record<string, unknown>) => [a['streamId'], a['status'], a['given']])).toEqual(
      [
        ['buurt', 'granted', 15000],
        ['fonds', 'refused', 0],
      ],
    );
    expect(Object.keys(json.awards[0])).toEqual([
      'planId',
      'streamId',
      'status',
      'granted',
      'given',
      'shortfall',
      'probability',
      'message',
    ]);
  });

  it('lists the awards under the table in Dutch', async () => {
    const result = await runIn(temp.dir, [
      'blend',
      '--workspace',
      'ws.json',
      '--plan',
      'zon',
      '--lang',
      'nl',
    ]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Aanvragen en toekenningen:');
    expect(result.stdout).toContain('(beschikking BB-7)');
    expect(result.stdout).toContain('“Fonds” heeft de aanvraag voor “Zon” afgewezen op 20 februari 2026');
  });
});

describe('coopfolio week and the file round trip with awards', () => {
  it('lists a report due per coach, as JSON in euros and as a Dutch list', async () => {
    const ws = JSON.parse(readFileSync(join(temp.dir, 'ws.json'), 'utf8'));
    ws.cooperatives[0].coach = 'Fatma Yılmaz';
    ws.plans[0].awards[0].reportDue = '2026-05-11';
    writeFileSync(join(temp.dir, 'week.json'), JSON.stringify(ws));
    const args = ['week', '--workspace', 'week.json', '--today', '2026-05-01'];
    const json = await runIn(temp.dir, [...args, '--json']);
    expect(json.code).toBe(0);
    const agenda = JSON.parse(json.stdout);
    expect(agenda.groups).toEqual([
      {
        coach: 'Fatma Yılmaz',
        items: [expect.objectContaining({ kind: 'reportDue', date: '2026-05-11', days: 10, amount: 15000 })],
      },
    ]);
    const text = await runIn(temp.dir, [...args, '--lang', 'nl']);
    expect(text.stdout).toContain('Fatma Yılmaz');
    expect(text.stdout).toContain('2026-05-11  over 10 d.');
    expect(text.stdout).toContain('Verantwoording: Oost / Zon / Buurtbudget');
    expect((await runIn(temp.dir, ['week', '--workspace', 'week.json', '--today', '1 mei'])).code).toBe(2);
  });

  it('exports, imports and exports again byte for byte', async () => {
    expect((await runIn(temp.dir, ['import', 'ws.json', '--db', 'a.coopfolio'])).code).toBe(0);
    expect((await runIn(temp.dir, ['export', '--db', 'a.coopfolio', '--out', 'a.json'])).code).toBe(0);
    expect((await runIn(temp.dir, ['import', 'a.json', '--db', 'b.coopfolio'])).code).toBe(0);
    expect((await runIn(temp.dir, ['export', '--db', 'b.coopfolio', '--out', 'b.json'])).code).toBe(0);
    const first = readFileSync(join(temp.dir, 'a.json'), 'utf8');
    expect(readFileSync(join(temp.dir, 'b.json'), 'utf8')).toBe(first);
    expect(JSON.parse(first).plans[0].awards).toEqual([
      {
        streamId: 'buurt',
        status: 'granted',
        requested: 20000,
        granted: 15000,
        decidedOn: '2026-02-02',
        reference: 'BB-7',
      },
      { streamId: 'fonds', status: 'refused', decidedOn: '2026-02-20' },
    ]);
  });
});
