import { useTranslation } from 'react-i18next';
import { Icon } from '../../components/Icon';

/** "Make a copy" and "Delete" beside the plan builder's heading. */
export function PlanHeadingActions({ onCopy, onDelete }: { onCopy: () => void; onDelete: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="plan-heading-actions">
      <button type="button" className="button" onClick={onCopy} data-testid="builder-copy-plan">
        <Icon name="copy" />
        {t('planActions.copy')}
      </button>
      <button
        type="button"
        className="button button--quiet-danger"
        onClick={onDelete}
        data-testid="builder-delete-plan"
      >
        <Icon name="trash" />
        {t('common.delete')}
      </button>
    </div>
  );
}
