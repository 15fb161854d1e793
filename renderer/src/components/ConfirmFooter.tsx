import { useTranslation } from 'react-i18next';

interface ConfirmFooterProps {
  confirmLabel: string;
  danger: boolean;
  /** While the action runs its button stays disabled, so a second press cannot run it twice. */
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
  /** After a failure only Close is left: trying the same again would fail the same way. */
  failed?: boolean;
}

/** A confirmation's buttons: Cancel first and focused, so Enter is harmless, then the action. */
export function ConfirmFooter({
  confirmLabel,
  danger,
  busy,
  onConfirm,
  onCancel,
  failed = false,
}: ConfirmFooterProps) {
  const { t } = useTranslation();
  return (
    <div className="modal__footer">
      <button type="button" className="button" onClick={onCancel} data-autofocus>
        {failed ? t('common.close') : t('common.cancel')}
      </button>
      {!failed && (
        <button
          type="button"
          className={danger ? 'button button--danger' : 'button button--primary'}
          onClick={onConfirm}
          disabled={busy}
          data-testid="confirm-button"
        >
          {confirmLabel}
        </button>
      )}
    </div>
  );
}
