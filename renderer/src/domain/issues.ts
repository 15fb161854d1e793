import { formatPath, type IssuePath, type ValidationIssue } from '../../../src/model/issues';
import { formatMessage, type Lang, type MessageKey } from '../../../src/model/messages';
import type { NumberEntry } from './numbers';

/** Problems only the form can see (the schema never receives the raw rows). */
export const UI_ISSUE_KEYS = [
  'duplicateYear',
  'scheduleEmpty',
  'budgetChoiceRequired',
  'eligibilityChoiceRequired',
] as const;
export type UiIssueKey = (typeof UI_ISSUE_KEYS)[number];

/**
 * A problem with a form, kept as key and params rather than text so it reads in
 * whichever language is chosen when it is shown, not when it was found.
 */
export type FormIssue =
  | { source: 'model'; path: IssuePath; key: MessageKey; params: Record<string, unknown> }
  | { source: 'ui'; path: IssuePath; key: UiIssueKey; params: Record<string, string | number> }
  /** A refusal the host worded itself (e.g. "already exists"), shown as sent. */
  | { source: 'text'; path: IssuePath; text: string };

export function fromValidationIssue(issue: ValidationIssue): FormIssue {
  return { source: 'model', path: issue.path, key: issue.key, params: issue.params };
}

export function modelIssue(
  path: IssuePath,
  key: MessageKey,
  params: Record<string, unknown> = {},
): FormIssue {
  return { source: 'model', path, key, params };
}

/** Issues the server found, relative to the form (the input wraps the entity, e.g. `cooperative.name`). */
export function fromServerIssues(issues: readonly ValidationIssue[], stripFirst: string): FormIssue[] {
  return issues.map((issue) => {
    const path = issue.path[0] === stripFirst ? issue.path.slice(1) : issue.path;
    return { source: 'model', path, key: issue.key, params: issue.params };
  });
}

/** The text of a model issue in the given language. */
export function modelMessage(issue: Extract<FormIssue, { source: 'model' }>, lang: Lang): string {
  return formatMessage(lang, issue.key, issue.params);
}

export type FormCheck<T> = { ok: true; value: T } | { ok: false; issues: FormIssue[] };

/** An amount entry with more than two decimals is refused here: "1,500" must not quietly become 1.5. */
export function amountIssues(entry: NumberEntry, path: IssuePath): FormIssue[] {
  return entry.kind === 'number' && entry.decimals > 2 ? [modelIssue(path, 'tooManyDecimals')] : [];
}

/**
 * Local findings are more specific than the schema's ("is required" beats "must be
 * one of ..." for an unchosen list), so a schema issue at the same place is dropped.
 */
export function preferLocal(local: readonly FormIssue[], schema: readonly FormIssue[]): FormIssue[] {
  const places = new Set(local.map((issue) => formatPath(issue.path)));
  return [...local, ...schema.filter((issue) => !places.has(formatPath(issue.path)))];
}

/** Drops repeats (same place, same problem), keeping the first. */
export function dedupeIssues(issues: readonly FormIssue[]): FormIssue[] {
  const seen = new Set<string>();
  return issues.filter((issue) => {
    const what = issue.source === 'text' ? issue.text : issue.key;
    const id = `${formatPath(issue.path)}|${issue.source}|${what}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}

/**
 * The form field an issue belongs to: the longest prefix of its path that names a
 * field ("priorStateAid[0].amount"), or '' for the form as a whole.
 */
export function fieldForPath(path: IssuePath, fields: ReadonlySet<string>): string {
  for (let length = path.length; length > 0; length--) {
    const key = formatPath(path.slice(0, length));
    if (fields.has(key)) return key;
  }
  return '';
}

/** Groups issues by field, in the order they were found. */
export function issuesByField<T extends { path: IssuePath }>(
  issues: readonly T[],
  fields: ReadonlySet<string>,
): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const issue of issues) {
    const field = fieldForPath(issue.path, fields);
    const list = out.get(field);
    if (list === undefined) out.set(field, [issue]);
    else list.push(issue);
  }
  return out;
}
