import type { Procurement, ProcurementContract } from '../../model';
import type { ReadDb, WriteDb } from '../sql';
import { cents, scheduleEntries, scheduleFromRows, type YearAmountRow } from './checked';

interface ProcurementRow {
  id: 1;
  volume_source: string;
  contribution_margin: number;
}

interface ContractRow {
  position: number;
  year: number;
  cooperative_id: string;
  plan_id: string | null;
  description: string;
  amount_cents: number;
  reserved: 0 | 1;
  social_return_cents: number;
}

function contractToRow(contract: ProcurementContract, position: number): ContractRow {
  return {
    position,
    year: contract.year,
    cooperative_id: contract.cooperativeId,
    plan_id: contract.planId ?? null,
    description: contract.description,
    amount_cents: contract.amount,
    reserved: contract.reserved ? 1 : 0,
    social_return_cents: contract.socialReturn,
  };
}

function contractFromRow(row: ContractRow): ProcurementContract {
  return {
    year: row.year,
    cooperativeId: row.cooperative_id,
    ...(row.plan_id === null ? {} : { planId: row.plan_id }),
    description: row.description,
    amount: cents(row.amount_cents),
    reserved: row.reserved === 1,
    socialReturn: cents(row.social_return_cents),
  };
}

/** Removes the section; its volumes and contracts go with it (ON DELETE CASCADE). */
export function clearProcurement(db: WriteDb): void {
  db.prepare('DELETE FROM procurement').run();
}

/** Replaces the whole section; `undefined` leaves the workspace without one. */
export function writeProcurement(db: WriteDb, procurement: Procurement | undefined): void {
  clearProcurement(db);
  if (procurement === undefined) return;
  db.prepare<ProcurementRow>(
    'INSERT INTO procurement (id, volume_source, contribution_margin) VALUES (@id, @volume_source, @contribution_margin)',
  ).run({
    id: 1,
    volume_source: procurement.volumeSource,
    contribution_margin: procurement.contributionMargin,
  });
  const volume = db.prepare<YearAmountRow>(
    'INSERT INTO procurement_volumes (year, amount_cents) VALUES (@year, @amount_cents)',
  );
  for (const entry of scheduleEntries(procurement.volumes)) volume.run(entry);
  const contract = db.prepare<ContractRow>(
    `INSERT INTO procurement_contracts (position, year, cooperative_id, plan_id, description, amount_cents,
       reserved, social_return_cents)
     VALUES (@position, @year, @cooperative_id, @plan_id, @description, @amount_cents, @reserved,
       @social_return_cents)`,
  );
  procurement.contracts.forEach((c, i) => contract.run(contractToRow(c, i)));
}

export function readProcurement(db: ReadDb): Procurement | undefined {
  const row = db.prepare<[], ProcurementRow>('SELECT * FROM procurement WHERE id = 1').get();
  if (row === undefined) return undefined;
  const volumes = db
    .prepare<[], YearAmountRow>('SELECT year, amount_cents FROM procurement_volumes ORDER BY year')
    .all();
  const contracts = db
    .prepare<[], ContractRow>('SELECT * FROM procurement_contracts ORDER BY position')
    .all();
  return {
    volumes: scheduleFromRows(volumes),
    volumeSource: row.volume_source,
    contributionMargin: row.contribution_margin,
    contracts: contracts.map(contractFromRow),
  };
}

/** Years of the contracts that name the cooperative (or plan), for an in-use refusal; '' when none. */
export function contractYearsNaming(db: ReadDb, column: 'cooperative_id' | 'plan_id', id: string): string {
  const years = db
    .prepare<[string], { year: number }>(
      `SELECT DISTINCT year FROM procurement_contracts WHERE ${column} = ? ORDER BY year`,
    )
    .all(id);
  return years.map((y) => String(y.year)).join(', ');
}
