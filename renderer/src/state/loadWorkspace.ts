import type { OperationOutput } from '../../../src/contract/operations';
import type { Result } from '../../../src/contract/result';
import type { CooperativeJson } from '../../../src/model/cooperative';
import type { IndicatorJson } from '../../../src/model/indicator';
import type { PlanJson } from '../../../src/model/plan';
import type { ProcurementJson } from '../../../src/model/procurement';
import type { ScenarioJson } from '../../../src/model/scenario';
import type { SettingsJson } from '../../../src/model/settings';
import type { FundingStreamJson } from '../../../src/model/stream';
import type { Api } from '../api/client';
import {
  PROCUREMENT_ID,
  SETTINGS_ID,
  splitVersions,
  unversioned,
  type RecordVersions,
} from './recordVersions';

/** Everything the screens show, fetched together so they never disagree. */
export interface WorkspaceData {
  info: OperationOutput<'workspace.info'>;
  settings: SettingsJson;
  cooperatives: CooperativeJson[];
  streams: FundingStreamJson[];
  plans: PlanJson[];
  indicators: IndicatorJson[];
  scenarios: ScenarioJson[];
  /** The Inkoop screen's section; null when the workspace has none. */
  procurement: ProcurementJson | null;
  /** The version of every record above, which its next update or delete expects (recordVersions.ts). */
  versions: RecordVersions;
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
  const split = {
    cooperatives: splitVersions<CooperativeJson>(cooperatives.value),
    streams: splitVersions<FundingStreamJson>(streams.value),
    plans: splitVersions<PlanJson>(plans.value),
    indicators: splitVersions<IndicatorJson>(indicators.value),
    scenarios: splitVersions<ScenarioJson>(scenarios.value),
  };
  return {
    ok: true,
    value: {
      info: info.value,
      settings: unversioned<SettingsJson>(settings.value),
      cooperatives: split.cooperatives.records,
      streams: split.streams.records,
      plans: split.plans.records,
      indicators: split.indicators.records,
      scenarios: split.scenarios.records,
      procurement: procurement.value === null ? null : unversioned<ProcurementJson>(procurement.value),
      versions: {
        cooperative: split.cooperatives.versions,
        fundingStream: split.streams.versions,
        plan: split.plans.versions,
        indicator: split.indicators.versions,
        scenario: split.scenarios.versions,
        settings: new Map([[SETTINGS_ID, settings.value.version]]),
        // No section, no version: creating one checks nothing, as creating any record.
        procurement: new Map(procurement.value === null ? [] : [[PROCUREMENT_ID, procurement.value.version]]),
      },
    },
  };
}
