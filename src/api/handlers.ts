import { basename } from 'node:path';
import { blend, blendToJson } from '../finance/blend';
import { scenarioOverlay } from '../impact/scenario';
import { parseWorkspaceText, workspaceToText } from '../model/parse';
import { amountInYear } from '../model/years';
import type { Lang } from '../model/messages';
import { assessWorkspaceLocation, locationRiskMessage, nodeLocationProbe } from '../storage/location-risk';
import type { Workspace } from '../model/workspace';
import type { FundingStream } from '../model/stream';
import { analysisHandlers } from './analysis-handlers';
import { InvalidInputError } from './errors';
import type { Handlers } from './handler-types';
import { backupHandlers } from './backup-handlers';
import { cooperativeHandlers } from './cooperative-handlers';
import { importHandlers } from './import-handlers';
import { indicatorHandlers } from './indicator-handlers';
import { findPlan, findScenario } from './lookups';
import { planHandlers } from './plan-handlers';
import { reportHandlers } from './report-handlers';
import { weekHandlers } from './week-handlers';
import { budgetCycleHandlers } from './budget-cycle-handlers';
import { procurementHandlers } from './procurement-handlers';
import { cooperativeAnalysisHandlers } from './cooperative-analysis-handlers';
import { scenarioHandlers } from './scenario-handlers';
import { scenarioRunHandlers } from './scenario-run-handlers';
import { blendJobHandlers } from './blend-job-handlers';
import { sessionHandlers } from './session-handlers';
import { auditHandlers } from './audit-handlers';
import { assertDraftAllowed, assertSiloKept, assertStreamDeletable } from './stream-validation';
import { checkOf, withVersion } from './versions';

function totalPlanCostCents(workspace: Workspace): number {
  let total = 0;
  for (const plan of workspace.plans) {
    for (const cost of plan.costs) for (const amount of Object.values(cost.amounts)) total += amount;
  }
  return total;
}

function firstYearBudget(workspace: Workspace): { cents: number; unlimited: number } {
  const year = workspace.settings.startYear;
  let cents = 0;
  let unlimited = 0;
  for (const stream of workspace.fundingStreams) {
    // A draft's budget is on offer to no blend: it is not part of what the city can spend.
    if (stream.draft) continue;
    const budget = stream.budgetPerYear;
    if (budget === undefined) unlimited += 1;
    else cents += typeof budget === 'number' ? budget : amountInYear(budget, year);
  }
  return { cents, unlimited };
}

function describeLocationRisk(path: string, lang: Lang) {
  const risk = assessWorkspaceLocation(path, nodeLocationProbe);
  return risk === null ? null : { kind: risk.kind, message: locationRiskMessage(risk, lang, basename(path)) };
}

export const handlers: Handlers = {
  'workspace.info': async (services, _input, context) => {
    const store = services.store();
    const [workspace, meta] = await Promise.all([store.load(), store.meta()]);
    const budget = firstYearBudget(workspace);
    return {
      path: meta.path,
      fileName: basename(meta.path),
      lastSavedAt: meta.lastSavedAt,
      schemaVersion: meta.schemaVersion,
      municipality: workspace.settings.municipality,
      locale: workspace.settings.locale,
      startYear: workspace.settings.startYear,
      horizonYears: workspace.settings.horizonYears,
      counts: {
        cooperatives: workspace.cooperatives.length,
        fundingStreams: workspace.fundingStreams.length,
        silos: new Set(workspace.fundingStreams.map((s) => s.silo)).size,
        plans: workspace.plans.length,
        indicators: workspace.indicators.length,
        scenarios: workspace.scenarios.length,
      },
      totalPlanCost: totalPlanCostCents(workspace) / 100,
      budgetFirstYear: budget.cents / 100,
      unlimitedStreams: budget.unlimited,
      // A team database is on a server, not in a folder a sync tool or a network drive holds.
      locationRisk: store.kind === 'file' ? describeLocationRisk(meta.path, context.lang) : null,
    };
  },
  'workspace.get': (services) => services.store().load(),
  'workspace.exportJson': async (services) => {
    const store = services.store();
    const name = store.kind === 'file' ? basename(store.location).replace(/\.[^.]+$/, '') : 'coopfolio';
    return { text: workspaceToText(await store.load()), fileName: `${name}.json` };
  },
  'workspace.importJson': async (services, input, context) => {
    const parsed = parseWorkspaceText(input.text, context.lang);
    if (!parsed.ok) throw new InvalidInputError(parsed.issues);
    await services.store().replace(parsed.value);
    return {
      cooperatives: parsed.value.cooperatives.length,
      fundingStreams: parsed.value.fundingStreams.length,
      plans: parsed.value.plans.length,
    };
  },
  'settings.get': (services) => services.store().settings(),
  'settings.update': (services, input) =>
    services.store().updateSettings(input.settings, checkOf(input.expectedVersion)),

  'cooperatives.list': (services) => services.store().listCooperatives(),
  'cooperatives.update': (services, input) =>
    services.store().updateCooperative(input.cooperative, checkOf(input.expectedVersion)),
  ...cooperativeHandlers,

  'fundingStreams.list': (services) => services.store().listFundingStreams(),
  'fundingStreams.create': (services, input) =>
    services.store().insertFundingStream(input.stream, input.position),
  'fundingStreams.update': async (services, input, context) => {
    const store = services.store();
    await store.writeBatch((current) => {
      assertDraftAllowed(current, input.stream, context.lang);
      assertSiloKept(current, input.stream, context.lang);
      return [{ op: 'updateFundingStream', stream: input.stream, ...checkOf(input.expectedVersion) }];
    });
    return withVersion(store, 'fundingStream', input.stream, input.expectedVersion);
  },
  'fundingStreams.delete': async (services, input, context) => {
    const store = services.store();
    let removed = null as { item: FundingStream; position: number } | null;
    await store.writeBatch((current) => {
      assertStreamDeletable(current, input.id, context.lang);
      const position = current.fundingStreams.findIndex((stream) => stream.id === input.id);
      const stream = current.fundingStreams[position];
      if (stream !== undefined) removed = { item: stream, position };
      return [{ op: 'deleteFundingStream', id: input.id, ...checkOf(input.expectedVersion) }];
    });
    if (removed === null) throw new Error('fundingStreams.delete: the batch ran without finding the stream');
    return { stream: removed.item, position: removed.position };
  },

  'plans.list': (services) => services.store().listPlans(),
  ...planHandlers,
  ...analysisHandlers,
  'plans.blend': async (services, input, context) => {
    const workspace = await services.store().load();
    const plan = findPlan(workspace, input.planId, context.lang);
    return blendToJson(await blend(workspace, { planIds: [plan.id] }, { lang: context.lang }));
  },
  'scenarios.blend': async (services, input, context) => {
    const workspace = await services.store().load();
    const scenario = findScenario(workspace, input.scenarioId, context.lang);
    // The workspace as the scenario sees it (pooled silos, levers), as its run blends it.
    const overlay = scenarioOverlay(workspace, scenario);
    return blendToJson(await blend(overlay.workspace, overlay.blendRequest, { lang: context.lang }));
  },
  'indicators.list': (services) => services.store().listIndicators(),
  ...indicatorHandlers,
  'scenarios.list': (services) => services.store().listScenarios(),
  ...scenarioHandlers,
  ...scenarioRunHandlers,
  ...blendJobHandlers,
  ...reportHandlers,
  ...weekHandlers,
  ...budgetCycleHandlers,
  ...procurementHandlers,
  ...cooperativeAnalysisHandlers,
  ...importHandlers,
  ...backupHandlers,
  ...sessionHandlers,
  ...auditHandlers,
};
