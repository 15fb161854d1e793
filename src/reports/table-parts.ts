/**
 * Columns and name look-ups the report's tables share, so every table spells the same
 * column the same way in Dutch and English.
 */
import type { PortfolioAnalysis } from '../finance/analysis/schemas';
import type { ReportModel } from './model';
import type { CellValue, ColumnType, ReportColumn } from './tables';
import { inBothLangs, type WordKey } from './words';

type ColumnLabel = WordKey<'tables'> extends infer K ? (K extends `columns.${infer L}` ? L : never) : never;

/**
 * A column whose heading is `report:tables.columns.<key>` in both languages; a column whose
 * key has another heading elsewhere names its own heading key.
 */
export function col(key: ColumnLabel, type: ColumnType): ReportColumn;
export function col(key: string, type: ColumnType, label: ColumnLabel): ReportColumn;
export function col(key: string, type: ColumnType, label: string = key): ReportColumn {
  return { key, label: inBothLangs('tables', `columns.${label as ColumnLabel}`), type };
}

export const SCENARIO = col('scenario', 'text');
export const PLAN = col('plan', 'text');
export const YEAR = col('year', 'year');
/** Revenue that pays the plan's own costs: beside outside money, never counted as funding. */
export const OWN_REVENUE = col('ownRevenue', 'euros');

/** A de minimis room, general or SGEI (whose cooperative the row names already). */
type DeMinimisRoom = Omit<PortfolioAnalysis['metrics']['deMinimis'][number], 'cooperativeId'>;

/**
 * The columns deMinimisCells fills: the window, the ceiling and prior aid (headed as the
 * table's kind of de minimis names them), the blend's aid, used, headroom and used share.
 */
export function deMinimisColumns(ceiling: ReportColumn, priorAid: ReportColumn): ReportColumn[] {
  return [
    col('first', 'year'),
    col('last', 'year'),
    ceiling,
    priorAid,
    col('blendAid', 'euros', 'blendAidGge'),
    col('used', 'euros', 'usedGge'),
    col('headroom', 'euros'),
    col('usedShare', 'share'),
  ];
}

/** A de minimis room's figures in the de minimis tables' order: window, ceiling, aid, used, headroom. */
export function deMinimisCells(room: DeMinimisRoom): CellValue[] {
  return [
    room.window.first,
    room.window.last,
    room.ceiling,
    room.priorAid,
    room.blendAid,
    room.used,
    room.headroom,
    room.usedShare,
  ];
}

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
