import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupOffer } from '../../../src/contract/backup-operations';
import type { ApiError } from '../../../src/contract/result';
import { api } from '../api';
import { MAIN_HEADING_ID } from '../components/focus';
import { formatDateTime } from '../domain/format';
import { useLang } from '../i18n/useLang';
import { ErrorAlert } from '../components/ErrorAlert';

interface LoadFailedProps {
  error: ApiError;
  reload: () => Promise<void>;
}

/**
 * Why the workspace could not be loaded. When the host refused a damaged file that has a
 * sound backup (the browser host keeps serving for this), it offers that backup: only on
 * the user's click, and the refused file is kept beside it, never deleted.
 */
export function LoadFailed({ error, reload }: LoadFailedProps) {
  const { t } = useTranslation();
  const { locale } = useLang();
  const [offer, setOffer] = useState<BackupOffer>(null);
  const [restoring, setRestoring] = useState(false);
  const [restoreError, setRestoreError] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    void api.backups.offer({}).then((result) => {
      if (current) setOffer(result.ok ? result.value : null);
    });
    return () => {
      current = false;
    };
  }, [error]);

  const restore = async () => {
    setRestoring(true);
    setRestoreError(null);
    const result = await api.backups.restoreLatest({});
    setRestoring(false);
    if (!result.ok) {
      setRestoreError(result.error.message);
      return;
    }
    await reload();
  };

  const backup = offer?.backup ?? null;
  return (
    <div className="load-error" data-testid="load-error">
      <h1 id={MAIN_HEADING_ID} tabIndex={-1}>
        {t('app.loadFailedTitle')}
      </h1>
      <ErrorAlert message={error.message} />
      {offer !== null && backup !== null && (
        <section
          className="panel recovery-offer"
          aria-labelledby="recovery-title"
          data-testid="recovery-offer"
        >
          <h2 id="recovery-title" className="panel__title">
            {t('recovery.title')}
          </h2>
          <p dir="auto">
            {t('recovery.offer', {
              time: formatDateTime(backup.savedAt, locale) ?? backup.savedAt,
              backup: backup.fileName,
            })}
          </p>
          <p dir="auto">{t('recovery.keptAside', { file: offer.fileName })}</p>
          <button
            type="button"
            className="button button--primary"
            onClick={() => void restore()}
            disabled={restoring}
            data-testid="recovery-restore"
          >
            {restoring ? t('recovery.restoring') : t('recovery.restore')}
          </button>
          <ErrorAlert message={restoreError} />
        </section>
      )}
      <button type="button" className="button" onClick={() => void reload()}>
        {t('common.retry')}
      </button>
    </div>
  );
}
