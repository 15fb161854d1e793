import { DIMENSIONS, LENSES, indicatorKindSchema, type Indicator } from '../../model';
import type { ReadDb, WriteDb } from '../sql';
import type { Removed } from '../types';
import { oneOf } from './checked';
import { itemRows } from './select';

export interface IndicatorRow {
  id: string;
  position: number;
  label: string;
  dimension: string;
  kind: string;
  unit: string;
  baseline_year: number;
  baseline_value: number;
  threshold: number;
  trend: number;
  source: string;
  lens: string | null;
  baseline_source: string;
  baseline_date: string | null;
  threshold_source: string;
  /** The denominator's columns are all set or all NULL (a CHECK of schema 50). */
  denominator_unit: string | null;
  denominator_source: string | null;
  denominator_year: number | null;
  denominator_value: number | null;
}

export function indicatorToRow(indicator: Indicator, position: number): IndicatorRow {
  const d = indicator.denominator;
  return {
    id: indicator.id,
    position,
    label: indicator.label,
    dimension: indicator.dimension,
    kind: indicator.kind,
    unit: indicator.unit,
    baseline_year: indicator.baseline.year,
    baseline_value: indicator.baseline.value,
    threshold: indicator.threshold,
    trend: indicator.trend,
    source: indicator.source,
    lens: indicator.lens ?? null,
    baseline_source: indicator.baseline.source,
    baseline_date: indicator.baseline.date ?? null,
    threshold_source: indicator.thresholdSource,
    denominator_unit: d?.unit ?? null,
    denominator_source: d?.source ?? null,
    denominator_year: d?.year ?? null,
    denominator_value: d?.value ?? null,
  };
}

function denominatorFromRow(row: IndicatorRow): Pick<Indicator, 'denominator'> {
  const { denominator_value: value, denominator_unit: unit, denominator_year: year } = row;
  if (value === null || unit === null || year === null) return {};
  return { denominator: { value, unit, source: row.denominator_source ?? '', year } };
}

export function indicatorFromRow(row: IndicatorRow): Indicator {
  return {
    id: row.id,
    label: row.label,
    dimension: oneOf(DIMENSIONS, row.dimension, 'indicators.dimension'),
    kind: oneOf(indicatorKindSchema.options, row.kind, 'indicators.kind'),
    unit: row.unit,
    ...denominatorFromRow(row),
    baseline: {
      year: row.baseline_year,
      value: row.baseline_value,
      source: row.baseline_source,
      ...(row.baseline_date === null ? {} : { date: row.baseline_date }),
    },
    threshold: row.threshold,
    thresholdSource: row.threshold_source,
    trend: row.trend,
    source: row.source,
    ...(row.lens === null ? {} : { lens: oneOf(LENSES, row.lens, 'indicators.lens') }),
  };
}

const COLUMNS = `id, position, label, dimension, kind, unit, baseline_year, baseline_value, threshold, trend,
  source, lens, baseline_source, baseline_date, threshold_source, denominator_unit, denominator_source,
  denominator_year, denominator_value`;

export function insertIndicatorRows(db: WriteDb, indicator: Indicator, position: number): void {
  db.prepare<IndicatorRow>(
    `INSERT INTO indicators (${COLUMNS})
     VALUES (@id, @position, @label, @dimension, @kind, @unit, @baseline_year, @baseline_value, @threshold,
       @trend, @source, @lens, @baseline_source, @baseline_date, @threshold_source, @denominator_unit,
       @denominator_source, @denominator_year, @denominator_value)`,
  ).run(indicatorToRow(indicator, position));
}

export function insertIndicators(db: WriteDb, indicators: readonly Indicator[]): void {
  indicators.forEach((indicator, position) => insertIndicatorRows(db, indicator, position));
}

/** Rewrites an indicator in place (its position kept); false when there is none with its id. */
export function updateIndicatorRows(db: WriteDb, indicator: Indicator): boolean {
  const { changes } = db
    .prepare<IndicatorRow>(
      `UPDATE indicators SET label = @label, dimension = @dimension, kind = @kind, unit = @unit,
         baseline_year = @baseline_year, baseline_value = @baseline_value, threshold = @threshold,
         trend = @trend, source = @source, lens = @lens, baseline_source = @baseline_source,
         baseline_date = @baseline_date, threshold_source = @threshold_source,
         denominator_unit = @denominator_unit, denominator_source = @denominator_source,
         denominator_year = @denominator_year, denominator_value = @denominator_value
       WHERE id = @id`,
    )
    .run(indicatorToRow(indicator, 0));
  return changes > 0;
}

/** Every indicator in the user's order, or the one with `id`, each with its position. */
export function readIndicatorRows(db: ReadDb, id?: string): Removed<Indicator>[] {
  return itemRows<IndicatorRow>(db, 'indicators', id).map((row) => ({
    item: indicatorFromRow(row),
    position: row.position,
  }));
}

export function readIndicators(db: ReadDb): Indicator[] {
  return readIndicatorRows(db).map((entry) => entry.item);
}
