import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { initialFocusTarget, restoreFocus } from './focus';
import { Icon } from './Icon';

interface ModalProps {
  titleId: string;
  title: string;
  onClose: () => void;
  children: ReactNode;
  size?: 'small' | 'large';
  testId?: string | undefined;
}

/**
 * A modal `<dialog>`: the browser keeps focus inside and makes the page behind it
 * inert. Mounted while open; on close focus returns to the control that opened it.
 */
export function Modal({ titleId, title, onClose, children, size = 'small', testId }: ModalProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (dialog === null) return undefined;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!dialog.open) dialog.showModal();
    initialFocusTarget(dialog)?.focus();
    return () => {
      if (dialog.open) dialog.close();
      restoreFocus(opener);
    };
  }, []);

  return (
    <dialog
      ref={ref}
      className={`modal modal--${size}`}
      aria-labelledby={titleId}
      data-testid={testId}
      onCancel={(event) => {
        // Escape: let React state close it, so the dialog and the state never disagree.
        event.preventDefault();
        onClose();
      }}
    >
      <div className="modal__header">
        <h2 id={titleId} className="modal__title" dir="auto">
          {title}
        </h2>
        <button
          type="button"
          className="button button--icon"
          onClick={onClose}
          aria-label={t('common.close')}
        >
          <Icon name="close" />
        </button>
      </div>
      <div className="modal__content">{children}</div>
    </dialog>
  );
}
