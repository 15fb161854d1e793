import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api';
import { useWorkspace } from '../../../state/workspaceContext';
import { IconButton } from '../../shared/IconButton';
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
      <IconButton
        icon="download"
        label={t('reports.exportButton')}
        className="button button--primary"
        onClick={() => void exportJson()}
        disabled={busy}
        testId="export-json"
      />
      <ErrorAlert message={error} />
    </Panel>
  );
}
