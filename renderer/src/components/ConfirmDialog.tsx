import { useId, useState } from 'react';
import { ConfirmFooter } from './ConfirmFooter';
import { ErrorAlert } from './ErrorAlert';
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
        <ErrorAlert message={error} testId="confirm-error" />
      </div>
      <ConfirmFooter
        confirmLabel={confirmLabel}
        danger={danger}
        busy={busy}
        onConfirm={() => void confirm()}
        onCancel={onClose}
        failed={error !== null}
      />
    </Modal>
  );
}
