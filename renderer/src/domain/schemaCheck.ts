import { z } from 'zod';
import type { IssuePath } from '../../../src/model/issues';
import type { Lang } from '../../../src/model/messages';
import { parseWith } from '../../../src/model/parse';
import { dedupeIssues, fromValidationIssue, preferLocal, type FormCheck, type FormIssue } from './issues';

/**
 * The last step of every editor check, so all editors judge a draft alike: the model's
 * schema has the final word on the candidate, the form's own findings win where both
 * speak of one place, and a valid value goes back to the JSON form (euros) the contract
 * expects, normalised the way the server will store it.
 */
export function checkCandidate<S extends z.ZodType>(
  schema: S,
  candidate: Record<string, unknown>,
  local: readonly FormIssue[],
  lang: Lang,
  /** Points an issue at the input that shows its value, when the form lays it out differently. */
  placeIssue?: (path: IssuePath) => IssuePath,
): FormCheck<z.input<S>> {
  const parsed = parseWith(schema, candidate, lang);
  const merged = preferLocal(local, parsed.ok ? [] : parsed.issues.map(fromValidationIssue));
  const issues = dedupeIssues(
    placeIssue === undefined ? merged : merged.map((issue) => ({ ...issue, path: placeIssue(issue.path) })),
  );
  if (!parsed.ok || issues.length > 0) return { ok: false, issues };
  return { ok: true, value: z.encode(schema, parsed.value) };
}
