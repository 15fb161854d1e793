/**
 * A scenario's portfolio blend as a task of the job pool (job-tasks.ts): plain data in
 * (the workspace snapshot, the scenario, the language), the job's wire-form result out,
 * so it runs the same in the host's thread or in a worker thread of the team server.
 * Its progress travels as `detail` beside done (phases passed) of total.
 */
import { portfolioAnalysis } from '../finance/analysis';
import { budgetCycle } from '../finance/analysis/budget-cycle';
import { blend, blendToJson, type BlendProgress } from '../finance/blend';
import { scenarioOverlay } from '../impact/scenario';
import type { Lang } from '../model/messages';
import type { Workspace } from '../model/workspace';
import type { BlendJob, BlendProgressJson } from '../contract/blend-jobs';
import type { TaskContext } from './job-tasks';

export interface PortfolioBlendInput {
  workspace: Workspace;
  scenarioId: string;
  lang: Lang;
}

/** What the search reports, in euros: the job adds the distance once it has combined the figures. */
export type ReportedProgress = Omit<BlendProgressJson, 'distance'>;

/** The phases a blend passes, in order; a job's `done` counts those passed. */
export const BLEND_PHASES = ['relaxation', 'search', 'rounding', 'done'] as const;
export const BLEND_PHASE_STEPS = BLEND_PHASES.length - 1;

/** Cents to euros; a proven bound need not be a whole number of cents, so no Cents type here. */
const euros = (cents: number) => cents / 100;

/** The engine's progress (cents) in the wire's euros. */
export function progressInEuros(progress: BlendProgress): ReportedProgress {
  return {
    phase: progress.phase,
    nodes: progress.nodes,
    covered: progress.covered === null ? null : euros(progress.covered),
    bound: euros(progress.bound),
  };
}

/** Whether a task's progress detail is a blend's report (it crossed a thread boundary as plain data). */
export function isReportedProgress(detail: unknown): detail is ReportedProgress {
  if (typeof detail !== 'object' || detail === null) return false;
  const d = detail as Record<string, unknown>;
  return (
    BLEND_PHASES.includes(d['phase'] as BlendProgress['phase']) &&
    typeof d['nodes'] === 'number' &&
    typeof d['bound'] === 'number' &&
    (d['covered'] === null || typeof d['covered'] === 'number')
  );
}

/**
 * The blend as `scenarios.blend`, `portfolio.analysis` and `portfolio.budgetCycle`
 * compute it: the workspace as the scenario sees it (pooled silos, levers).
 */
export async function portfolioBlend(
  input: PortfolioBlendInput,
  context: TaskContext,
): Promise<NonNullable<BlendJob['result']>> {
  const scenario = input.workspace.scenarios.find((s) => s.id === input.scenarioId);
  if (scenario === undefined) throw new Error(`no scenario "${input.scenarioId}" in the workspace`);
  const overlay = scenarioOverlay(input.workspace, scenario);
  const result = await blend(overlay.workspace, overlay.blendRequest, {
    lang: input.lang,
    signal: context.signal,
    onProgress: (progress) =>
      context.onProgress(BLEND_PHASES.indexOf(progress.phase), BLEND_PHASE_STEPS, progressInEuros(progress)),
  });
  return {
    blend: blendToJson(result),
    analysis: portfolioAnalysis(overlay.workspace, scenario, result),
    budgetCycle: budgetCycle(overlay.workspace, scenario, result),
  };
}
