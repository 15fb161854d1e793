// Two peers for the blend: the direct model of spec section 6 and the issue-13
// semantics (direct-model.ts) solved by javascript-lp-solver and, as a CPLEX LP string,
// by HiGHS. Both maximise the money that pays costs (outside funding plus own revenue),
// which is the smallest gap; they serve the benchmark (blend-plan-peer) and the property
// tests as an optimum that owes nothing to the optimiser.
import { performance } from 'node:perf_hooks';
import lpSolver, { type Model as LpSolverModel, type SolveResult } from 'javascript-lp-solver';
import type { Highs } from 'highs';
import type { BlendRequest } from '../../src/finance/blend/types';
import type { Workspace } from '../../src/model/workspace';
import { buildDirectModel, CENTS_PER_UNIT, type DirectModel, type Term } from './direct-model';
import { peerFunds, type PeerFundYear } from './direct-funds';

export { buildDirectModel, type DirectModel } from './direct-model';
export type { PeerFundYear } from './direct-funds';

/** A real-valued allocation in cents (the peers do not round to whole cents). */
export interface PeerAllocation {
  planId: string;
  streamId: string;
  costId: string;
  year: number;
  amount: number;
}

/** Own revenue of `year` paying cost line `costId` of the plan, in cents. */
export interface PeerOwnRevenue {
  planId: string;
  costId: string;
  year: number;
  amount: number;
}

/** Guarantee `streamId` backing plan `planId`'s draw of loan `loanStreamId` in `year`, in cents. */
export interface PeerGuarantee {
  planId: string;
  streamId: string;
  loanStreamId: string;
  year: number;
  amount: number;
}

export interface PeerResult {
  /** Outside funding in cents (every allocation of a stream; real-valued). */
  funded: number;
  /** Own revenue that pays costs, in cents. */
  ownRevenue: number;
  /** Total cost of the blended plans, in cents. */
  totalCost: number;
  /** totalCost - funded - ownRevenue: what the optimiser's gap must match. */
  gap: number;
  feasible: boolean;
  /** Wall time of building and solving the model. */
  ms: number;
  /** The solver's own word for how it ended. */
  status: string;
  allocations: PeerAllocation[];
  ownRevenueUses: PeerOwnRevenue[];
  guarantees: PeerGuarantee[];
  /** Revolving funds per stream and year (blend-semantics section 4), from the solved relending. */
  funds: PeerFundYear[];
}

function totalCostOf(workspace: Workspace, request: BlendRequest): number {
  let total = 0;
  for (const id of request.planIds) {
    const plan = workspace.plans.find((p) => p.id === id);
    for (const cost of plan?.costs ?? []) for (const amount of Object.values(cost.amounts)) total += amount;
  }
  return total;
}

/**
 * Amounts below a thousandth of a cent are the solvers' rounding, not money: dropped
 * everywhere alike, so that a fund is never reported for draws that are only dust.
 */
const SOLVER_DUST = 1e-3;

/**
 * Own revenue per cost line: each plan year's solved amount fills its cost lines in plan
 * order, each up to what outside money left open (the year's row guarantees it fits).
 */
function splitOwnRevenue(
  model: DirectModel,
  allocations: readonly PeerAllocation[],
  cents: (column: number) => number,
): PeerOwnRevenue[] {
  const outside = new Map<string, number>();
  for (const a of allocations) {
    const key = `${a.planId}|${a.costId}|${a.year}`;
    outside.set(key, (outside.get(key) ?? 0) + a.amount);
  }
  const uses: PeerOwnRevenue[] = [];
  for (const ref of model.ownRevenue) {
    let left = cents(ref.column);
    for (const cost of ref.costs) {
      if (left <= 0) break;
      const open = cost.amount - (outside.get(`${ref.planId}|${cost.costId}|${ref.year}`) ?? 0);
      const amount = Math.min(left, Math.max(0, open));
      if (amount > SOLVER_DUST)
        uses.push({ planId: ref.planId, costId: cost.costId, year: ref.year, amount });
      left -= amount;
    }
    // Solver tolerance can leave a sliver beyond the lines' remainders: it goes to the last line.
    const last = uses.at(-1);
    if (left > 0 && last !== undefined && last.planId === ref.planId && last.year === ref.year)
      last.amount += left;
  }
  return uses;
}

/** Reads a solution (column name -> value in model units) back into cents. */
function resultOf(
  workspace: Workspace,
  request: BlendRequest,
  model: DirectModel,
  valueOf: (name: string) => number,
  start: number,
  status: string,
): PeerResult {
  const values = Float64Array.from(model.columns, (c) => valueOf(c.name) * CENTS_PER_UNIT);
  const cents = (column: number) => values[column] ?? 0;
  const positive = <T extends { column: number }>(refs: readonly T[]) => {
    const out: (Omit<T, 'column'> & { amount: number })[] = [];
    for (const ref of refs) {
      const amount = cents(ref.column);
      if (amount <= SOLVER_DUST) continue;
      const { column: _column, ...rest } = ref;
      out.push({ ...rest, amount });
    }
    return out;
  };
  const allocations: PeerAllocation[] = positive(model.cells);
  const ownRevenueUses = splitOwnRevenue(model, allocations, cents);
  const guarantees: PeerGuarantee[] = positive(model.guarantees);
  const relent = positive(model.relent);
  const funded = allocations.reduce((s, a) => s + a.amount, 0);
  const ownRevenue = ownRevenueUses.reduce((s, a) => s + a.amount, 0);
  const totalCost = totalCostOf(workspace, request);
  return {
    funded,
    ownRevenue,
    totalCost,
    gap: totalCost - funded - ownRevenue,
    feasible: true,
    ms: performance.now() - start,
    status,
    allocations,
    ownRevenueUses,
    guarantees,
    funds: peerFunds(workspace, request, allocations, relent),
  };
}

function infeasible(workspace: Workspace, request: BlendRequest, start: number, status: string): PeerResult {
  const totalCost = totalCostOf(workspace, request);
  return {
    ...resultOf(workspace, request, emptyModel(), () => 0, start, status),
    feasible: false,
    gap: totalCost,
  };
}

function emptyModel(): DirectModel {
  return {
    columns: [],
    rows: [],
    cells: [],
    ownRevenue: [],
    guarantees: [],
    relent: [],
    lockProblem: undefined,
  };
}

/** The direct model in javascript-lp-solver's JSON form (bounds become rows). */
export function directLpSolverModel(model: DirectModel): LpSolverModel {
  const variables: LpSolverModel['variables'] = {};
  const constraints: LpSolverModel['constraints'] = {};
  const binaries: Record<string, 1> = {};
  model.columns.forEach((col, i) => {
    const coefficients: Record<string, number> = col.objective === 0 ? {} : { funded: col.objective };
    if (col.binary) binaries[col.name] = 1;
    else {
      const bound = `b${i}`;
      constraints[bound] = col.lower === col.upper ? { equal: col.upper } : { max: col.upper };
      coefficients[bound] = 1;
    }
    variables[col.name] = coefficients;
  });
  for (const row of model.rows) {
    constraints[row.name] = row.sense === '<=' ? { max: row.rhs } : { min: row.rhs };
    for (const t of row.terms) {
      const name = model.columns[t.column]?.name;
      const coefficients = name === undefined ? undefined : variables[name];
      if (coefficients !== undefined) coefficients[row.name] = t.coefficient;
    }
  }
  return { optimize: 'funded', opType: 'max', constraints, variables, binaries };
}

export interface LpSolverPeerOptions {
  /** Milliseconds before javascript-lp-solver stops branching and keeps its best blend so far. */
  timeoutMs?: number;
}

export function solveDirectWithLpSolver(
  workspace: Workspace,
  request: BlendRequest,
  options: LpSolverPeerOptions = {},
): PeerResult {
  const start = performance.now();
  const model = buildDirectModel(workspace, request);
  if (model.lockProblem !== undefined) return infeasible(workspace, request, start, model.lockProblem);
  if (model.columns.length === 0) return resultOf(workspace, request, model, () => 0, start, 'empty');
  const json = directLpSolverModel(model);
  if (options.timeoutMs !== undefined) json.timeout = options.timeoutMs;
  // Solve is typed `SolveResult | unknown` for its `full` mode; the simplified result is a SolveResult.
  const solution = lpSolver.Solve(json) as SolveResult;
  if (!solution.feasible) return infeasible(workspace, request, start, 'infeasible');
  const value = (name: string) => {
    const v = solution[name];
    return typeof v === 'number' ? v : 0;
  };
  // The solver does not say that it stopped early; running into the limit is the sign.
  const timedOut = options.timeoutMs !== undefined && performance.now() - start >= options.timeoutMs;
  return resultOf(workspace, request, model, value, start, timedOut ? 'timeout' : 'optimal');
}

function number(value: number): string {
  // LP files take plain decimals or exponents; String() gives the shortest exact form.
  return String(value);
}

function linear(terms: readonly Term[], model: DirectModel): string {
  const parts: string[] = [];
  terms.forEach((t, i) => {
    const name = model.columns[t.column]?.name ?? '';
    const sign = t.coefficient < 0 ? '-' : '+';
    const magnitude = Math.abs(t.coefficient);
    const coefficient = magnitude === 1 ? '' : `${number(magnitude)} `;
    // Wrap long rows: some LP readers limit line length.
    parts.push(`${i > 0 && i % 8 === 0 ? '\n  ' : ''}${sign} ${coefficient}${name}`);
  });
  return parts.join(' ');
}

/** The direct model as CPLEX LP text, for HiGHS (or any LP-format solver). */
export function directLpString(workspace: Workspace, request: BlendRequest): string {
  return lpStringOf(buildDirectModel(workspace, request));
}

export function lpStringOf(model: DirectModel): string {
  const objective = model.columns
    .map((c, column) => ({ column, coefficient: c.objective }))
    .filter((t) => t.coefficient !== 0);
  const lines = ['Maximize', ` funded: ${linear(objective, model)}`, 'Subject To'];
  for (const row of model.rows)
    lines.push(` ${row.name}: ${linear(row.terms, model)} ${row.sense} ${number(row.rhs)}`);
  lines.push('Bounds');
  for (const c of model.columns) {
    if (c.binary) continue;
    lines.push(
      c.lower === c.upper
        ? ` ${c.name} = ${number(c.upper)}`
        : ` ${number(c.lower)} <= ${c.name} <= ${number(c.upper)}`,
    );
  }
  const binaries = model.columns.filter((c) => c.binary).map((c) => c.name);
  if (binaries.length > 0) lines.push('Binaries', ` ${binaries.join(' ')}`);
  lines.push('End');
  return lines.join('\n');
}

let highsPromise: Promise<Highs> | undefined;

/** Loads the HiGHS WebAssembly module once per process. */
export function loadHighs(): Promise<Highs> {
  highsPromise ??= import('highs').then((module) => module.default());
  return highsPromise;
}

export interface HighsPeerOptions {
  /** Seconds before HiGHS gives up (default: no limit). */
  timeLimit?: number;
}

export async function solveDirectWithHighs(
  workspace: Workspace,
  request: BlendRequest,
  options: HighsPeerOptions = {},
): Promise<PeerResult> {
  const highs = await loadHighs();
  const start = performance.now();
  const model = buildDirectModel(workspace, request);
  if (model.lockProblem !== undefined) return infeasible(workspace, request, start, model.lockProblem);
  if (model.columns.length === 0) return resultOf(workspace, request, model, () => 0, start, 'empty');
  const solution = highs.solve(lpStringOf(model), {
    output_flag: false,
    // Exact optimum: the default 1e-4 relative gap would be euros off on a large blend.
    mip_rel_gap: 0,
    mip_abs_gap: 1e-9,
    // Tight integrality keeps "total <= cap * z" from letting a near-zero z through a few cents.
    mip_feasibility_tolerance: 1e-9,
    ...(options.timeLimit === undefined ? {} : { time_limit: options.timeLimit }),
  });
  if (solution.Status === 'Infeasible') return infeasible(workspace, request, start, 'Infeasible');
  // At a time limit the columns hold the best blend found so far (if any); status says so.
  const columns: Record<string, object> = solution.Columns;
  const value = (name: string) => {
    const column = columns[name];
    return column !== undefined && 'Primal' in column && typeof column.Primal === 'number'
      ? column.Primal
      : 0;
  };
  return resultOf(workspace, request, model, value, start, solution.Status);
}
