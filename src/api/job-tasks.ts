/**
 * The long work behind background jobs, as tasks that take plain data (the workspace
 * snapshot and the call's parameters, never a database connection) and return the
 * job's wire-form result. The same functions run in the host's thread (desktop, browser
 * host) or in a worker thread of the team server's pool (worker-pool.ts,
 * job-worker-main.ts), so a result is the same byte for byte wherever it was computed.
 *
 * A new kind of job adds one entry to TASKS: its input must survive structured cloning
 * (plain objects, arrays, Maps, typed arrays; no functions or class instances).
 */
import { runScenario } from '../impact';
import { scenarioRunToJson } from '../impact/scenario-run-json';
import type { Lang } from '../model/messages';
import type { Workspace } from '../model/workspace';
import { buildReport, type Provenance, type ReportSection } from '../reports/model';
import type { PdfRenderer } from '../reports/pdf/types';
import { defaultBaseName, writeReport, type ReportFormat } from '../reports/write';
import { portfolioBlend } from './blend-task';

/** What a task may use besides its input: cancellation, progress, and the host's PDF renderer. */
export interface TaskContext {
  signal: AbortSignal;
  /** `detail`: anything more a kind of task reports (cloneable data), passed on as it is. */
  onProgress: (done: number, total: number, detail?: unknown) => void;
  /** The host's report PDF renderer (in a worker: a proxy to the host's); null when it has none. */
  pdf: PdfRenderer | null;
}

export interface ScenarioRunInput {
  workspace: Workspace;
  scenarioId: string;
  draws: number;
  seed: number;
  lang: Lang;
}

/** Progress of an export in thousandths: the scenario runs take most of the time, writing the files the rest. */
export const REPORT_PROGRESS_TOTAL = 1000;
const RUN_SHARE = 0.8;

export interface ReportExportInput {
  workspace: Workspace;
  scenarioIds: readonly string[];
  lang: Lang;
  sections: readonly ReportSection[] | undefined;
  formats: readonly ReportFormat[];
  provenance: Provenance;
  /** The new folder the files go into. */
  folder: string;
}

async function scenarioRun(input: ScenarioRunInput, context: TaskContext) {
  const { workspace, scenarioId, draws, seed, lang } = input;
  const { signal, onProgress } = context;
  return scenarioRunToJson(
    await runScenario(workspace, scenarioId, { draws, seed, lang, signal, onProgress }),
  );
}

async function reportExport(input: ReportExportInput, context: TaskContext) {
  const { signal, onProgress } = context;
  const model = await buildReport(input.workspace, {
    scenarioIds: input.scenarioIds,
    lang: input.lang,
    ...(input.sections === undefined ? {} : { sections: input.sections }),
    provenance: input.provenance,
    signal,
    onProgress: (done, total) =>
      onProgress(Math.floor((REPORT_PROGRESS_TOTAL * RUN_SHARE * done) / total), REPORT_PROGRESS_TOTAL),
  });
  return writeReport(model, {
    folder: input.folder,
    formats: input.formats,
    baseName: defaultBaseName(model),
    pdf: context.pdf,
    signal,
    onProgress: (done, total) =>
      onProgress(
        Math.floor(REPORT_PROGRESS_TOTAL * (RUN_SHARE + ((1 - RUN_SHARE) * done) / Math.max(1, total))),
        REPORT_PROGRESS_TOTAL,
      ),
  });
}

/** Every kind of task by name; the worker looks its task up here by the name it is sent. */
export const TASKS = {
  scenarioRun,
  reportExport,
  portfolioBlend,
};

export type TaskKind = keyof typeof TASKS;
export type TaskInput<K extends TaskKind> = Parameters<(typeof TASKS)[K]>[0];
export type TaskOutput<K extends TaskKind> = Awaited<ReturnType<(typeof TASKS)[K]>>;

export function isTaskKind(name: unknown): name is TaskKind {
  return typeof name === 'string' && Object.hasOwn(TASKS, name);
}

/** Runs a task in this thread. */
export function performTask<K extends TaskKind>(
  kind: K,
  input: TaskInput<K>,
  context: TaskContext,
): Promise<TaskOutput<K>> {
  const task = TASKS[kind] as (input: TaskInput<K>, context: TaskContext) => Promise<TaskOutput<K>>;
  return task(input, context);
}
