import { LEGAL_FORMS, PARTNERSHIPS, SECTORS, STAGES, type Cooperative } from '../../model';
import { fromFlag, toFlag, type ReadDb, type WriteDb } from '../sql';
import type { Removed } from '../types';
import { cents, childrenOf, oneOf } from './checked';
import { childRowsBy, itemRows } from './select';
import { deletePathRows, insertPathRows, readPathRows } from './cooperative-path';

type PriorStateAid = Cooperative['priorStateAid'][number];
/** What the cooperatives row does not hold itself: its child rows, already read. */
type CooperativeChildren = Pick<Cooperative, 'priorStateAid' | 'stageHistory' | 'coachingHours'>;

export interface CooperativeRow {
  id: string;
  position: number;
  name: string;
  sector: string;
  district: string | null;
  coach: string | null;
  legal_form: string;
  stage: string;
  members: number;
  founded_year: number | null;
  partnership: string;
  sgei: number;
  intake_date: string | null;
}

export interface PriorStateAidRow {
  cooperative_id: string;
  position: number;
  year: number;
  amount_cents: number;
  sgei: number;
}

export function cooperativeToRow(cooperative: Cooperative, position: number): CooperativeRow {
  return {
    id: cooperative.id,
    position,
    name: cooperative.name,
    sector: cooperative.sector,
    district: cooperative.district ?? null,
    coach: cooperative.coach ?? null,
    legal_form: cooperative.legalForm,
    stage: cooperative.stage,
    members: cooperative.members,
    founded_year: cooperative.foundedYear ?? null,
    partnership: cooperative.partnership,
    sgei: toFlag(cooperative.sgei),
    intake_date: cooperative.intakeDate ?? null,
  };
}

export function cooperativeFromRow(row: CooperativeRow, children: CooperativeChildren): Cooperative {
  return {
    id: row.id,
    name: row.name,
    sector: oneOf(SECTORS, row.sector, 'cooperatives.sector'),
    ...(row.district === null ? {} : { district: row.district }),
    ...(row.coach === null ? {} : { coach: row.coach }),
    legalForm: oneOf(LEGAL_FORMS, row.legal_form, 'cooperatives.legal_form'),
    stage: oneOf(STAGES, row.stage, 'cooperatives.stage'),
    members: row.members,
    ...(row.founded_year === null ? {} : { foundedYear: row.founded_year }),
    partnership: oneOf(PARTNERSHIPS, row.partnership, 'cooperatives.partnership'),
    priorStateAid: children.priorStateAid,
    sgei: fromFlag(row.sgei),
    ...(row.intake_date === null ? {} : { intakeDate: row.intake_date }),
    stageHistory: children.stageHistory,
    coachingHours: children.coachingHours,
  };
}

export function priorStateAidToRow(
  cooperativeId: string,
  aid: PriorStateAid,
  position: number,
): PriorStateAidRow {
  return {
    cooperative_id: cooperativeId,
    position,
    year: aid.year,
    amount_cents: aid.amount,
    sgei: toFlag(aid.sgei),
  };
}

export function priorStateAidFromRow(row: PriorStateAidRow): PriorStateAid {
  return { year: row.year, amount: cents(row.amount_cents), sgei: fromFlag(row.sgei) };
}

const COLUMNS = `name = @name, sector = @sector, district = @district, coach = @coach, legal_form = @legal_form,
  stage = @stage, members = @members, founded_year = @founded_year, partnership = @partnership, sgei = @sgei,
  intake_date = @intake_date`;

function insertPriorStateAid(db: WriteDb, cooperative: Cooperative): void {
  const insert = db.prepare<PriorStateAidRow>(
    `INSERT INTO prior_state_aid (cooperative_id, position, year, amount_cents, sgei)
     VALUES (@cooperative_id, @position, @year, @amount_cents, @sgei)`,
  );
  cooperative.priorStateAid.forEach((aid, i) => insert.run(priorStateAidToRow(cooperative.id, aid, i)));
}

export function insertCooperativeRows(db: WriteDb, cooperative: Cooperative, position: number): void {
  db.prepare<CooperativeRow>(
    `INSERT INTO cooperatives (id, position, name, sector, district, coach, legal_form, stage, members,
       founded_year, partnership, sgei, intake_date)
     VALUES (@id, @position, @name, @sector, @district, @coach, @legal_form, @stage, @members,
       @founded_year, @partnership, @sgei, @intake_date)`,
  ).run(cooperativeToRow(cooperative, position));
  insertPriorStateAid(db, cooperative);
  insertPathRows(db, cooperative);
}

/** Rewrites a cooperative in place (an UPDATE, so plans that point at it stay valid). */
export function updateCooperativeRows(db: WriteDb, cooperative: Cooperative): boolean {
  const { changes } = db
    .prepare<CooperativeRow>(`UPDATE cooperatives SET ${COLUMNS} WHERE id = @id`)
    .run(cooperativeToRow(cooperative, 0));
  if (changes === 0) return false;
  db.prepare<[string]>('DELETE FROM prior_state_aid WHERE cooperative_id = ?').run(cooperative.id);
  insertPriorStateAid(db, cooperative);
  deletePathRows(db, cooperative.id);
  insertPathRows(db, cooperative);
  return true;
}

/** All cooperatives in the user's order, or the one with `id`. */
export function readCooperatives(db: ReadDb, id?: string): Removed<Cooperative>[] {
  const rows = itemRows<CooperativeRow>(db, 'cooperatives', id);
  const aid = childRowsBy<'cooperative_id', PriorStateAidRow>(
    db,
    'prior_state_aid',
    'cooperative_id',
    'cooperative_id, position',
    id,
  );
  const path = readPathRows(db, id);
  return rows.map((row) => ({
    item: cooperativeFromRow(row, {
      priorStateAid: childrenOf(aid, row.id).map(priorStateAidFromRow),
      stageHistory: path.stageHistory(row.id),
      coachingHours: path.coachingHours(row.id),
    }),
    position: row.position,
  }));
}
