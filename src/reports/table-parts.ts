/**
 * Columns and name look-ups the report's tables share, so every table spells the same
 * column the same way in Dutch and English.
 */
import type { ReportModel } from './model';
import type { ColumnType, ReportColumn } from './tables';

export const col = (key: string, nl: string, en: string, type: ColumnType): ReportColumn => ({
  key,
  label: { nl, en },
  type,
});

export const SCENARIO = col('scenario', 'Scenario', 'Scenario', 'text');
export const PLAN = col('plan', 'Plan', 'Plan', 'text');
export const YEAR = col('year', 'Jaar', 'Year', 'year');
/** Revenue that pays the plan's own costs: beside outside money, never counted as funding. */
export const OWN_REVENUE = col('ownRevenue', 'Eigen inkomsten', 'Own revenue', 'euros');

export function planName(model: ReportModel, planId: string): string {
  return model.workspace.plans.find((p) => p.id === planId)?.name ?? planId;
}

export function streamName(model: ReportModel, streamId: string | null): string {
  if (streamId === null) return '';
  const stream = model.workspace.fundingStreams.find((s) => s.id === streamId);
  // A de-siloing scenario pays from pools that are no workspace stream.
  const pool = model.scenarios.flatMap((s) => s.run.desiloing?.pools ?? []).find((p) => p.id === streamId);
  return stream?.name ?? pool?.name ?? streamId;
}

export function cooperativeName(model: ReportModel, cooperativeId: string): string {
  return model.workspace.cooperatives.find((c) => c.id === cooperativeId)?.name ?? cooperativeId;
}
