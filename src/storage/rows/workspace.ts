import { WORKSPACE_FORMAT, WORKSPACE_VERSION, type Workspace } from '../../model';
import type { ReadDb, WriteDb } from '../sql';
import { insertCooperativeRows, readCooperatives } from './cooperatives';
import { insertIndicators, readIndicators } from './indicators';
import { insertPlans, readPlans } from './plans';
import { clearProcurement, readProcurement, writeProcurement } from './procurement';
import { insertScenarios, readScenarios } from './scenarios';
import { readSettings, writeSettings } from './settings';
import { insertFundingStreams, readFundingStreams } from './streams';

/** The whole workspace; call inside a read transaction so every table shows the same moment. */
export function readWorkspace(db: ReadDb): Workspace {
  const procurement = readProcurement(db);
  return {
    format: WORKSPACE_FORMAT,
    version: WORKSPACE_VERSION,
    settings: readSettings(db),
    cooperatives: readCooperatives(db).map((entry) => entry.item),
    fundingStreams: readFundingStreams(db).map((entry) => entry.item),
    plans: readPlans(db).map((entry) => entry.item),
    indicators: readIndicators(db),
    scenarios: readScenarios(db).map((entry) => entry.item),
    ...(procurement === undefined ? {} : { procurement }),
  };
}

/** Inserts every entity, parents before children so foreign keys hold at each row. */
export function writeWorkspace(db: WriteDb, workspace: Workspace): void {
  writeSettings(db, workspace.settings);
  workspace.cooperatives.forEach((cooperative, i) => insertCooperativeRows(db, cooperative, i));
  insertFundingStreams(db, workspace.fundingStreams);
  insertIndicators(db, workspace.indicators);
  insertPlans(db, workspace.plans);
  insertScenarios(db, workspace.scenarios);
  writeProcurement(db, workspace.procurement);
}

/** Deletes every entity, children first (the rest cascades). The meta row stays. */
export function clearWorkspace(db: WriteDb): void {
  // Contracts name cooperatives and plans (RESTRICT), so they go first.
  clearProcurement(db);
  db.exec(`
    DELETE FROM scenarios;
    DELETE FROM plans;
    DELETE FROM indicators;
    DELETE FROM funding_streams;
    DELETE FROM cooperatives;
    DELETE FROM settings;
  `);
}
