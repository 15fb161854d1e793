import { localeOf, type Lang } from '../src/i18n/lang';
import { describeIssue } from '../src/model/issues';
import { parseWorkspace } from '../src/model/parse';
import { WORKSPACE_FORMAT, WORKSPACE_VERSION, type Workspace } from '../src/model/workspace';

/** An empty workspace starting this year, in the UI's language; built through the schema so defaults match imports. */
export function emptyWorkspace(lang: Lang, startYear = new Date().getFullYear()): Workspace {
  const parsed = parseWorkspace(
    {
      format: WORKSPACE_FORMAT,
      version: WORKSPACE_VERSION,
      settings: { startYear, locale: localeOf(lang) },
    },
    lang,
  );
  if (!parsed.ok) throw new Error(parsed.issues.map(describeIssue).join('; '));
  return parsed.value;
}
