import { useId, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ValidationIssue } from '../../../../../src/model/issues';
import { api } from '../../../api';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { Icon } from '../../../components/Icon';
import { useWorkspace } from '../../../state/workspaceContext';
import { Panel } from '../../shared/Panel';
import { ImportIssues } from './ImportIssues';

type Outcome =
  | { kind: 'none' }
  | { kind: 'refused'; message: string; issues: readonly ValidationIssue[] }
  | { kind: 'done'; cooperatives: number; fundingStreams: number; plans: number };

export function ImportPanel() {
  const { t } = useTranslation();
  const inputId = useId();
  const { announce, clearHistory, reload } = useWorkspace();
  const [pending, setPending] = useState<{ name: string; text: string } | null>(null);
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'none' });
  const [readError, setReadError] = useState<string | null>(null);

  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    // Clear the input so picking the same file again still triggers a change.
    input.value = '';
    if (file === undefined) return;
    setReadError(null);
    try {
      setPending({ name: file.name, text: await file.text() });
    } catch (error) {
      setReadError(
        t('reports.readFailed', { detail: error instanceof Error ? error.message : String(error) }),
      );
    }
  };

  const runImport = async (text: string): Promise<string | null> => {
    const result = await api.workspace.importJson({ text });
    if (!result.ok) {
      setOutcome({ kind: 'refused', message: result.error.message, issues: result.error.issues ?? [] });
      return null;
    }
    // The content is another one now; undoing edits made to the old content would be wrong.
    clearHistory();
    await reload();
    setOutcome({ kind: 'done', ...result.value });
    announce('success', t('reports.imported', result.value));
    return null;
  };

  return (
    <Panel title={t('reports.importTitle')} titleId="import-title" intro={t('reports.importText')}>
      {/* A styled label stands in for the browser's own file button, which would speak the browser's language. */}
      <label htmlFor={inputId} className="button file-button">
        <Icon name="upload" />
        {t('reports.importChoose')}
        <input
          id={inputId}
          type="file"
          accept=".json,application/json"
          className="visually-hidden"
          onChange={(event) => void choose(event)}
          data-testid="import-file"
        />
      </label>
      {readError !== null && (
        <p className="alert alert--error" role="alert">
          {readError}
        </p>
      )}
      {outcome.kind === 'done' && (
        <p className="alert alert--success" role="status" data-testid="import-done">
          {t('reports.imported', outcome)}
        </p>
      )}
      {outcome.kind === 'refused' && <ImportIssues message={outcome.message} issues={outcome.issues} />}
      {pending !== null && (
        <ConfirmDialog
          title={t('reports.confirmTitle')}
          message={t('reports.confirmText', { file: pending.name })}
          confirmLabel={t('reports.confirmButton')}
          danger
          onConfirm={() => {
            setOutcome({ kind: 'none' });
            return runImport(pending.text);
          }}
          onClose={() => setPending(null)}
          testId="import-dialog"
        />
      )}
    </Panel>
  );
}
