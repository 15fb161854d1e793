import { DIMENSIONS, LENSES, indicatorKindSchema, type Indicator } from '../../model';
import type { Db } from '../sql';
import { oneOf } from './checked';

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
}

export function indicatorToRow(indicator: Indicator, position: number): IndicatorRow {
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
  };
}

export function indicatorFromRow(row: IndicatorRow): Indicator {
  return {
    id: row.id,
    label: row.label,
    dimension: oneOf(DIMENSIONS, row.dimension, 'indicators.dimension'),
    kind: oneOf(indicatorKindSchema.options, row.kind, 'indicators.kind'),
    unit: row.unit,
    baseline: { year: row.baseline_year, value: row.baseline_value },
    threshold: row.threshold,
    trend: row.trend,
    source: row.source,
    ...(row.lens === null ? {} : { lens: oneOf(LENSES, row.lens, 'indicators.lens') }),
  };
}

export function insertIndicators(db: Db, indicators: readonly Indicator[]): void {
  const insert = db.prepare<IndicatorRow>(
    `INSERT INTO indicators (id, position, label, dimension, kind, unit, baseline_year, baseline_value,
       threshold, trend, source, lens)
     VALUES (@id, @position, @label, @dimension, @kind, @unit, @baseline_year, @baseline_value,
       @threshold, @trend, @source, @lens)`,
  );
  indicators.forEach((indicator, position) => insert.run(indicatorToRow(indicator, position)));
}

export function readIndicators(db: Db): Indicator[] {
  return db
    .prepare<[], IndicatorRow>('SELECT * FROM indicators ORDER BY position, id')
    .all()
    .map(indicatorFromRow);
}
