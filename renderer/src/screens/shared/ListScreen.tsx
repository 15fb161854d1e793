import { useState, type ComponentType } from 'react';
import type { CollectionEdits, NamedEntity } from '../../domain/commands';
import { DeleteConfirmation } from './DeleteConfirmation';
import type { EditorProps, ListSection, TableProps } from './entityScreen';
import { ListHeading } from './ListHeading';

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
  const [editing, setEditing] = useState<{ original: E | null } | null>(null);
  const [deleting, setDeleting] = useState<E | null>(null);

  return (
    <>
      <ListHeading section={section} newTestId={newTestId} onNew={() => setEditing({ original: null })} />
      <Table rows={rows} onEdit={(original) => setEditing({ original })} onDelete={setDeleting} />
      {editing !== null && (
        <Editor
          original={editing.original}
          latest={editing.original === null ? undefined : rows.find((row) => row.id === editing.original?.id)}
          takenIds={new Set(rows.map((row) => row.id))}
          onClose={() => setEditing(null)}
        />
      )}
      {deleting !== null && DeleteDialog !== undefined && (
        <DeleteDialog row={deleting} onClose={() => setDeleting(null)} />
      )}
      {deleting !== null && DeleteDialog === undefined && (
        <DeleteConfirmation
          section={section}
          name={deleting.name}
          edit={edits.remove(deleting.id)}
          onClose={() => setDeleting(null)}
        />
      )}
    </>
  );
}
