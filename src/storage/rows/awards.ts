import { AWARD_STATUSES, type Award } from '../../model';
import type { WriteDb } from '../sql';
import { cents, oneOf } from './checked';

/** One row of plan_awards (schema 40): a plan's application to one stream and its decision. */
export interface AwardRow {
  plan_id: string;
  position: number;
  stream_id: string;
  status: string;
  requested_cents: number | null;
  granted_cents: number | null;
  applied_on: string | null;
  decided_on: string | null;
  reference: string | null;
  report_due: string | null;
  note: string | null;
}

export function awardToRow(planId: string, award: Award, position: number): AwardRow {
  return {
    plan_id: planId,
    position,
    stream_id: award.streamId,
    status: award.status,
    requested_cents: award.requested ?? null,
    granted_cents: award.granted ?? null,
    applied_on: award.appliedOn ?? null,
    decided_on: award.decidedOn ?? null,
    reference: award.reference ?? null,
    report_due: award.reportDue ?? null,
    note: award.note ?? null,
  };
}

/** NULL is "not given": the field stays out of the award, so an export writes what was imported. */
export function awardFromRow(row: AwardRow): Award {
  return {
    streamId: row.stream_id,
    status: oneOf(AWARD_STATUSES, row.status, 'plan_awards.status'),
    ...(row.requested_cents === null ? {} : { requested: cents(row.requested_cents) }),
    ...(row.granted_cents === null ? {} : { granted: cents(row.granted_cents) }),
    ...(row.applied_on === null ? {} : { appliedOn: row.applied_on }),
    ...(row.decided_on === null ? {} : { decidedOn: row.decided_on }),
    ...(row.reference === null ? {} : { reference: row.reference }),
    ...(row.report_due === null ? {} : { reportDue: row.report_due }),
    ...(row.note === null ? {} : { note: row.note }),
  };
}

/** Prepared once per batch of plans, like the other plan child writers. */
export function awardWriter(db: WriteDb) {
  return db.prepare<AwardRow>(
    `INSERT INTO plan_awards (plan_id, position, stream_id, status, requested_cents, granted_cents,
       applied_on, decided_on, reference, report_due, note)
     VALUES (@plan_id, @position, @stream_id, @status, @requested_cents, @granted_cents,
       @applied_on, @decided_on, @reference, @report_due, @note)`,
  );
}
