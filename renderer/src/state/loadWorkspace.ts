import type { OperationOutput } from '../../../src/contract/operations';
import type { Result } from '../../../src/contract/result';
import type { Api } from '../api/client';

/** Everything the screens show, fetched together so they never disagree. */
export interface WorkspaceData {
  info: OperationOutput<'workspace.info'>;
  settings: OperationOutput<'settings.get'>;
  cooperatives: OperationOutput<'cooperatives.list'>;
  streams: OperationOutput<'fundingStreams.list'>;
  plans: OperationOutput<'plans.list'>;
  indicators: OperationOutput<'indicators.list'>;
  scenarios: OperationOutput<'scenarios.list'>;
  /** The Inkoop screen's section; null when the workspace has none. */
  procurement: OperationOutput<'procurement.get'>;
}

export async function loadWorkspace(api: Api): Promise<Result<WorkspaceData>> {
  const [info, settings, cooperatives, streams, plans, indicators, scenarios, procurement] =
    await Promise.all([
      api.workspace.info({}),
      api.settings.get({}),
      api.cooperatives.list({}),
      api.fundingStreams.list({}),
      api.plans.list({}),
      api.indicators.list({}),
      api.scenarios.list({}),
      api.procurement.get({}),
    ]);
  if (!info.ok) return info;
  if (!settings.ok) return settings;
  if (!cooperatives.ok) return cooperatives;
  if (!streams.ok) return streams;
  if (!plans.ok) return plans;
  if (!indicators.ok) return indicators;
  if (!scenarios.ok) return scenarios;
  if (!procurement.ok) return procurement;
  return {
    ok: true,
    value: {
      info: info.value,
      settings: settings.value,
      cooperatives: cooperatives.value,
      streams: streams.value,
      plans: plans.value,
      indicators: indicators.value,
      scenarios: scenarios.value,
      procurement: procurement.value,
    },
  };
}
