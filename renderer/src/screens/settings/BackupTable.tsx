import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupEntry } from '../../../../src/contract/backup-operations';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { formatDateTime, formatNumber } from '../../domain/format';
import { useLang } from '../../i18n/useLang';
import { formatBytes } from './useBackups';

interface BackupTableProps {
  backups: readonly BackupEntry[];
  /** Puts the backup back; an error message for the dialog, or null when done. */
  onRestore: (backup: BackupEntry) => Promise<string | null>;
}

/** The backups, newest first, each with a way back to it (after a question that starts on Cancel). */
export function BackupTable({ backups, onRestore }: BackupTableProps) {
  const { t } = useTranslation();
  const { locale } = useLang();
  const [asking, setAsking] = useState<BackupEntry | null>(null);
  if (backups.length === 0) {
    return (
      <p className="backups__empty" data-testid="backups-empty">
        {t('backups.empty')}
      </p>
    );
  }
  const number = (value: number, decimals: number) => formatNumber(value, locale, decimals);
  const when = (backup: BackupEntry) => formatDateTime(backup.savedAt, locale) ?? backup.savedAt;
  return (
    <div className="table-wrap backups__table">
      <table className="table table--compact" aria-label={t('backups.tableLabel')}>
        <thead>
          <tr>
            <th scope="col">{t('backups.savedAt')}</th>
            <th scope="col">{t('backups.kind')}</th>
            <th scope="col" className="num">
              {t('backups.size')}
            </th>
            <th scope="col">{t('backups.file')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('backups.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {backups.map((backup) => (
            <tr key={backup.fileName} data-testid="backups-row" data-kind={backup.kind}>
              <td>{when(backup)}</td>
              <td>{t(`backups.kinds.${backup.kind}`)}</td>
              <td className="num">{formatBytes(backup.bytes, number)}</td>
              <td className="backups__file" dir="auto">
                {backup.fileName}
              </td>
              <td className="actions">
                <button
                  type="button"
                  className="button button--small"
                  onClick={() => setAsking(backup)}
                  aria-label={t('backups.restoreThis', { time: when(backup) })}
                  data-testid="backups-restore"
                >
                  {t('backups.restoreButton')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {asking !== null && (
        <ConfirmDialog
          title={t('backups.restoreTitle')}
          message={t('backups.restoreQuestion', { time: when(asking) })}
          confirmLabel={t('backups.restoreButton')}
          onConfirm={() => onRestore(asking)}
          onClose={() => setAsking(null)}
          testId="backups-restore-dialog"
        />
      )}
    </div>
  );
}
