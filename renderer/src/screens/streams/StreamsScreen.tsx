import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FundingStreamJson } from '../../../../src/model/stream';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Icon } from '../../components/Icon';
import { PageHeading } from '../../components/PageHeading';
import { existingSilos } from '../../domain/budget';
import { useWorkspace, useWorkspaceData } from '../../state/workspaceContext';
import { StreamEditor } from './StreamEditor';
import { StreamTable } from './StreamTable';

type Editing = { original: FundingStreamJson | null } | null;

export function StreamsScreen() {
  const { t } = useTranslation();
  const data = useWorkspaceData();
  const { perform, announce } = useWorkspace();
  const [editing, setEditing] = useState<Editing>(null);
  const [deleting, setDeleting] = useState<FundingStreamJson | null>(null);

  const remove = async (stream: FundingStreamJson): Promise<string | null> => {
    const result = await perform({ op: 'fundingStreams.delete', id: stream.id });
    if (!result.ok) return result.error.message;
    announce('success', t('streams.deleted', { name: stream.name }));
    return null;
  };

  return (
    <>
      <PageHeading
        title={t('streams.title')}
        intro={t('streams.intro')}
        actions={
          <button
            type="button"
            className="button button--primary"
            onClick={() => setEditing({ original: null })}
            data-testid="new-stream"
          >
            <Icon name="plus" />
            {t('streams.new')}
          </button>
        }
      />
      <StreamTable
        streams={data.streams}
        onEdit={(original) => setEditing({ original })}
        onDelete={setDeleting}
      />
      {editing !== null && (
        <StreamEditor
          original={editing.original}
          takenIds={new Set(data.streams.map((s) => s.id))}
          silos={existingSilos(data.streams)}
          onClose={() => setEditing(null)}
        />
      )}
      {deleting !== null && (
        <ConfirmDialog
          title={t('streams.deleteTitle')}
          message={t('streams.deleteConfirm', { name: deleting.name })}
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
