import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../../src/contract/result';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import type { Edit } from '../../domain/commands';
import { useWorkspace } from '../../state/workspaceContext';
import type { CollectionSection } from './entityScreen';

interface DeleteConfirmationProps {
  /** Where the dialog's texts are in the catalogue (`<section>.deleteTitle`, `.deleteConfirm`, `.deleted`). */
  section: CollectionSection;
  /** The row's name as the user knows it, in the question and in the notice afterwards. */
  name: string;
  /** The delete to perform once confirmed; an undoable step like any other edit. */
  edit: Edit;
  /** The words for the host's refusal; by default its message. */
  describeError?: (error: ApiError) => string;
  onClose: () => void;
}

/** Asks before a row is deleted, deletes it, and says so; a refusal stays in the dialog. */
export function DeleteConfirmation({
  section,
  name,
  edit,
  describeError = (error) => error.message,
  onClose,
}: DeleteConfirmationProps) {
  const { t } = useTranslation();
  const { perform, announce } = useWorkspace();

  const remove = async (): Promise<string | null> => {
    const result = await perform(edit);
    if (!result.ok) return describeError(result.error);
    announce('success', t(`${section}.deleted`, { name }));
    return null;
  };

  return (
    <ConfirmDialog
      title={t(`${section}.deleteTitle`)}
      message={t(`${section}.deleteConfirm`, { name })}
      confirmLabel={t('common.delete')}
      danger
      onConfirm={remove}
      onClose={onClose}
      testId="delete-dialog"
    />
  );
}
