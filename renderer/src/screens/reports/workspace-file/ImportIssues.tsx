import { useTranslation } from 'react-i18next';
import { formatMessage } from '../../../../../src/model/messages';
import type { ValidationIssue } from '../../../../../src/model/issues';
import { sentence } from '../../../domain/format';
import { useLang } from '../../../i18n/useLang';

/** Every reason an import was refused, each with its JSON path, so the file can be fixed. */
export function ImportIssues({ message, issues }: { message: string; issues: readonly ValidationIssue[] }) {
  const { t } = useTranslation();
  const { lang } = useLang();
  return (
    <div className="alert alert--error" role="alert" data-testid="import-issues">
      <p className="form-summary__title">
        {issues.length === 0 ? t('reports.refusedPlain') : t('reports.refused', { count: issues.length })}
      </p>
      {issues.length === 0 ? (
        <p dir="auto">{message}</p>
      ) : (
        <ul className="issue-list">
          {issues.map((issue, i) => (
            <li key={`${issue.pathText}-${i}`}>
              {issue.pathText !== '' && <code className="issue-list__path">{issue.pathText}</code>}{' '}
              <span dir="auto">{sentence(formatMessage(lang, issue.key, issue.params))}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
