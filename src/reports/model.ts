/**
 * The council report's model: everything every format shows, computed once from the
 * workspace and the chosen scenarios. HTML, PDF, XLSX and CSV only render it; none of
 * them computes a figure of its own (the XLSX restates the arithmetic as formulas whose
 * values must equal the ones here).
 */
import type { PlanAnalysis, PortfolioAnalysis } from '../finance/analysis/schemas';
import type { ScenarioRunJson } from '../impact/scenario-run-schema';
import { scenarioRunToJson } from '../impact/scenario-run-json';
import type { CooperativeAnalysis } from '../finance/analysis/cooperative-schema';
import { cooperativeAnalysis, planAnalysis, portfolioAnalysis } from '../finance/analysis';
import { budgetCycle, type BudgetCycle } from '../finance/analysis/budget-cycle';
import type { BlendResult } from '../finance/blend/types';
import { blendDistance } from '../finance/analysis/blend-distance';
import { nextEuro, runScenario, scenarioOverlay, type ScenarioRun } from '../impact';
import type { Lang } from '../model/messages';
import type { Scenario } from '../model/scenario';
import type { Workspace } from '../model/workspace';
import { councilLetter, type CouncilLetterModel } from './council-letter';
import { REPORT_SECTIONS, type ReportSection } from './kinds';

export { REPORT_SECTIONS, type ReportSection };

/** Key figures of one scenario, as the summary shows them (euros). */
export interface KeyFigures {
  plans: number;
  totalCost: number;
  /** Outside money: every funding stream's allocations. */
  funded: number;
  /** The plans' own revenue that pays their costs (eigen inkomsten); not funding. */
  ownRevenue: number;
  /** totalCost - funded - ownRevenue (per plan, never below 0). */
  gap: number;
  /** (funded + ownRevenue) / totalCost: the share of the cost that is covered. */
  fundedShare: number;
  /** Non-public euros per public euro; null without public money. */
  mobilisationRatio: number | null;
  /** Distinct silos the blend draws on. */
  silosBlended: number;
  /** Cooperatives whose de minimis use is at 80 % of the ceiling or more. */
  deMinimisWarnings: number;
  /** The most any blend could cover (proven, issue 18); totalCost - gap when the blend is proven optimal. */
  bound: number;
  /** bound - (totalCost - gap): how far the blend may be from the best possible; 0 when proven optimal. */
  distance: number;
}

export interface ScenarioReport {
  scenario: Scenario;
  keyFigures: KeyFigures;
  /** The portfolio blend in the engine's form (integer cents), for the XLSX inputs. */
  blend: BlendResult;
  /** The engine's run (indicators after the scenario's overrides), for the XLSX projections. */
  engineRun: ScenarioRun;
  portfolio: PortfolioAnalysis;
  /** One per plan of the scenario, in its priority order, under the portfolio blend. */
  plans: PlanAnalysis[];
  /** Each cooperative with a plan in the scenario, in the workspace's order, under the portfolio blend (its report page). */
  cooperatives: CooperativeAnalysis[];
  run: ScenarioRunJson;
  /** Structural and one-off money per year and silo, and each plan's need after its years (cents). */
  budgetCycle: BudgetCycle;
}

export interface Provenance {
  appVersion: string;
  /** The workspace file's name (not its folder: reports travel). */
  workspaceFile: string;
  /** ISO 8601, UTC. */
  generatedAt: string;
}

export interface ReportModel {
  lang: Lang;
  sections: ReportSection[];
  municipality: string;
  provenance: Provenance;
  /** The inputs, for the methodology section and the XLSX inputs sheet. */
  workspace: Workspace;
  scenarios: ScenarioReport[];
  /** The two-page council letter opening the report (about the first scenario); null without the summary section. */
  councilLetter: CouncilLetterModel | null;
}

export interface ReportOptions {
  scenarioIds: readonly string[];
  lang: Lang;
  /** Default: every section. */
  sections?: readonly ReportSection[];
  /** Monte Carlo draws per scenario; default the scenario's own setting. */
  draws?: number;
  provenance: Provenance;
  signal?: AbortSignal;
  /** Scenarios done of the total, with the running scenario's Monte Carlo share. */
  onProgress?: (done: number, total: number) => void;
}

export class ReportInputError extends Error {}

function keyFiguresOf(portfolio: PortfolioAnalysis, blend: BlendResult): KeyFigures {
  const bound = blend.bound / 100;
  return {
    plans: portfolio.plans.length,
    totalCost: portfolio.totalCost,
    funded: portfolio.funded,
    ownRevenue: portfolio.ownRevenue,
    gap: portfolio.gap,
    fundedShare: portfolio.fundedShare,
    mobilisationRatio: portfolio.metrics.mobilisationRatio,
    silosBlended: portfolio.metrics.siloCount,
    deMinimisWarnings: portfolio.metrics.deMinimis.filter((d) => d.warning).length,
    bound,
    distance: blendDistance({ totalCost: blend.totalCost / 100, gap: blend.gap / 100, bound }),
  };
}

async function scenarioReport(
  workspace: Workspace,
  scenario: Scenario,
  options: ReportOptions,
  progress: (share: number) => void,
): Promise<ScenarioReport> {
  const engineRun = await runScenario(workspace, scenario.id, {
    lang: options.lang,
    ...(options.draws === undefined ? {} : { draws: options.draws }),
    ...(options.signal === undefined ? {} : { signal: options.signal }),
    onProgress: (done, total) => progress(total === 0 ? 1 : done / total),
  });
  // The workspace as the scenario blended it (pooled silos, levers): the blend's stream ids are its streams.
  const seen = scenarioOverlay(workspace, scenario).workspace;
  const portfolio = portfolioAnalysis(seen, scenario, engineRun.blend);
  const plans = scenario.plans.map((planId) => {
    const plan = seen.plans.find((p) => p.id === planId);
    if (plan === undefined)
      throw new ReportInputError(`Scenario "${scenario.id}" lists unknown plan "${planId}"`);
    const streamIds = [
      ...new Set(engineRun.blend.allocations.filter((a) => a.planId === planId).map((a) => a.streamId)),
    ];
    return planAnalysis(seen, plan, engineRun.blend, streamIds);
  });
  return {
    scenario,
    keyFigures: keyFiguresOf(portfolio, engineRun.blend),
    blend: engineRun.blend,
    engineRun,
    portfolio,
    plans,
    cooperatives: cooperativesIn(seen, scenario, engineRun.blend),
    run: scenarioRunToJson(engineRun),
    budgetCycle: budgetCycle(seen, scenario, engineRun.blend),
  };
}

/** Every cooperative with a plan in the scenario, in the workspace's order, under the scenario's blend. */
function cooperativesIn(workspace: Workspace, scenario: Scenario, blend: BlendResult): CooperativeAnalysis[] {
  const owners = new Set(
    workspace.plans.filter((p) => scenario.plans.includes(p.id)).map((p) => p.cooperativeId),
  );
  return workspace.cooperatives
    .filter((c) => owners.has(c.id))
    .map((c) => cooperativeAnalysis(workspace, c.id, scenario, blend));
}

/** Runs every chosen scenario (blend, projection, Monte Carlo) and gathers the report. */
export async function buildReport(workspace: Workspace, options: ReportOptions): Promise<ReportModel> {
  if (options.scenarioIds.length === 0) throw new ReportInputError('A report needs at least one scenario');
  const scenarios = options.scenarioIds.map((id) => {
    const scenario = workspace.scenarios.find((s) => s.id === id);
    if (scenario === undefined) throw new ReportInputError(`Unknown scenario "${id}"`);
    return scenario;
  });
  const total = scenarios.length;
  const reports: ScenarioReport[] = [];
  for (const [i, scenario] of scenarios.entries()) {
    options.signal?.throwIfAborted();
    reports.push(
      await scenarioReport(workspace, scenario, options, (share) => options.onProgress?.(i + share, total)),
    );
    options.onProgress?.(i + 1, total);
  }
  const wanted = new Set(options.sections ?? REPORT_SECTIONS);
  const letter = wanted.has('summary') ? await letterOf(workspace, reports, options) : null;
  return {
    lang: options.lang,
    sections: REPORT_SECTIONS.filter((s) => wanted.has(s)),
    municipality: workspace.settings.municipality,
    provenance: options.provenance,
    workspace,
    scenarios: reports,
    councilLetter: letter,
  };
}

/** The council letter of the first scenario, with the next-euro ranking for its decisions. */
async function letterOf(
  workspace: Workspace,
  reports: readonly ScenarioReport[],
  options: ReportOptions,
): Promise<CouncilLetterModel> {
  const first = reports[0]!;
  options.signal?.throwIfAborted();
  const ranking = await nextEuro(workspace, first.scenario.id, {
    baseline: first.engineRun.blend,
    lang: options.lang,
    ...(options.signal === undefined ? {} : { signal: options.signal }),
  });
  return councilLetter(
    workspace,
    reports.map((r) => ({
      scenarioId: r.scenario.id,
      run: r.engineRun,
      plans: r.plans,
      deMinimisNear: r.portfolio.metrics.deMinimis.filter((d) => d.warning).map((d) => d.cooperativeId),
    })),
    ranking,
  );
}
