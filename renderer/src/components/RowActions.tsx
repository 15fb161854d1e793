import { useTranslation } from 'react-i18next';
import { Icon } from './Icon';

interface RowActionsProps {
  /** The row's name, so each button says which row it acts on (the icons alone say nothing). */
  name: string;
  onEdit: () => void;
  onDelete: () => void;
}

/** The edit and delete buttons that end a list row; edit comes first. */
export function RowActions({ name, onEdit, onDelete }: RowActionsProps) {
  const { t } = useTranslation();
  return (
    <td className="actions">
      <button
        type="button"
        className="button button--small button--square"
        onClick={onEdit}
        aria-label={t('common.editNamed', { name })}
        title={t('common.edit')}
      >
        <Icon name="edit" />
      </button>
      <button
        type="button"
        className="button button--small button--square button--quiet-danger"
        onClick={onDelete}
        aria-label={t('common.deleteNamed', { name })}
        title={t('common.delete')}
      >
        <Icon name="trash" />
      </button>
    </td>
  );
}
