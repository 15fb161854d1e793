import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseWorkspace, type Workspace } from '../../src/model';
import { richWorkspaceJson } from '../storage/rich-workspace';

/** Key order differs between a workspace built in memory and one read back, so keys are sorted. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return Object.fromEntries(entries.map(([key, item]) => [key, canonical(item)]));
  }
  return value;
}

/** A short fingerprint of a whole workspace: equal content, equal hash. */
export function stateHash(workspace: Workspace): string {
  return createHash('sha256')
    .update(JSON.stringify(canonical(workspace)))
    .digest('hex')
    .slice(0, 16);
}

function parsedOrThrow(json: unknown): Workspace {
  const result = parseWorkspace(json);
  if (!result.ok) throw new Error(result.issues.map((issue) => issue.pathText).join(', '));
  return result.value;
}

/** The rich test workspace with a tag in its municipality, so each import is recognisable. */
export function richVariant(tag: string): Workspace {
  const json = richWorkspaceJson();
  return parsedOrThrow({ ...json, settings: { ...json.settings, municipality: `Import ${tag}` } });
}

export const FIXTURE_DIR = join(import.meta.dirname, '..', 'fixtures', 'storage');

/** What the schema-10 fixture holds, in model form (before and after its migration). */
export function v10Workspace(): Workspace {
  return parsedOrThrow(JSON.parse(readFileSync(join(FIXTURE_DIR, 'v10.json'), 'utf8')));
}
