import type { WorkspaceJson } from '../../src/model/workspace';

/** A small valid workspace touching every section of the format; tests override what they need. */
export function workspaceJson(overrides: Partial<WorkspaceJson> = {}): WorkspaceJson {
  return {
    format: 'coopfolio-workspace',
    version: 3,
    settings: { municipality: 'Testgemeente', locale: 'nl-NL', startYear: 2026, horizonYears: 5 },
    cooperatives: [
      {
        id: 'zon-oost',
        name: 'Zon op Oost',
        sector: 'energy',
        district: 'Oost',
        legalForm: 'cooperatie-ua',
        stage: 'startup',
        members: 120,
        foundedYear: 2021,
        partnership: 'co-ownership',
        priorStateAid: [{ year: 2025, amount: 20000 }],
      },
    ],
    fundingStreams: [
      {
        id: 'klimaatfonds',
        name: 'Klimaatfonds',
        provider: 'Gemeente',
        silo: 'gemeente-klimaat',
        kind: 'grant',
        public: true,
        stateAid: true,
        years: [2026, 2030],
        budgetPerYear: { '2026': 100000, '2027': 80000.5 },
        maxPerPlan: 50000,
        maxShareOfPlan: 0.5,
        minAward: 5000,
        matching: 1,
        awardProbability: 0.7,
        eligible: { sectors: ['energy'], categories: ['capex'], stages: ['startup', 'growth'] },
      },
      {
        id: 'buurtlening',
        name: 'Buurtlening',
        silo: 'impact-lender',
        kind: 'loan',
        public: false,
        budgetPerYear: 250000,
        loan: { rate: 0.03, termYears: 10, graceYears: 1 },
      },
    ],
    plans: [
      {
        id: 'zon-plan',
        cooperativeId: 'zon-oost',
        name: 'Zonnedaken',
        startYear: 2026,
        years: 3,
        costs: [
          {
            id: 'pv',
            category: 'capex',
            label: 'Zonnepanelen',
            amounts: { '2026': 120000.25, '2027': 30000 },
          },
          { id: 'team', category: 'personnel', label: 'Projectleider', amounts: { '2026': 40000 } },
        ],
        revenues: { '2027': 15000, '2028': 16000 },
        locked: [{ streamId: 'klimaatfonds', costId: 'pv', year: 2026, amount: 10000 }],
        impacts: [
          {
            indicatorId: 'co2',
            start: 2027,
            duration: 20,
            output: -0.45,
            deadweight: 0.1,
            attribution: 0.2,
            displacement: 0,
            dropOff: 0.01,
            uncertainty: { low: 0.7, high: 1.2 },
            evidence: 'moderate',
            basis: 'Opbrengst per paneel maal emissiefactor',
          },
        ],
      },
    ],
    indicators: [
      {
        id: 'co2',
        label: 'CO2-uitstoot per inwoner',
        dimension: 'climate-change',
        kind: 'ceiling',
        unit: 't CO2/inwoner/jaar',
        baseline: { year: 2024, value: 4.1 },
        threshold: 0.95,
        trend: -0.03,
        source: 'Illustratief',
        lens: 'global-ecological',
      },
    ],
    scenarios: [
      {
        id: 'basis',
        name: 'Basis',
        plans: ['zon-plan'],
        streamFactors: { klimaatfonds: 1.2 },
        indicatorOverrides: { co2: { trend: -0.04 } },
        monteCarlo: { draws: 500, seed: 7 },
      },
    ],
    ...overrides,
  };
}

/** A deep copy that tests may mutate freely. */
export function clone<T>(value: T): T {
  return structuredClone(value);
}
