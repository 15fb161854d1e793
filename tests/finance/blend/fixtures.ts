// Small hand-made workspaces for the blend checker and peer tests: one cooperative, a
// plan and the streams a test needs, in the JSON form (euros) and parsed to the model.
import type { Allocation, BlendRequest, BlendResult, Binding } from '../../../src/finance/blend/types';
import { asCents, type Cents } from '../../../src/model/money';
import { awardOutcomesOf } from './award-results';
import { parseWorkspace } from '../../../src/model/parse';
import type { FundingStreamJson } from '../../../src/model/stream';
import type { PlanJson } from '../../../src/model/plan';
import type { CooperativeJson } from '../../../src/model/cooperative';
import type { SettingsJson } from '../../../src/model/settings';
import type { Workspace, WorkspaceJson } from '../../../src/model/workspace';

export const cents = (euros: number): Cents => asCents(Math.round(euros * 100));

export function coop(overrides: Partial<CooperativeJson> = {}): CooperativeJson {
  return {
    id: 'coop',
    name: 'Coop',
    sector: 'energy',
    legalForm: 'cooperatie-ua',
    stage: 'startup',
    members: 10,
    ...overrides,
  };
}

export function stream(id: string, overrides: Partial<FundingStreamJson> = {}): FundingStreamJson {
  return { id, name: id, silo: 'silo', kind: 'grant', public: true, ...overrides };
}

export function plan(overrides: Partial<PlanJson> = {}): PlanJson {
  return {
    id: 'plan',
    cooperativeId: 'coop',
    name: 'Plan',
    startYear: 2026,
    years: 1,
    costs: [{ id: 'capex', category: 'capex', label: 'Capex', amounts: { '2026': 100000 } }],
    ...overrides,
  };
}

export interface TinyInput {
  streams: FundingStreamJson[];
  plans?: PlanJson[];
  cooperatives?: CooperativeJson[];
  settings?: Partial<SettingsJson>;
}

export function tinyJson(input: TinyInput): WorkspaceJson {
  return {
    format: 'coopfolio-workspace',
    version: 3,
    settings: { startYear: 2026, ...input.settings },
    cooperatives: input.cooperatives ?? [coop()],
    fundingStreams: input.streams,
    plans: input.plans ?? [plan()],
  };
}

export function parsed(json: WorkspaceJson): Workspace {
  const result = parseWorkspace(json);
  if (!result.ok) throw new Error(result.issues.map((i) => `${i.pathText}: ${i.message}`).join('\n'));
  return result.value;
}

export function tiny(input: TinyInput): Workspace {
  return parsed(tinyJson(input));
}

export function requestAll(workspace: Workspace): BlendRequest {
  return { planIds: workspace.plans.map((p) => p.id) };
}

/** An allocation in euros, for readable tests. */
export function alloc(
  streamId: string,
  euros: number,
  costId = 'capex',
  year = 2026,
  planId = 'plan',
): Allocation {
  return { planId, streamId, costId, year, amount: cents(euros) };
}

/** A result with correct totals for the given allocations, so tests only break what they mean to. */
export function resultOf(
  workspace: Workspace,
  request: BlendRequest,
  allocations: Allocation[],
  binding: Binding[] = [],
  extra: Pick<BlendResult, 'ownRevenue' | 'guarantees' | 'funds'> = {
    ownRevenue: [],
    guarantees: [],
    funds: [],
  },
): BlendResult {
  const plans = request.planIds.map((planId) => {
    const p = workspace.plans.find((x) => x.id === planId);
    const totalCost = (p?.costs ?? []).reduce(
      (s, c) => s + Object.values(c.amounts).reduce((a, b) => a + b, 0),
      0,
    );
    const funded = allocations.filter((a) => a.planId === planId).reduce((s, a) => s + a.amount, 0);
    const own = extra.ownRevenue.filter((a) => a.planId === planId).reduce((s, a) => s + a.amount, 0);
    const fundedShare = totalCost === 0 ? 1 : (funded + own) / totalCost;
    return {
      planId,
      totalCost: totalCost as Cents,
      funded: funded as Cents,
      ownRevenue: own as Cents,
      gap: (totalCost - funded - own) as Cents,
      fundedShare,
    };
  });
  const totalCost = plans.reduce((s, p) => s + p.totalCost, 0);
  const funded = plans.reduce((s, p) => s + p.funded, 0);
  return {
    status: 'optimal',
    totalCost: totalCost as Cents,
    funded: funded as Cents,
    gap: plans.reduce((s, p) => s + p.gap, 0) as Cents,
    bound: (totalCost - plans.reduce((s, p) => s + p.gap, 0)) as Cents,
    plans,
    allocations,
    ...extra,
    binding,
    awards: awardOutcomesOf(workspace, request, allocations, extra.guarantees),
  };
}
