import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  parseWorkspace,
  type Cooperative,
  type FundingStream,
  type Workspace,
  type WorkspaceJson,
} from '../../src/model';

/** Parses workspace JSON or fails the test with every issue. */
export function parsed(json: unknown): Workspace {
  const result = parseWorkspace(json);
  if (!result.ok)
    throw new Error(result.issues.map((issue) => `${issue.pathText}: ${issue.message}`).join('\n'));
  return result.value;
}

/** The smallest valid workspace: settings only. */
export function minimalWorkspaceJson(): WorkspaceJson {
  return { format: 'coopfolio-workspace', version: 3, settings: { startYear: 2026 } };
}

export function minimalWorkspace(): Workspace {
  return parsed(minimalWorkspaceJson());
}

export function cooperativeJson(id: string, extra: Record<string, unknown> = {}) {
  return {
    id,
    name: `Coop ${id}`,
    sector: 'energy',
    legalForm: 'cooperatie-ua',
    stage: 'startup',
    members: 10,
    ...extra,
  };
}

export function streamJson(id: string, extra: Record<string, unknown> = {}) {
  return { id, name: `Stream ${id}`, silo: 'municipal', kind: 'grant', public: true, ...extra };
}

/** A workspace with a list of cooperatives and streams only, for CRUD tests. */
export function workspaceWith(cooperativeIds: string[], streamIds: string[] = []): Workspace {
  return parsed({
    ...minimalWorkspaceJson(),
    cooperatives: cooperativeIds.map((id) => cooperativeJson(id)),
    fundingStreams: streamIds.map((id) => streamJson(id)),
  });
}

/** Temporary folders under the OS temp dir, removed by `cleanup()`. */
export function tempFolders() {
  const made: string[] = [];
  return {
    make(): string {
      const dir = mkdtempSync(join(tmpdir(), 'coopfolio-storage-'));
      made.push(dir);
      return dir;
    },
    cleanup(): void {
      for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
    },
  };
}

export function sha256(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

function only<T>(items: T[], what: string): T {
  const [item] = items;
  if (item === undefined) throw new Error(`no ${what} parsed`);
  return item;
}

/** One cooperative in model form (defaults applied, cents). */
export function cooperativeModel(id: string, extra: Record<string, unknown> = {}): Cooperative {
  return only(
    parsed({ ...minimalWorkspaceJson(), cooperatives: [cooperativeJson(id, extra)] }).cooperatives,
    id,
  );
}

/** One funding stream in model form. */
export function streamModel(id: string, extra: Record<string, unknown> = {}): FundingStream {
  return only(
    parsed({ ...minimalWorkspaceJson(), fundingStreams: [streamJson(id, extra)] }).fundingStreams,
    id,
  );
}

/** The item at `index`, failing the test when it is missing. */
export function at<T>(items: readonly T[], index: number): T {
  const item = items[index];
  if (item === undefined) throw new Error(`nothing at index ${index}`);
  return item;
}
