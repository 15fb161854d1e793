import {
  COST_CATEGORIES,
  EVIDENCE_GRADES,
  SECTORS,
  type CostLine,
  type ImpactLine,
  type LockedAmount,
} from '../../model';
import { fromFlag, toFlag } from '../sql';
import { cents, oneOf, scheduleFromRows, type YearAmountRow } from './checked';

export interface CostLineRow {
  plan_id: string;
  id: string;
  position: number;
  category: string;
  label: string;
  /** Schema 90: 0 or 1; NULL when the line does not say (the default follows its category). */
  continues: number | null;
  /** Schema 80: the line's own sector; NULL when it has none (the cooperative's counts). */
  sector: string | null;
}

export interface CostAmountRow extends YearAmountRow {
  plan_id: string;
  cost_id: string;
}

export interface RevenueRow extends YearAmountRow {
  plan_id: string;
}

export interface LockedAmountRow {
  plan_id: string;
  position: number;
  stream_id: string;
  cost_id: string;
  year: number;
  amount_cents: number;
}

export interface ImpactLineRow {
  plan_id: string;
  position: number;
  indicator_id: string;
  start_year: number;
  duration: number;
  output: number;
  output_unit: string | null;
  deadweight: number;
  attribution: number;
  displacement: number;
  drop_off: number;
  uncertainty_low: number;
  uncertainty_high: number;
  evidence: string;
  basis: string;
}

export function costLineToRow(planId: string, cost: CostLine, position: number): CostLineRow {
  return {
    plan_id: planId,
    id: cost.id,
    position,
    category: cost.category,
    label: cost.label,
    continues: cost.continues === undefined ? null : toFlag(cost.continues),
    sector: cost.sector ?? null,
  };
}

export function costLineFromRow(row: CostLineRow, amounts: CostAmountRow[]): CostLine {
  return {
    id: row.id,
    category: oneOf(COST_CATEGORIES, row.category, 'cost_lines.category'),
    label: row.label,
    amounts: scheduleFromRows(amounts),
    ...(row.sector === null ? {} : { sector: oneOf(SECTORS, row.sector, 'cost_lines.sector') }),
    ...(row.continues === null ? {} : { continues: fromFlag(row.continues) }),
  };
}

export function costAmountToRow(planId: string, costId: string, entry: YearAmountRow): CostAmountRow {
  return { plan_id: planId, cost_id: costId, year: entry.year, amount_cents: entry.amount_cents };
}

export function revenueToRow(planId: string, entry: YearAmountRow): RevenueRow {
  return { plan_id: planId, year: entry.year, amount_cents: entry.amount_cents };
}

export function lockedAmountToRow(planId: string, lock: LockedAmount, position: number): LockedAmountRow {
  return {
    plan_id: planId,
    position,
    stream_id: lock.streamId,
    cost_id: lock.costId,
    year: lock.year,
    amount_cents: lock.amount,
  };
}

export function lockedAmountFromRow(row: LockedAmountRow): LockedAmount {
  return { streamId: row.stream_id, costId: row.cost_id, year: row.year, amount: cents(row.amount_cents) };
}

export function impactLineToRow(planId: string, impact: ImpactLine, position: number): ImpactLineRow {
  return {
    plan_id: planId,
    position,
    indicator_id: impact.indicatorId,
    start_year: impact.start,
    duration: impact.duration,
    output: impact.output,
    output_unit: impact.outputUnit ?? null,
    deadweight: impact.deadweight,
    attribution: impact.attribution,
    displacement: impact.displacement,
    drop_off: impact.dropOff,
    uncertainty_low: impact.uncertainty.low,
    uncertainty_high: impact.uncertainty.high,
    evidence: impact.evidence,
    basis: impact.basis,
  };
}

export function impactLineFromRow(row: ImpactLineRow): ImpactLine {
  return {
    indicatorId: row.indicator_id,
    start: row.start_year,
    duration: row.duration,
    output: row.output,
    ...(row.output_unit === null ? {} : { outputUnit: row.output_unit }),
    deadweight: row.deadweight,
    attribution: row.attribution,
    displacement: row.displacement,
    dropOff: row.drop_off,
    uncertainty: { low: row.uncertainty_low, high: row.uncertainty_high },
    evidence: oneOf(EVIDENCE_GRADES, row.evidence, 'impact_lines.evidence'),
    basis: row.basis,
  };
}
