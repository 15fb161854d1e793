import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportPreview } from '../../../../../src/contract/import-operations';
import type { ValidationIssue } from '../../../../../src/model/issues';
import type {
  ColumnMapping,
  ImportCounts,
  ImportKind,
  ImportMode,
  NumberFormat,
} from '../../../../../src/imports/types';
import { api } from '../../../api';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { SelectField } from '../../../components/form/inputs';
import { sentence } from '../../../domain/format';
import { useLang } from '../../../i18n/useLang';
import { useLatestRequest } from '../../../state/useLatestRequest';
import { useWorkspace } from '../../../state/workspaceContext';
import { NewPlansNote } from './NewPlansNote';
import type { ChosenFile } from './SpreadsheetImportFile';
import { SpreadsheetImportErrors } from './SpreadsheetImportErrors';
import { SpreadsheetImportMapping } from './SpreadsheetImportMapping';
import { rowDomId, SpreadsheetImportPreview } from './SpreadsheetImportPreview';
import { ErrorAlert } from '../../../components/ErrorAlert';

interface Props {
  file: ChosenFile;
  kind: ImportKind;
  mode: ImportMode;
  onApplied: (counts: ImportCounts) => void;
}

type NumberChoice = 'auto' | NumberFormat;
const NUMBER_CHOICES: readonly NumberChoice[] = ['auto', 'nl', 'en'];

/**
 * One picked file: sheet, number notation and mapping choices, the preview the host
 * computes for them (asked again on every change; only the newest answer counts), and
 * the Apply step.
 */
export function SpreadsheetImportSession({ file, kind, mode, onApplied }: Props) {
  const { t } = useTranslation();
  const { lang } = useLang();
  const formId = useId();
  const { announce, clearHistory, reload } = useWorkspace();
  const [sheet, setSheet] = useState<string | null>(null);
  const [numberChoice, setNumberChoice] = useState<NumberChoice>('auto');
  // null: the host's suggestion from the headers.
  const [mapping, setMapping] = useState<ColumnMapping | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [refusal, setRefusal] = useState<{ message: string; issues: readonly ValidationIssue[] } | null>(
    null,
  );

  const input = {
    fileName: file.name,
    contentBase64: file.contentBase64,
    kind,
    mode,
    ...(sheet === null ? {} : { sheet }),
    ...(numberChoice === 'auto' ? {} : { numberFormat: numberChoice }),
    ...(mapping === null ? {} : { mapping }),
  };
  // The content is identified by the pick's id; the key must change with every other input and the language.
  const key = JSON.stringify([file.id, kind, mode, sheet, numberChoice, mapping, lang]);
  const view = useLatestRequest(api.imports.preview, input, key);
  const preview: ImportPreview | null = view.value;

  const showRow = (row: number) => {
    const element = document.getElementById(rowDomId(formId, row));
    element?.scrollIntoView({ block: 'center' });
    element?.focus();
  };

  const apply = async (): Promise<string | null> => {
    const result = await api.imports.apply({ ...input, mode });
    if (!result.ok) {
      setRefusal({ message: result.error.message, issues: result.error.issues ?? [] });
      return null;
    }
    // Undo steps recorded before the import could overwrite what it wrote.
    clearHistory();
    await reload();
    announce('success', t('spreadsheetImport.done', result.value.counts));
    onApplied(result.value.counts);
    return null;
  };

  if (preview === null) {
    return view.error === null ? (
      <p role="status">{t('spreadsheetImport.reading')}</p>
    ) : (
      <div className="alert alert--error" role="alert">
        <p dir="auto">{view.error.message}</p>
        <button type="button" className="button" onClick={view.retry}>
          {t('common.retry')}
        </button>
      </div>
    );
  }

  const counts = preview.counts;
  // Only an answer for exactly what is chosen now may be applied.
  const canApply =
    !view.updating && view.error === null && preview.errorCount === 0 && counts.created + counts.updated > 0;
  return (
    <div data-testid="spreadsheet-session" aria-busy={view.updating}>
      <div className="form-grid form-grid--compact">
        {preview.sheets.length > 0 && (
          <SelectField
            formId={formId}
            name="sheet"
            label={t('spreadsheetImport.sheet')}
            value={preview.sheet ?? ''}
            options={preview.sheets.map((name) => ({ value: name, label: name }))}
            onChange={(name) => {
              setSheet(name === '' ? null : name);
              setMapping(null);
            }}
          />
        )}
        <SelectField
          formId={formId}
          name="number-format"
          label={t('spreadsheetImport.numberFormat')}
          value={numberChoice}
          options={NUMBER_CHOICES.map((value) => ({
            value,
            label: t(`spreadsheetImport.numberFormats.${value}`),
          }))}
          onChange={(value) => setNumberChoice(value === '' ? 'auto' : value)}
        />
      </div>
      {preview.headers.length > 0 && (
        <SpreadsheetImportMapping formId={formId} preview={preview} onChange={(next) => setMapping(next)} />
      )}
      <div role="status" aria-live="polite" data-testid="spreadsheet-summary">
        {view.updating ? (
          <p>{t('spreadsheetImport.updating')}</p>
        ) : (
          <>
            {preview.headers.length > 0 && <p>{t('spreadsheetImport.summary', counts)}</p>}
            <NewPlansNote newPlans={preview.newPlans} />
            <p>
              {preview.errorCount === 0
                ? t('spreadsheetImport.noProblems')
                : t('spreadsheetImport.problems', { count: preview.errorCount })}
            </p>
          </>
        )}
      </div>
      <ErrorAlert message={view.error?.message ?? null} />
      {preview.errors.length > 0 && (
        <SpreadsheetImportErrors
          idPrefix={formId}
          errors={preview.errors}
          errorCount={preview.errorCount}
          shownRows={new Set(preview.rows.map((r) => r.row))}
          onShowRow={showRow}
        />
      )}
      {preview.rows.length > 0 && <SpreadsheetImportPreview idPrefix={formId} preview={preview} />}
      {refusal !== null && (
        <div className="alert alert--error" role="alert" data-testid="spreadsheet-refused">
          <p className="form-summary__title">{t('spreadsheetImport.refused')}</p>
          <ul className="issue-list">
            {(refusal.issues.length === 0
              ? [{ pathText: '', message: refusal.message }]
              : refusal.issues
            ).map((issue, index) => (
              <li key={index} dir="auto">
                {issue.pathText !== '' && `${sentence(issue.pathText)}: `}
                {sentence(issue.message)}
              </li>
            ))}
          </ul>
        </div>
      )}
      {preview.errorCount === 0 && counts.created + counts.updated === 0 && preview.headers.length > 0 && (
        <p>{t('spreadsheetImport.nothingToApply')}</p>
      )}
      <p>
        <button
          type="button"
          className="button button--primary"
          disabled={!canApply}
          onClick={() => {
            setRefusal(null);
            setConfirming(true);
          }}
          data-testid="spreadsheet-apply"
        >
          {t('spreadsheetImport.apply')}
        </button>
      </p>
      {confirming && (
        <ConfirmDialog
          title={t('spreadsheetImport.confirmTitle')}
          message={t('spreadsheetImport.confirmText', { file: file.name, ...counts })}
          confirmLabel={t('spreadsheetImport.confirmButton')}
          onConfirm={apply}
          onClose={() => setConfirming(false)}
          testId="spreadsheet-confirm"
        />
      )}
    </div>
  );
}
