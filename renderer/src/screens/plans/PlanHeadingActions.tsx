import { useTranslation } from 'react-i18next';
import { Icon } from '../../components/Icon';

/** "Make a copy" and "Delete" beside the plan builder's heading; each only with its handler (the role may). */
export function PlanHeadingActions({
  onCopy,
  onDelete,
}: {
  onCopy: (() => void) | undefined;
  onDelete: (() => void) | undefined;
}) {
  const { t } = useTranslation();
  return (
    <div className="plan-heading-actions">
      {onCopy !== undefined && (
        <button type="button" className="button" onClick={onCopy} data-testid="builder-copy-plan">
          <Icon name="copy" />
          {t('planActions.copy')}
        </button>
      )}
      {onDelete !== undefined && (
        <button
          type="button"
          className="button button--quiet-danger"
          onClick={onDelete}
          data-testid="builder-delete-plan"
        >
          <Icon name="trash" />
          {t('common.delete')}
        </button>
      )}
    </div>
  );
}
