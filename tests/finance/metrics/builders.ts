import type { Allocation } from '../../../src/finance/blend/types';
import { eurosToCents, type Cents } from '../../../src/model/money';
import type { CooperativeJson } from '../../../src/model/cooperative';
import type { Plan, PlanJson } from '../../../src/model/plan';
import type { SettingsJson } from '../../../src/model/settings';
import type { FundingStreamJson, StreamKind } from '../../../src/model/stream';
import { WORKSPACE_VERSION, workspaceSchema, type Workspace } from '../../../src/model/workspace';

/** Euros as typed in a workspace file, to cents the way the model rounds them. */
export const eur = (euros: number): Cents => eurosToCents(euros);

export function cooperative(id: string, priorStateAid: { year: number; amount: number }[] = []) {
  return {
    id,
    name: id,
    sector: 'energy',
    legalForm: 'cooperatie-ua',
    stage: 'startup',
    members: 50,
    priorStateAid,
  } satisfies CooperativeJson;
}

/** A stream of any kind; loans get 0 % over 1 year unless `loan` is given. */
export function stream(
  id: string,
  kind: StreamKind,
  overrides: Partial<FundingStreamJson> = {},
): FundingStreamJson {
  return {
    id,
    name: id,
    silo: `silo-${id}`,
    kind,
    public: false,
    ...(kind === 'loan' ? { loan: { rate: 0, termYears: 1, graceYears: 0 } } : {}),
    ...overrides,
  };
}

export function plan(id: string, overrides: Partial<PlanJson> = {}): PlanJson {
  return { id, cooperativeId: 'coop', name: id, startYear: 2026, years: 1, costs: [], ...overrides };
}

export interface WorkspaceParts {
  settings?: Partial<SettingsJson>;
  cooperatives?: CooperativeJson[];
  streams?: FundingStreamJson[];
  plans?: PlanJson[];
}

/** A workspace through the real schema, so every fixture is a valid workspace file. */
export function workspace(parts: WorkspaceParts): Workspace {
  return workspaceSchema.parse({
    format: 'coopfolio-workspace',
    version: WORKSPACE_VERSION,
    settings: { startYear: 2026, ...parts.settings },
    cooperatives: parts.cooperatives ?? [cooperative('coop')],
    fundingStreams: parts.streams ?? [],
    plans: parts.plans ?? [],
  });
}

export function planOf(ws: Workspace, id: string): Plan {
  const found = ws.plans.find((p) => p.id === id);
  if (found === undefined) throw new Error(`no plan ${id}`);
  return found;
}

export function alloc(
  planId: string,
  streamId: string,
  costId: string,
  year: number,
  euros: number,
): Allocation {
  return { planId, streamId, costId, year, amount: eur(euros) };
}
