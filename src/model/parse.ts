import { z } from 'zod';
import type { Lang } from '../i18n';
import { issuesFromZod, makeIssue, type ValidationIssue } from './issues';
import { issueInVersion1, upgradeWorkspaceJson } from './upgrade';
import { workspaceSchema, type Workspace, type WorkspaceJson } from './workspace';

export type ParseResult<T> = { ok: true; value: T } | { ok: false; issues: ValidationIssue[] };

/** 50 MB: far above any real workspace, small enough to parse safely on a laptop. */
export const MAX_WORKSPACE_BYTES = 50 * 1024 * 1024;
export const MAX_NESTING_DEPTH = 32;
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Parses a value with a schema and turns failures into located plain-language issues. */
export function parseWith<S extends z.ZodType>(
  schema: S,
  input: unknown,
  lang: Lang,
): ParseResult<z.output<S>> {
  const result = schema.safeParse(input, { reportInput: true });
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, issues: issuesFromZod(result.error, lang) };
}

/** Finds prototype-pollution keys and excessive nesting before the schema sees the value. */
export function checkJsonShape(value: unknown, lang: Lang): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const walk = (node: unknown, path: (string | number)[], depth: number): void => {
    if (issues.length >= 100) return;
    if (depth > MAX_NESTING_DEPTH) {
      issues.push(makeIssue(lang, path, 'tooDeep'));
      return;
    }
    if (Array.isArray(node)) {
      node.forEach((child, i) => walk(child, [...path, i], depth + 1));
    } else if (node !== null && typeof node === 'object') {
      for (const key of Object.keys(node)) {
        if (FORBIDDEN_KEYS.has(key)) {
          issues.push(makeIssue(lang, [...path, key], 'forbiddenKey', { key }));
          continue;
        }
        walk((node as Record<string, unknown>)[key], [...path, key], depth + 1);
      }
    }
  };
  walk(value, [], 0);
  return issues;
}

/**
 * Parses workspace JSON of any format version this build reads: an older one is upgraded
 * first (upgrade.ts), and its problems are reported in the words of its own version.
 */
export function parseWorkspace(input: unknown, lang: Lang = 'en'): ParseResult<Workspace> {
  const shapeIssues = checkJsonShape(input, lang);
  if (shapeIssues.length > 0) return { ok: false, issues: shapeIssues };
  const upgraded = upgradeWorkspaceJson(input, lang);
  if (!upgraded.ok) return upgraded;
  const parsed = parseWith(workspaceSchema, upgraded.value, lang);
  if (parsed.ok || upgraded.from !== 1) return parsed;
  return { ok: false, issues: parsed.issues.map((issue) => issueInVersion1(issue, lang)) };
}

/** Parses workspace JSON text: size cap, JSON syntax, shape, schema and cross references. */
export function parseWorkspaceText(text: string, lang: Lang = 'en'): ParseResult<Workspace> {
  if (text.length > MAX_WORKSPACE_BYTES) {
    return { ok: false, issues: [makeIssue(lang, [], 'fileTooLarge', { max: '50 MB' })] };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, issues: [makeIssue(lang, [], 'invalidJson', { detail })] };
  }
  return parseWorkspace(json, lang);
}

/** The model back to its JSON form (cents to euros), keys in the format's order. */
export function encodeWorkspace(workspace: Workspace): WorkspaceJson {
  return z.encode(workspaceSchema, workspace);
}

/** Canonical JSON text of a workspace: two-space indent, trailing newline. */
export function workspaceToText(workspace: Workspace): string {
  return `${JSON.stringify(encodeWorkspace(workspace), null, 2)}\n`;
}
