import { useState, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { NewButton } from '../../components/NewButton';
import { PageHeading } from '../../components/PageHeading';
import type { CollectionEdits, NamedEntity } from '../../domain/commands';
import { useWorkspace } from '../../state/workspaceContext';
import type { EditorProps, ListSection, TableProps } from './entityScreen';

interface ListScreenProps<E extends NamedEntity> {
  /** Where the screen's texts are in the catalogue (`cooperatives.title`, `cooperatives.deleted`, …). */
  section: ListSection;
  newTestId: string;
  rows: readonly E[];
  edits: CollectionEdits<E>;
  Table: ComponentType<TableProps<E>>;
  Editor: ComponentType<EditorProps<E>>;
  /** Asks before a delete that needs more than a yes (a cooperative's plans); absent: a plain confirmation. */
  DeleteDialog?: ComponentType<{ row: E; onClose: () => void }>;
}

/**
 * A collection's screen: its heading with a "new" button, its table, and the editor
 * and delete confirmation the table's rows open. Only the table and the editor know
 * what a row holds; adding, editing and deleting work alike for every collection.
 */
export function ListScreen<E extends NamedEntity>({
  section,
  newTestId,
  rows,
  edits,
  Table,
  Editor,
  DeleteDialog,
}: ListScreenProps<E>) {
  const { t } = useTranslation();
  const { perform, announce } = useWorkspace();
  const [editing, setEditing] = useState<{ original: E | null } | null>(null);
  const [deleting, setDeleting] = useState<E | null>(null);

  const remove = async (row: E): Promise<string | null> => {
    const result = await perform(edits.remove(row.id));
    if (!result.ok) return result.error.message;
    announce('success', t(`${section}.deleted`, { name: row.name }));
    return null;
  };

  return (
    <>
      <PageHeading
        title={t(`${section}.title`)}
        intro={t(`${section}.intro`)}
        actions={
          <NewButton
            label={t(`${section}.new`)}
            testId={newTestId}
            onClick={() => setEditing({ original: null })}
          />
        }
      />
      <Table rows={rows} onEdit={(original) => setEditing({ original })} onDelete={setDeleting} />
      {editing !== null && (
        <Editor
          original={editing.original}
          takenIds={new Set(rows.map((row) => row.id))}
          onClose={() => setEditing(null)}
        />
      )}
      {deleting !== null && DeleteDialog !== undefined && (
        <DeleteDialog row={deleting} onClose={() => setDeleting(null)} />
      )}
      {deleting !== null && DeleteDialog === undefined && (
        <ConfirmDialog
          title={t(`${section}.deleteTitle`)}
          message={t(`${section}.deleteConfirm`, { name: deleting.name })}
          confirmLabel={t('common.delete')}
          danger
          onConfirm={() => remove(deleting)}
          onClose={() => setDeleting(null)}
          testId="delete-dialog"
        />
      )}
    </>
  );
}
