import { parseWorkspace } from '../../src/model/parse';
import type { Workspace, WorkspaceJson } from '../../src/model/workspace';

/** Parses workspace JSON into the model, failing the test with every issue if it is invalid. */
export function parsed(json: WorkspaceJson): Workspace {
  const result = parseWorkspace(json);
  if (!result.ok) throw new Error(result.issues.map((i) => `${i.pathText}: ${i.message}`).join('; '));
  return result.value;
}

/**
 * One cooperative, one grant of EUR 60,000 a year (no other limits), one plan costing
 * EUR 100,000 in 2026 whose single impact line adds 10 to a floor indicator (threshold
 * 100, 50 in 2026, no trend). Horizon: 2026 only. Blended, the plan is 60% funded.
 */
export function tinyWorkspaceJson(): WorkspaceJson {
  return {
    format: 'coopfolio-workspace',
    version: 3,
    settings: { municipality: 'Toetsstad', startYear: 2026, horizonYears: 1 },
    cooperatives: [
      { id: 'coop', name: 'Coop', sector: 'care', legalForm: 'cooperatie-ua', stage: 'startup', members: 10 },
    ],
    fundingStreams: [
      { id: 'grant', name: 'Grant', silo: 'gemeente', kind: 'grant', public: true, budgetPerYear: 60000 },
      {
        id: 'capped',
        name: 'Capped, capex only',
        silo: 'fonds',
        kind: 'grant',
        public: true,
        maxPerPlan: 5000,
        eligible: { categories: ['capex'] },
      },
      {
        id: 'members',
        name: 'Members, capex only, no limits',
        silo: 'leden',
        kind: 'equity',
        public: false,
        eligible: { categories: ['capex'] },
      },
    ],
    plans: [
      {
        id: 'care',
        cooperativeId: 'coop',
        name: 'Care',
        startYear: 2026,
        years: 1,
        costs: [{ id: 'staff', category: 'personnel', label: 'Staff', amounts: { '2026': 100000 } }],
        impacts: [
          { indicatorId: 'cared', start: 2026, duration: 1, output: 10, evidence: 'weak', basis: 'test' },
        ],
      },
    ],
    indicators: [
      {
        id: 'cared',
        label: 'Cared for',
        dimension: 'health',
        kind: 'floor',
        unit: 'people',
        baseline: { year: 2026, value: 50 },
        threshold: 100,
        trend: 0,
      },
    ],
    scenarios: [{ id: 'all', name: 'All', plans: ['care'] }],
  };
}

/** Deep-freezes a value so that any write to it throws (ES modules run in strict mode). */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/** Every double as its 64 bits, so that equal means bit-identical (0 and -0 differ, NaN equals NaN). */
export function bits(value: unknown): unknown {
  if (typeof value === 'number') {
    const view = new DataView(new ArrayBuffer(8));
    view.setFloat64(0, value);
    return view.getBigUint64(0).toString(16);
  }
  if (value instanceof Map) return [...value.entries()].map(([k, v]) => [k, bits(v)]);
  if (ArrayBuffer.isView(value) && !(value instanceof DataView))
    return Array.from(value as unknown as ArrayLike<number>, (v) => bits(v));
  if (Array.isArray(value)) return value.map(bits);
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, bits(v)]));
  return value;
}
