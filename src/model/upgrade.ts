import { formatPath, makeIssue, type IssuePath, type ValidationIssue } from './issues';
import type { Lang } from '../i18n';
import { WORKSPACE_VERSION } from './workspace';

/**
 * Workspace JSON of an older format version brought to the current one before the
 * schema sees it. Version 1 stored an impact line's effect as `annual`, in the
 * indicator's own unit (for a share indicator: 190 households / 480,000 = 0.0004);
 * version 2 stores the line's absolute `output`, which the projection divides by the
 * indicator's denominator. A version-1 indicator has no denominator, so the projection
 * divides by 1 and `output = annual` keeps every projected value exactly as it was.
 * (A city then gives the indicator its total in the app, which converts the lines'
 * outputs to absolute units without changing the projection: impact/denominator.ts.)
 */

export type UpgradeResult =
  | {
      ok: true;
      value: unknown;
      /** The version the file was written in (undefined when it named none the upgrade knows). */
      from: number | undefined;
    }
  | { ok: false; issues: ValidationIssue[] };

type JsonObject = Record<string, unknown>;

function isObject(value: unknown): value is JsonObject {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** A copy of `object` with `from` renamed to `to` in the same place, so the key order stays. */
function renameKey(object: JsonObject, from: string, to: string): JsonObject {
  return Object.fromEntries(Object.entries(object).map(([key, value]) => [key === from ? to : key, value]));
}

/** A version-1 impact line as version 2: `annual` becomes `output`; anything else is left for the schema. */
function upgradeImpactLineV1(line: unknown): unknown {
  if (!isObject(line) || !('annual' in line) || 'output' in line) return line;
  return renameKey(line, 'annual', 'output');
}

function upgradePlanV1(plan: unknown): unknown {
  if (!isObject(plan) || !Array.isArray(plan['impacts'])) return plan;
  return { ...plan, impacts: plan['impacts'].map(upgradeImpactLineV1) };
}

/** Version 1 to 2. Indicators need nothing: their new fields are optional or have defaults. */
function upgradeV1(json: JsonObject): JsonObject {
  const plans = Array.isArray(json['plans']) ? { plans: json['plans'].map(upgradePlanV1) } : {};
  return { ...json, version: 2, ...plans };
}

/**
 * Upgrades `input` to the current format version, or refuses a version this build does
 * not know (a newer file is never read half-understood). Input without a numeric
 * version is passed on unchanged for the schema to report. Never changes `input`.
 */
export function upgradeWorkspaceJson(input: unknown, lang: Lang): UpgradeResult {
  if (!isObject(input) || typeof input['version'] !== 'number') {
    return { ok: true, value: input, from: undefined };
  }
  const found = input['version'];
  const params = { found, supported: WORKSPACE_VERSION };
  if (found > WORKSPACE_VERSION) {
    return { ok: false, issues: [makeIssue(lang, ['version'], 'newerFormat', params)] };
  }
  if (!Number.isInteger(found) || found < 1) {
    return { ok: false, issues: [makeIssue(lang, ['version'], 'unknownFormatVersion', params)] };
  }
  // Version 2 to 3 only adds optional fields: the version number is all that changes.
  const atVersion2 = found === 1 ? upgradeV1(input) : input;
  return {
    ok: true,
    value: found < WORKSPACE_VERSION ? { ...atVersion2, version: WORKSPACE_VERSION } : input,
    from: found,
  };
}

/**
 * An issue found in an upgraded version-1 file, pointed at what the file itself says:
 * a line's `output` was its `annual`.
 */
export function issueInVersion1(issue: ValidationIssue, lang: Lang): ValidationIssue {
  const path = issue.path;
  const at = path.findIndex((part, i) => part === 'output' && path[i - 2] === 'impacts');
  if (at < 0 || path[0] !== 'plans') return issue;
  const renamed: IssuePath = path.map((part, i) => (i === at ? 'annual' : part));
  const moved = makeIssue(lang, renamed, issue.key, issue.params);
  return { ...moved, message: issue.message, pathText: formatPath(renamed) };
}
