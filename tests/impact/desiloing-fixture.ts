import type { WorkspaceJson } from '../../src/model/workspace';

/**
 * A care cooperative with care staff, solar panels (an energy cost of a care
 * cooperative), a care investment and housing. Care money pays staff only, energy money
 * energy investments only; nothing pays housing or the care investment.
 */
export function careAndEnergyJson(): WorkspaceJson {
  return {
    format: 'coopfolio-workspace',
    version: 3,
    settings: { municipality: 'Toetsstad', startYear: 2026, horizonYears: 1 },
    cooperatives: [
      { id: 'zorg', name: 'Zorg', sector: 'care', legalForm: 'cooperatie-ua', stage: 'startup', members: 10 },
    ],
    fundingStreams: [
      {
        id: 'wmo',
        name: 'Wmo',
        silo: 'gemeente-sociaal-domein',
        kind: 'grant',
        public: true,
        budgetPerYear: 30_000,
        eligible: { sectors: ['care'], categories: ['personnel'] },
      },
      {
        id: 'zon',
        name: 'Zon',
        silo: 'gemeente-energie',
        kind: 'grant',
        public: true,
        budgetPerYear: 80_000,
        eligible: { sectors: ['energy'], categories: ['capex'] },
      },
      {
        id: 'energielening',
        name: 'Energielening',
        silo: 'gemeente-energie',
        kind: 'loan',
        public: true,
        budgetPerYear: 10_000,
        loan: { rate: 0.02, termYears: 10 },
        eligible: { sectors: ['food'] },
      },
    ],
    plans: [
      {
        id: 'plan',
        cooperativeId: 'zorg',
        name: 'Zorg en zon',
        startYear: 2026,
        years: 1,
        costs: [
          { id: 'staff', category: 'personnel', label: 'Staff', amounts: { '2026': 60_000 } },
          { id: 'solar', category: 'capex', label: 'Solar', sector: 'energy', amounts: { '2026': 40_000 } },
          { id: 'lift', category: 'capex', label: 'Lift', amounts: { '2026': 15_000 } },
          { id: 'rent', category: 'housing', label: 'Rent', amounts: { '2026': 20_000 } },
        ],
      },
    ],
    indicators: [],
    scenarios: [
      { id: 'siloed', name: 'Siloed', plans: ['plan'] },
      {
        id: 'pooled',
        name: 'Pooled',
        plans: ['plan'],
        desiloing: { silos: ['gemeente-sociaal-domein', 'gemeente-energie'] },
      },
    ],
  };
}
