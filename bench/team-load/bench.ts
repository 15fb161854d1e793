/**
 * `npm run bench -- --only team-load` and `--only team-load-kill`: the team server load
 * run (./index.ts) on a throwaway PostgreSQL cluster of its own (the tests' cluster code),
 * 20 clients for COOPFOLIO_TEAM_LOAD_SECONDS seconds (60 by default).
 */
import type { TeamLoadResult } from './index';

export const TEAM_LOAD_NAMES = ['team-load', 'team-load-kill'] as const;
export type TeamLoadName = (typeof TEAM_LOAD_NAMES)[number];

const DEFAULT_SECONDS = 60;
const CLIENTS = 20;

function secondsOfEnv(): number {
  const text = process.env['COOPFOLIO_TEAM_LOAD_SECONDS'];
  if (text === undefined || text === '') return DEFAULT_SECONDS;
  const seconds = Number(text);
  if (!Number.isFinite(seconds) || seconds <= 0 || seconds > 3600) {
    throw new Error(
      `COOPFOLIO_TEAM_LOAD_SECONDS must be a number of seconds above 0 and at most 3600, not "${text}"`,
    );
  }
  return seconds;
}

export async function runTeamLoadBench(
  name: TeamLoadName,
  stderr: (text: string) => void,
): Promise<TeamLoadResult & { name: TeamLoadName }> {
  const seconds = secondsOfEnv();
  // Loaded only for this run: `coopfolio bench` loads this file for the list of names.
  const { startPostgresCluster } = await import('../../tests/support/postgres-cluster');
  const { runTeamLoad } = await import('./index');
  stderr(`${name}: starting a throwaway PostgreSQL\n`);
  const cluster = await startPostgresCluster();
  try {
    const result = await runTeamLoad({
      databaseUrl: cluster.url,
      clients: CLIENTS,
      seconds,
      kills: name === 'team-load-kill' ? 1 : 0,
      log: (line) => stderr(`${name}: ${line}\n`),
    });
    return { name, ...result };
  } finally {
    await cluster.stop();
  }
}
