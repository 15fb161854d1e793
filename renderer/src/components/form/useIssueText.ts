import { useTranslation } from 'react-i18next';
import { sentence } from '../../domain/format';
import { modelMessage, type FormIssue } from '../../domain/issues';
import { useLang } from '../../i18n/useLang';

/** Words an issue in the current language (model messages come from `src/model`). */
export function useIssueText(): (issue: FormIssue) => string {
  const { t } = useTranslation();
  const { lang } = useLang();
  return (issue) => {
    switch (issue.source) {
      case 'model':
        return sentence(modelMessage(issue, lang));
      case 'ui':
        return t(`issues.${issue.key}`, issue.params);
      case 'text':
        return issue.text;
      default: {
        const never: never = issue;
        return never;
      }
    }
  };
}
