import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Modal } from './Modal';

interface ConfirmDialogProps {
  title: string;
  message: string;
  confirmLabel: string;
  danger?: boolean;
  /** Resolves to an error message to show, or null when done (the dialog then closes). */
  onConfirm: () => Promise<string | null>;
  onClose: () => void;
  testId?: string | undefined;
}

/** Asks before something that cannot be taken back casually; starts on Cancel so Enter is harmless. */
export function ConfirmDialog({
  title,
  message,
  confirmLabel,
  danger = false,
  onConfirm,
  onClose,
  testId,
}: ConfirmDialogProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const confirm = async () => {
    setBusy(true);
    setError(null);
    const problem = await onConfirm();
    setBusy(false);
    if (problem === null) onClose();
    else setError(problem);
  };

  return (
    <Modal titleId={titleId} title={title} onClose={onClose} testId={testId}>
      <div className="modal__body">
        <p dir="auto">{message}</p>
        {error !== null && (
          <p className="alert alert--error" role="alert" data-testid="confirm-error" dir="auto">
            {error}
          </p>
        )}
      </div>
      <div className="modal__footer">
        <button type="button" className="button" onClick={onClose} data-autofocus>
          {error === null ? t('common.cancel') : t('common.close')}
        </button>
        {error === null && (
          <button
            type="button"
            className={danger ? 'button button--danger' : 'button button--primary'}
            onClick={() => void confirm()}
            disabled={busy}
            data-testid="confirm-button"
          >
            {confirmLabel}
          </button>
        )}
      </div>
    </Modal>
  );
}
