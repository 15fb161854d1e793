import type { Lang } from '../i18n';
import { isMessageKey } from '../model/messages';
import type { ValidationIssue } from '../model/issues';
import { MAX_LISTED_PROBLEMS } from './limits';
import { importMessage, problemLocation } from './messages';
import type { ImportProblem } from './types';

/**
 * Import problems in the contract's issue shape, for a refused apply. The path is
 * `rows[<row>].<column>` (or `file`), its text says the same in words, and the import's
 * own message key travels in `params.importKey` (an issue's `key` is a format message
 * key, `invalid` where the import has its own words).
 */
export function problemsAsIssues(problems: readonly ImportProblem[], lang: Lang): ValidationIssue[] {
  const issues = problems.slice(0, MAX_LISTED_PROBLEMS).map((problem): ValidationIssue => {
    const path =
      problem.row === null
        ? ['file']
        : ['rows', problem.row, ...(problem.column === null ? [] : [problem.column])];
    return {
      path,
      pathText: problemLocation(lang, problem.row, problem.column),
      key: isMessageKey(problem.key) ? problem.key : 'invalid',
      params: {
        ...problem.params,
        row: problem.row,
        column: problem.column,
        field: problem.field,
        importKey: problem.key,
      },
      message: problem.message,
    };
  });
  const more = problems.length - issues.length;
  if (more > 0) {
    issues.push({
      path: [],
      pathText: '',
      key: 'invalid',
      params: { importKey: 'moreProblems', count: more },
      message: importMessage(lang, 'moreProblems', { count: more }),
    });
  }
  return issues;
}
