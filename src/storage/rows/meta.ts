import { APP_NAME, type ReadDb, type WriteDb } from '../sql';

export interface MetaRow {
  id: 1;
  app_name: string;
  created_at: string;
  last_saved_at: string | null;
}

export interface MetaFacts {
  createdAt: string;
  lastSavedAt: string | null;
}

export function metaToRow(facts: MetaFacts): MetaRow {
  return { id: 1, app_name: APP_NAME, created_at: facts.createdAt, last_saved_at: facts.lastSavedAt };
}

export function metaFromRow(row: MetaRow): MetaFacts {
  return { createdAt: row.created_at, lastSavedAt: row.last_saved_at };
}

export function insertMeta(db: WriteDb, facts: MetaFacts): void {
  db.prepare<MetaRow>(
    'INSERT INTO meta (id, app_name, created_at, last_saved_at) VALUES (@id, @app_name, @created_at, @last_saved_at)',
  ).run(metaToRow(facts));
}

export function readMeta(db: ReadDb): MetaFacts | undefined {
  const row = db.prepare<[], MetaRow>('SELECT * FROM meta WHERE id = 1').get();
  return row === undefined ? undefined : metaFromRow(row);
}

/** Called inside every write transaction, so the stamp commits with the change it describes. */
export function touchMeta(db: WriteDb, savedAt: string): void {
  db.prepare<[string]>('UPDATE meta SET last_saved_at = ? WHERE id = 1').run(savedAt);
}
