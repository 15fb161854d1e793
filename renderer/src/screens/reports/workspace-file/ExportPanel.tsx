import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api';
import { Icon } from '../../../components/Icon';
import { useWorkspace } from '../../../state/workspaceContext';
import { Panel } from '../../shared/Panel';
import { downloadText } from '../download';
import { ErrorAlert } from '../../../components/ErrorAlert';

export function ExportPanel() {
  const { t } = useTranslation();
  const { announce } = useWorkspace();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const exportJson = async () => {
    setBusy(true);
    setError(null);
    const result = await api.workspace.exportJson({});
    setBusy(false);
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    downloadText(result.value.fileName, result.value.text);
    announce('success', t('reports.exported', { file: result.value.fileName }));
  };

  return (
    <Panel title={t('reports.exportTitle')} titleId="export-title" intro={t('reports.exportText')}>
      <button
        type="button"
        className="button button--primary"
        onClick={() => void exportJson()}
        disabled={busy}
        data-testid="export-json"
      >
        <Icon name="download" />
        {t('reports.exportButton')}
      </button>
      <ErrorAlert message={error} />
    </Panel>
  );
}
