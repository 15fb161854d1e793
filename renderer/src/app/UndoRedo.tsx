import { useTranslation } from 'react-i18next';
import { Icon } from '../components/Icon';
import { useWorkspace } from '../state/workspaceContext';

interface HistoryButtonProps {
  which: 'undo' | 'redo';
  /** What the step would undo or redo, in words; null when there is nothing to take. */
  action: string | null;
  busy: boolean;
  run: () => Promise<void>;
}

/** Undo or redo; the name says which step, the title adds the keyboard shortcut. */
function HistoryButton({ which, action, busy, run }: HistoryButtonProps) {
  const { t } = useTranslation();
  const name = action === null ? t(`header.${which}`) : t(`header.${which}Named`, { action });
  return (
    <button
      type="button"
      className="button button--header"
      onClick={() => void run()}
      disabled={action === null || busy}
      aria-label={name}
      title={`${name} (${t(`header.${which}Shortcut`)})`}
      data-testid={which}
    >
      <Icon name={which} />
      <span className="button__text">{t(`header.${which}`)}</span>
    </button>
  );
}

/** Header buttons; their names say what would be undone or redone. */
export function UndoRedo() {
  const { t } = useTranslation();
  const { history, undo, redo } = useWorkspace();
  const action = (label: typeof history.undoLabel) =>
    label === null ? null : t(`history.${label.op}`, { name: label.name });
  return (
    <div className="undo-redo" role="group" aria-label={t('header.history')}>
      <HistoryButton which="undo" action={action(history.undoLabel)} busy={history.busy} run={undo} />
      <HistoryButton which="redo" action={action(history.redoLabel)} busy={history.busy} run={redo} />
    </div>
  );
}
