import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon } from '../components/Icon';
import { useWorkspace } from '../state/workspaceContext';

const VISIBLE_MS = 6000;

/**
 * Confirmations ("saved", "undone") in live regions that are always in the page,
 * so screen readers announce each new one; the visible toast fades after a while.
 */
export function Notices() {
  const { t } = useTranslation();
  const { notice } = useWorkspace();
  const [hiddenId, setHiddenId] = useState<number | null>(null);

  useEffect(() => {
    if (notice === null || notice.kind === 'error') return undefined;
    const timer = window.setTimeout(() => setHiddenId(notice.id), VISIBLE_MS);
    return () => window.clearTimeout(timer);
  }, [notice]);

  const visible = notice !== null && notice.id !== hiddenId ? notice : null;
  const toast = (kind: 'success' | 'error') =>
    visible?.kind === kind ? (
      <div className={`toast toast--${kind}`} data-testid={`notice-${kind}`}>
        <span dir="auto">{visible.text}</span>
        <button
          type="button"
          className="button button--icon button--small"
          onClick={() => setHiddenId(visible.id)}
          aria-label={t('common.dismiss')}
        >
          <Icon name="close" />
        </button>
      </div>
    ) : null;

  return (
    <div className="toasts">
      <div role="status">{toast('success')}</div>
      <div role="alert">{toast('error')}</div>
    </div>
  );
}
