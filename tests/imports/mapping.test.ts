import { describe, expect, it } from 'vitest';
import { IMPORT_FIELDS, IMPORT_KINDS, suggestMapping } from '../../src/imports';
import { csvText, located, planCsv } from './builders';

describe('the suggested mapping', () => {
  it('recognises Dutch headers whatever their case, spaces, accents or punctuation', () => {
    const headers = [
      'ID',
      'naam',
      ' SECTOR ',
      'Rechts-vorm',
      'fase',
      'Aantal leden',
      'Oprichtingsjaar',
      'Coöperatie',
    ];
    expect(suggestMapping('cooperatives', headers)).toEqual({
      id: 'ID',
      name: 'naam',
      sector: ' SECTOR ',
      legalForm: 'Rechts-vorm',
      stage: 'fase',
      members: 'Aantal leden',
      foundedYear: 'Oprichtingsjaar',
    });
  });

  it('recognises English headers and the field names themselves', () => {
    const headers = [
      'Stream ID',
      'Name',
      'Silo',
      'Kind',
      'Public',
      'First year',
      'Last year',
      'maxShareOfPlan',
      'Interest rate',
    ];
    expect(suggestMapping('fundingStreams', headers)).toEqual({
      id: 'Stream ID',
      name: 'Name',
      silo: 'Silo',
      kind: 'Kind',
      public: 'Public',
      yearsFrom: 'First year',
      yearsTo: 'Last year',
      maxShareOfPlan: 'maxShareOfPlan',
      loanRate: 'Interest rate',
    });
  });

  it('gives each column to one field at most, the first field that claims it', () => {
    expect(suggestMapping('costLines', ['Plan', 'Kostenpost', 'Naam', 'Jaar', 'Bedrag (€)'])).toEqual({
      planId: 'Plan',
      costId: 'Kostenpost',
      label: 'Naam',
      year: 'Jaar',
      amount: 'Bedrag (€)',
    });
  });

  it('recognises each field’s own Dutch and English template header', () => {
    for (const kind of IMPORT_KINDS) {
      for (const lang of ['nl', 'en'] as const) {
        const headers = IMPORT_FIELDS[kind].map((def) => def.header[lang]);
        const mapping = suggestMapping(kind, headers);
        expect(Object.keys(mapping), `${kind} ${lang}`).toEqual(IMPORT_FIELDS[kind].map((def) => def.field));
      }
    }
  });
});

describe('a chosen mapping', () => {
  it('is used as given: an unmapped column is not imported', async () => {
    const text = csvText([
      ['Id', 'Naam', 'Sector', 'Rechtsvorm', 'Fase', 'Leden', 'Wijk'],
      ['nieuw', 'Nieuw', 'zorg', 'stichting', 'idee', '3', 'Noord'],
    ]);
    const mapping = {
      id: 'Id',
      name: 'Naam',
      sector: 'Sector',
      legalForm: 'Rechtsvorm',
      stage: 'Fase',
      members: 'Leden',
    };
    const plan = await planCsv(text, { kind: 'cooperatives', mapping });
    expect(plan.problems).toEqual([]);
    expect(plan.mapping).toEqual(mapping);
    expect(plan.writes).toMatchObject([{ op: 'insertCooperative', cooperative: { id: 'nieuw' } }]);
    expect(plan.writes[0]).not.toHaveProperty('cooperative.district');
  });

  it('reports a field it does not know, a column the file lacks and an unmapped id, once each', async () => {
    const text = csvText([['Naam'], ['Nieuw']]);
    const plan = await planCsv(text, {
      kind: 'cooperatives',
      mapping: { name: 'Naam', colour: 'Naam', sector: 'Branche' },
    });
    expect(located(plan)).toEqual(['-/-: unknownField', '-/Branche: unknownColumn', '-/-: fieldNotMapped']);
    expect(plan.problems.map((p) => p.field)).toEqual(['colour', 'sector', 'id']);
  });

  it('reports a required field without a column once, not on every new row', async () => {
    const text = csvText([
      ['Id', 'Naam', 'Sector', 'Rechtsvorm', 'Fase'],
      ['a', 'A', 'zorg', 'stichting', 'idee'],
      ['b', 'B', 'zorg', 'stichting', 'idee'],
    ]);
    const plan = await planCsv(text, { kind: 'cooperatives' });
    expect(plan.problems).toEqual([
      {
        row: null,
        column: null,
        field: 'members',
        key: 'fieldNotMapped',
        params: {},
        message: expect.stringContaining('verplicht'),
      },
    ]);
    expect(plan.rows.map((r) => r.status)).toEqual(['invalid', 'invalid']);
    expect(plan.writes).toEqual([]);
  });
});
