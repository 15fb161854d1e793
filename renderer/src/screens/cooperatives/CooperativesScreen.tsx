import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CooperativeJson } from '../../../../src/model/cooperative';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Icon } from '../../components/Icon';
import { PageHeading } from '../../components/PageHeading';
import { useWorkspace, useWorkspaceData } from '../../state/workspaceContext';
import { CooperativeEditor } from './CooperativeEditor';
import { CooperativeTable } from './CooperativeTable';

type Editing = { original: CooperativeJson | null } | null;

export function CooperativesScreen() {
  const { t } = useTranslation();
  const data = useWorkspaceData();
  const { perform, announce } = useWorkspace();
  const [editing, setEditing] = useState<Editing>(null);
  const [deleting, setDeleting] = useState<CooperativeJson | null>(null);

  const remove = async (cooperative: CooperativeJson): Promise<string | null> => {
    const result = await perform({ op: 'cooperatives.delete', id: cooperative.id });
    if (!result.ok) return result.error.message;
    announce('success', t('cooperatives.deleted', { name: cooperative.name }));
    return null;
  };

  return (
    <>
      <PageHeading
        title={t('cooperatives.title')}
        intro={t('cooperatives.intro')}
        actions={
          <button
            type="button"
            className="button button--primary"
            onClick={() => setEditing({ original: null })}
            data-testid="new-cooperative"
          >
            <Icon name="plus" />
            {t('cooperatives.new')}
          </button>
        }
      />
      <CooperativeTable
        cooperatives={data.cooperatives}
        onEdit={(original) => setEditing({ original })}
        onDelete={setDeleting}
      />
      {editing !== null && (
        <CooperativeEditor
          original={editing.original}
          takenIds={new Set(data.cooperatives.map((c) => c.id))}
          onClose={() => setEditing(null)}
        />
      )}
      {deleting !== null && (
        <ConfirmDialog
          title={t('cooperatives.deleteTitle')}
          message={t('cooperatives.deleteConfirm', { name: deleting.name })}
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
