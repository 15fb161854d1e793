import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api';
import { IconButton } from '../../shared/IconButton';
import { useWorkspace } from '../../../state/workspaceContext';
import { downloadBytes } from '../download';
import { reportZip, zipNameOf, type ReportFile } from './reportZip';
import '../reports.css';

interface DownloadAllButtonProps {
  jobId: string;
  folder: string;
  names: readonly string[];
}

/**
 * One button for every file of an export: fetches each from the host, puts them in one
 * ZIP in the page and downloads that, instead of eleven downloads one by one.
 */
export function DownloadAllButton({ jobId, folder, names }: DownloadAllButtonProps) {
  const { t } = useTranslation();
  const { announce } = useWorkspace();
  const [done, setDone] = useState<number | null>(null);

  const downloadAll = async () => {
    setDone(0);
    const files: ReportFile[] = [];
    for (const name of names) {
      const answer = await api.reports.download({ jobId, name });
      if (!answer.ok) {
        setDone(null);
        announce('error', t('downloadAll.failed', { message: answer.error.message }));
        return;
      }
      files.push({ name: answer.value.name, base64: answer.value.base64 });
      setDone(files.length);
    }
    try {
      const zipName = zipNameOf(folder);
      downloadBytes(zipName, reportZip(files), 'application/zip');
      announce('success', t('downloadAll.done', { count: files.length, name: zipName }));
    } catch (error) {
      announce(
        'error',
        t('downloadAll.failed', { message: error instanceof Error ? error.message : String(error) }),
      );
    } finally {
      setDone(null);
    }
  };

  return (
    <div className="report-download-all">
      <IconButton
        icon="download"
        label={t('downloadAll.button')}
        className="button button--primary"
        onClick={() => void downloadAll()}
        disabled={done !== null || names.length === 0}
        testId="report-download-all"
      />
      {done !== null && (
        <span className="muted" role="status">
          {t('downloadAll.busy', { done, total: names.length })}
        </span>
      )}
    </div>
  );
}
