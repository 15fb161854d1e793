import { useTranslation } from 'react-i18next';
import { Icon } from '../components/Icon';
import { useWorkspace } from '../state/workspaceContext';

/** Header buttons; their names say what would be undone or redone. */
export function UndoRedo() {
  const { t } = useTranslation();
  const { history, undo, redo } = useWorkspace();
  const action = (label: typeof history.undoLabel) =>
    label === null ? null : t(`history.${label.op}`, { name: label.name });
  const undoAction = action(history.undoLabel);
  const redoAction = action(history.redoLabel);
  const undoName = undoAction === null ? t('header.undo') : t('header.undoNamed', { action: undoAction });
  const redoName = redoAction === null ? t('header.redo') : t('header.redoNamed', { action: redoAction });
  return (
    <div className="undo-redo" role="group" aria-label={t('header.history')}>
      <button
        type="button"
        className="button button--header"
        onClick={() => void undo()}
        disabled={undoAction === null || history.busy}
        aria-label={undoName}
        title={`${undoName} (${t('header.undoShortcut')})`}
        data-testid="undo"
      >
        <Icon name="undo" />
        <span className="button__text">{t('header.undo')}</span>
      </button>
      <button
        type="button"
        className="button button--header"
        onClick={() => void redo()}
        disabled={redoAction === null || history.busy}
        aria-label={redoName}
        title={`${redoName} (${t('header.redoShortcut')})`}
        data-testid="redo"
      >
        <Icon name="redo" />
        <span className="button__text">{t('header.redo')}</span>
      </button>
    </div>
  );
}
