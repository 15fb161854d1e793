import { describe, expect, it } from 'vitest';
import { csvText, located, planCsv } from './builders';

const HEADER = [
  'Id',
  'Naam',
  'Silo',
  'Soort',
  'Publiek',
  'Staatssteun',
  'Eerste jaar',
  'Laatste jaar',
  'Budget per jaar',
  'Maximum per plan',
  'Maximaal aandeel van plan',
  'Minimale toekenning',
  'Kans op toekenning',
  'Kostensoorten',
  'Rente',
  'Looptijd (jaren)',
];

type Row = Partial<Record<(typeof HEADER)[number], string>>;

const BASE: Row = {
  Id: 'wijkfonds',
  Naam: 'Wijkfonds',
  Silo: 'gemeente-wijken',
  Soort: 'subsidie',
  Publiek: 'ja',
  Staatssteun: 'nee',
  'Eerste jaar': '2026',
  'Laatste jaar': '2029',
  'Budget per jaar': '2026: 100.000; 2027: 80.000,50',
  'Maximum per plan': '25.000',
  'Maximaal aandeel van plan': '50%',
  'Minimale toekenning': '1.000',
  'Kans op toekenning': '0,8',
  Kostensoorten: 'Personeel; opleiding',
};

const row = (extra: Row = {}) => HEADER.map((h) => ({ ...BASE, ...extra })[h] ?? '');

describe('importing funding streams', () => {
  it('adds a grant and a loan, with lists, percentages, booleans and a per-year budget', async () => {
    const loan = row({
      Id: 'buurtkrediet',
      Naam: 'Buurtkrediet',
      Soort: 'lening',
      Publiek: 'nee',
      'Budget per jaar': '250.000',
      Kostensoorten: '',
      'Maximaal aandeel van plan': '',
      Rente: '2,5%',
      'Looptijd (jaren)': '10',
    });
    const plan = await planCsv(csvText([HEADER, row(), loan]), { kind: 'fundingStreams' });
    expect(plan.problems).toEqual([]);
    expect(plan.writes).toEqual([
      {
        op: 'insertFundingStream',
        stream: {
          id: 'wijkfonds',
          name: 'Wijkfonds',
          silo: 'gemeente-wijken',
          kind: 'grant',
          public: true,
          stateAid: false,
          // A row of a spreadsheet states its budget and eligibility columns: it comes in ready.
          draft: false,
          years: [2026, 2029],
          budgetPerYear: { '2026': 10_000_000, '2027': 8_000_050 },
          maxPerPlan: 2_500_000,
          maxShareOfPlan: 0.5,
          minAward: 100_000,
          awardProbability: 0.8,
          eligible: { categories: ['personnel', 'training'] },
          revolving: false,
          revolvingInterest: false,
          sgei: false,
        },
      },
      {
        op: 'insertFundingStream',
        stream: expect.objectContaining({
          id: 'buurtkrediet',
          kind: 'loan',
          public: false,
          budgetPerYear: 25_000_000,
          loan: { rate: 0.025, termYears: 10, graceYears: 0 },
        }),
      },
    ]);
  });

  it('names the row and column of fractions outside [0, 1], too many decimals, infinity and wrong booleans', async () => {
    const text = csvText([
      HEADER,
      row({ Id: 'aandeel', 'Maximaal aandeel van plan': '1,5' }),
      row({ Id: 'procent', 'Maximaal aandeel van plan': '150%', 'Kans op toekenning': '-0,1' }),
      row({ Id: 'centen', 'Maximum per plan': '1.000,005' }),
      row({ Id: 'oneindig', 'Budget per jaar': 'Infinity' }),
      row({ Id: 'boolean', Publiek: 'misschien' }),
      row({ Id: 'negatief', 'Minimale toekenning': '-1' }),
      row({ Id: 'categorie', Kostensoorten: 'personeel; koffie' }),
      row({ Id: 'procent-bedrag', 'Maximum per plan': '10%' }),
    ]);
    const plan = await planCsv(text, { kind: 'fundingStreams' });
    expect(located(plan)).toEqual([
      '2/Maximaal aandeel van plan: fractionRange',
      '3/Maximaal aandeel van plan: fractionRange',
      '3/Kans op toekenning: fractionRange',
      '4/Maximum per plan: tooManyDecimals',
      '5/Budget per jaar: notFinite',
      '6/Publiek: expectedBoolean',
      '7/Minimale toekenning: negativeAmount',
      '8/Kostensoorten: oneOf',
      '9/Maximum per plan: percentNotAllowed',
    ]);
    expect(plan.writes).toEqual([]);
  });

  it('puts rules about several fields on a column that explains them', async () => {
    const text = csvText([
      HEADER,
      row({ Id: 'lening-zonder', Soort: 'lening' }),
      row({ Id: 'rente-bij-subsidie', Rente: '0,02', 'Looptijd (jaren)': '5' }),
      row({ Id: 'jaren-om', 'Eerste jaar': '2030', 'Laatste jaar': '2026' }),
      row({ Id: 'alleen-begin', 'Laatste jaar': '' }),
      row({ Id: 'min-boven-max', 'Minimale toekenning': '30.000' }),
      row({ Id: 'rente-zonder-looptijd', Soort: 'lening', Rente: '0,02' }),
    ]);
    const plan = await planCsv(text, { kind: 'fundingStreams' });
    expect(located(plan)).toEqual([
      // The first loan column: the cell to fill in.
      '2/Rente: loanTermsRequired',
      '3/Rente: loanTermsOnlyOnLoans',
      '4/Eerste jaar: yearWindowOrder',
      '5/Laatste jaar: required',
      '6/Minimale toekenning: minAwardAboveMax',
      '7/Looptijd (jaren): required',
    ]);
  });

  it('puts missing loan terms on the kind when no loan column is mapped', async () => {
    const text = csvText([
      ['Id', 'Naam', 'Silo', 'Soort', 'Publiek'],
      ['krediet', 'Krediet', 'bank', 'lening', 'nee'],
    ]);
    expect(located(await planCsv(text, { kind: 'fundingStreams' }))).toEqual(['2/Soort: loanTermsRequired']);
  });

  it('refuses streams that already exist unless updating, and updates only the mapped fields', async () => {
    const text = csvText([
      ['Id', 'Kans op toekenning', 'Maximum per plan'],
      ['klimaatfonds', '0,9', ''],
    ]);
    const refused = await planCsv(text, { kind: 'fundingStreams' });
    expect(located(refused)).toEqual(['2/Id: existsInWorkspace']);

    const updated = await planCsv(text, { kind: 'fundingStreams', mode: 'upsert' });
    expect(updated.problems).toEqual([]);
    const write = updated.writes[0];
    expect(write?.op).toBe('updateFundingStream');
    if (write?.op !== 'updateFundingStream') return;
    expect(write.stream.awardProbability).toBe(0.9);
    // An empty cell in a mapped column clears that limit; unmapped fields keep their stored value.
    expect(write.stream).not.toHaveProperty('maxPerPlan');
    expect(write.stream.minAward).toBe(500_000);
    expect(write.stream.eligible).toEqual({
      sectors: ['energy'],
      categories: ['capex'],
      stages: ['startup', 'growth'],
    });
  });

  it('reads English notation when told, and the comma-separated file it comes in', async () => {
    const header = ['Id', 'Name', 'Silo', 'Kind', 'Public', 'Maximum per plan'];
    const text = csvText([header, ['city-fund', 'City fund', 'city', 'grant', 'yes', '1,250.5']], ',');
    const plan = await planCsv(text, { kind: 'fundingStreams', numberFormat: 'en' });
    expect(plan.problems).toEqual([]);
    expect(plan.writes[0]).toMatchObject({ stream: { maxPerPlan: 125_050, public: true } });
  });
});
