import { useTranslation } from 'react-i18next';
import type { OperationName } from '../../../src/contract/operations';
import { useCan } from '../session/sessionContext';
import { Icon, type IconName } from './Icon';

/** The first button of a row, where a list acts on its rows in another way than editing. */
export interface RowAction {
  icon: IconName;
  /** What the button does to this row, for screen readers ("Kopie maken van …"). */
  label: string;
  /** The short tooltip. */
  title: string;
  testId?: string;
  onClick: () => void;
}

interface RowActionsProps {
  /** The row's name, so each button says which row it acts on (the icons alone say nothing). */
  name: string;
  onDelete: () => void;
  /** Edit, unless the list gives another first action (plans open from their name and offer a copy). */
  onEdit?: () => void;
  first?: RowAction;
  deleteTestId?: string;
  /**
   * The operations the first action and delete call: a button whose operation the
   * signed-in role may not call is not shown (the server refuses it anyway).
   */
  operations?: { first: OperationName; delete: OperationName };
  /**
   * For a role that may not edit: the edit button opens the editor to read (its fields
   * disabled, no Save) as "Bekijken", rather than going away. Lists whose editor shows
   * more than the row does use it.
   */
  viewWhenReadOnly?: boolean;
}

/** The first action (edit by default) and delete, ending a list row. */
export function RowActions(props: RowActionsProps) {
  const { name, onEdit, onDelete, first, deleteTestId, operations, viewWhenReadOnly = false } = props;
  const { t } = useTranslation();
  const can = useCan();
  const mayEdit = operations === undefined || can(operations.first);
  const viewing = !mayEdit && viewWhenReadOnly && first === undefined;
  const showFirst = mayEdit || viewing;
  const showDelete = operations === undefined || can(operations.delete);
  const action: RowAction = first ?? {
    icon: viewing ? 'eye' : 'edit',
    label: viewing ? t('common.viewNamed', { name }) : t('common.editNamed', { name }),
    title: viewing ? t('common.view') : t('common.edit'),
    onClick: onEdit ?? (() => undefined),
  };
  return (
    <td className="actions">
      {showFirst && (
        <button
          type="button"
          className="button button--small button--square"
          onClick={action.onClick}
          aria-label={action.label}
          title={action.title}
          data-testid={action.testId}
        >
          <Icon name={action.icon} />
        </button>
      )}
      {showDelete && (
        <button
          type="button"
          className="button button--small button--square button--quiet-danger"
          onClick={onDelete}
          aria-label={t('common.deleteNamed', { name })}
          title={t('common.delete')}
          data-testid={deleteTestId}
        >
          <Icon name="trash" />
        </button>
      )}
    </td>
  );
}
