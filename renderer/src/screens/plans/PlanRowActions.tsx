import { useTranslation } from 'react-i18next';
import { Icon } from '../../components/Icon';

interface PlanRowActionsProps {
  /** The plan's name, so each button says which plan it acts on. */
  name: string;
  onCopy: () => void;
  onDelete: () => void;
}

/** Copy and delete at the end of a plan's row; the plan itself opens from its name. */
export function PlanRowActions({ name, onCopy, onDelete }: PlanRowActionsProps) {
  const { t } = useTranslation();
  return (
    <td className="actions">
      <button
        type="button"
        className="button button--small button--square"
        onClick={onCopy}
        aria-label={t('planActions.copyNamed', { name })}
        title={t('planActions.copy')}
        data-testid="copy-plan"
      >
        <Icon name="copy" />
      </button>
      <button
        type="button"
        className="button button--small button--square button--quiet-danger"
        onClick={onDelete}
        aria-label={t('common.deleteNamed', { name })}
        title={t('common.delete')}
        data-testid="delete-plan"
      >
        <Icon name="trash" />
      </button>
    </td>
  );
}
