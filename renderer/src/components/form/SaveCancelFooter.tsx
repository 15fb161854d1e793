import { useTranslation } from 'react-i18next';
import type { OperationName } from '../../../../src/contract/operations';
import { useCan } from '../../session/sessionContext';

interface SaveCancelFooterProps {
  onCancel: () => void;
  /** While a save is under way the button stays disabled, so a second press cannot save twice. */
  saving: boolean;
  /** The save button's test id (each dialog names its own). */
  saveTestId: string;
  /** The operation the dialog saves with: a role that may not call it only gets Cancel. */
  operation: OperationName;
}

/** A form dialog's footer: Cancel closes it, Save submits the form it sits in. */
export function SaveCancelFooter({ onCancel, saving, saveTestId, operation }: SaveCancelFooterProps) {
  const { t } = useTranslation();
  const can = useCan();
  return (
    <div className="modal__footer">
      <button type="button" className="button" onClick={onCancel}>
        {t('common.cancel')}
      </button>
      {can(operation) && (
        <button type="submit" className="button button--primary" disabled={saving} data-testid={saveTestId}>
          {t('common.save')}
        </button>
      )}
    </div>
  );
}
