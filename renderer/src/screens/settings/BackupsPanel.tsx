import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupEntry, BackupList } from '../../../../src/contract/backup-operations';
import { api } from '../../api';
import { Icon } from '../../components/Icon';
import { formatDateTime } from '../../domain/format';
import { useLang } from '../../i18n/useLang';
import { useWorkspace, useWorkspaceData } from '../../state/workspaceContext';
import '../../styles/backups.css';
import { BackupTable } from './BackupTable';
import { parseKeep, useBackups } from './useBackups';
import { ErrorAlert } from '../../components/ErrorAlert';

type Policy = BackupList['policy'];

/**
 * The backups of the open workspace: where they are, which there are, one made on
 * request, how many automatic ones to keep, and how to put one back.
 */
export function BackupsPanel() {
  const { t } = useTranslation();
  const id = useId();
  const { lang, locale } = useLang();
  const { announce, clearHistory, reload } = useWorkspace();
  const { info } = useWorkspaceData();
  const { state, refresh } = useBackups(`${lang}|${info.path}|${info.lastSavedAt ?? ''}`);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const create = async () => {
    setBusy(true);
    setError(null);
    const result = await api.backups.create({});
    setBusy(false);
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    const { backup, removed } = result.value;
    const made = t('backups.created', { file: backup.fileName });
    announce('success', removed > 0 ? `${made} ${t('backups.removed', { count: removed })}` : made);
    await refresh();
  };

  /** Resolves to an error message for the dialog, or null once the workspace shows the backup. */
  const restore = async (backup: BackupEntry): Promise<string | null> => {
    const result = await api.backups.restore({ fileName: backup.fileName });
    if (!result.ok) return result.error.message;
    // Another version of the workspace: the undo steps of this session no longer apply.
    clearHistory();
    await reload();
    announce(
      'success',
      t('backups.restored', { time: formatDateTime(backup.savedAt, locale) ?? backup.savedAt }),
    );
    await refresh();
    return null;
  };

  return (
    <section className="panel backups" aria-labelledby={`${id}-title`} data-testid="backups-panel">
      <h2 id={`${id}-title`} className="panel__title">
        {t('backups.title')}
      </h2>
      <p>{t('backups.intro')}</p>
      {state.status === 'loading' && <p className="muted">{t('backups.loading')}</p>}
      <ErrorAlert message={state.status === 'failed' ? state.message : null} />
      {state.status === 'ready' && (
        <>
          <p className="backups__folder">
            <span className="backups__folder-label">{t('backups.folder')}</span>{' '}
            <code dir="auto" data-testid="backups-folder">
              {state.data.folder}
            </code>
          </p>
          {state.data.automaticError !== null && (
            <p
              className="alert alert--warning"
              role="status"
              dir="auto"
              data-testid="backups-automatic-error"
            >
              {t('backups.automaticFailed', { detail: state.data.automaticError })}
            </p>
          )}
          <BackupTable backups={state.data.backups} onRestore={restore} />
        </>
      )}
      <button
        type="button"
        className="button button--primary"
        onClick={() => void create()}
        disabled={busy}
        aria-busy={busy || undefined}
        data-testid="backups-create"
      >
        <Icon name="plus" />
        {busy ? t('backups.creating') : t('backups.create')}
      </button>
      <ErrorAlert message={error} />
      {state.status === 'ready' && (
        <PolicyForm
          key={`${state.data.policy.keep}|${state.data.policy.automatic}`}
          policy={state.data.policy}
          configurable={state.data.configurable}
          onSaved={refresh}
        />
      )}
      <p className="backups__restore">
        {t('backups.restore')}{' '}
        <code
          dir="ltr"
          data-testid="backups-restore-command"
        >{`npx coopfolio restore --db "${info.path}"`}</code>
      </p>
    </section>
  );
}

interface PolicyFormProps {
  policy: Policy;
  configurable: boolean;
  onSaved: () => Promise<void>;
}

function PolicyForm({ policy, configurable, onSaved }: PolicyFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const { announce } = useWorkspace();
  const [keepText, setKeepText] = useState(String(policy.keep));
  const [automatic, setAutomatic] = useState(policy.automatic);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const keep = parseKeep(keepText);
  const changed = keep !== policy.keep || automatic !== policy.automatic;
  const canSave = configurable && keep !== null && changed && !saving;
  const keepId = `${id}-keep`;
  const described = [`${keepId}-hint`, keep === null ? `${keepId}-error` : ''].join(' ').trim();

  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (!canSave || keep === null) return;
    setSaving(true);
    setError(null);
    const result = await api.backups.setPolicy({ policy: { keep, automatic } });
    setSaving(false);
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    announce('success', t('backups.saved'));
    await onSaved();
  };

  return (
    <form className="backups__policy" aria-labelledby={`${id}-title`} onSubmit={(event) => void save(event)}>
      <h3 id={`${id}-title`} className="backups__policy-title">
        {t('backups.policyTitle')}
      </h3>
      {!configurable && (
        <p className="field__hint" id={`${id}-fixed`} data-testid="backups-not-configurable">
          {t('backups.notConfigurable')}
        </p>
      )}
      <fieldset
        className="backups__fields"
        disabled={!configurable}
        aria-describedby={configurable ? undefined : `${id}-fixed`}
      >
        <div className="field">
          <label htmlFor={keepId} className="field__label">
            {t('backups.keep')}
          </label>
          <input
            id={keepId}
            type="text"
            inputMode="numeric"
            className="input input--number backups__keep"
            value={keepText}
            onChange={(event) => setKeepText(event.target.value)}
            aria-invalid={keep === null || undefined}
            aria-describedby={described}
            autoComplete="off"
            spellCheck={false}
            data-testid="backups-keep"
          />
          <p id={`${keepId}-hint`} className="field__hint">
            {t('backups.keepHint')}
          </p>
          {keep === null && (
            <p id={`${keepId}-error`} className="field__error" data-testid="backups-keep-error">
              {t('backups.keepError')}
            </p>
          )}
        </div>
        <div className="field field--checkbox">
          <input
            id={`${id}-automatic`}
            type="checkbox"
            className="checkbox"
            checked={automatic}
            onChange={(event) => setAutomatic(event.target.checked)}
            data-testid="backups-automatic"
          />
          <label htmlFor={`${id}-automatic`}>{t('backups.automatic')}</label>
        </div>
      </fieldset>
      <button type="submit" className="button" disabled={!canSave} data-testid="backups-save">
        {saving ? t('backups.saving') : t('common.save')}
      </button>
      <ErrorAlert message={error} />
    </form>
  );
}
