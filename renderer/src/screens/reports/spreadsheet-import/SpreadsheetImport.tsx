import { useId, useRef, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_IMPORT_BYTES_TEXT } from '../../../../../src/imports/limits';
import {
  IMPORT_KINDS,
  type ImportCounts,
  type ImportKind,
  type ImportMode,
} from '../../../../../src/imports/types';
import { Icon } from '../../../components/Icon';
import { RadioGroup } from '../../../components/form/choices';
import { SelectField } from '../../../components/form/inputs';
import { chooseFile, type ChosenFile } from './SpreadsheetImportFile';
import { SpreadsheetImportSession } from './SpreadsheetImportSession';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { TemplateDownload } from './TemplateDownload';

/**
 * Import from a spreadsheet: pick a file, say what it holds, match its columns, look
 * at the preview and its problems, then apply it in one transaction. The host reads
 * and checks the file; nothing is written before Apply.
 */
export function SpreadsheetImport() {
  const { t } = useTranslation();
  const formId = useId();
  const picks = useRef(0);
  const [file, setFile] = useState<ChosenFile | null>(null);
  const [kind, setKind] = useState<ImportKind>('cooperatives');
  const [mode, setMode] = useState<ImportMode>('add');
  const [readError, setReadError] = useState<string | null>(null);
  const [done, setDone] = useState<ImportCounts | null>(null);

  const pick = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const picked = input.files?.[0];
    // Clear the input so picking the same file again still triggers a change.
    input.value = '';
    if (picked === undefined) return;
    setReadError(null);
    setDone(null);
    picks.current += 1;
    const choice = await chooseFile(picked, picks.current);
    if (choice.ok) {
      setFile(choice.file);
      return;
    }
    setFile(null);
    setReadError(
      choice.reason === 'tooLarge'
        ? t('spreadsheetImport.tooLarge', { file: choice.detail, max: MAX_IMPORT_BYTES_TEXT })
        : t('spreadsheetImport.readFailed', { detail: choice.detail }),
    );
  };

  return (
    <section className="panel" aria-labelledby={`${formId}-title`} data-testid="spreadsheet-import">
      <h2 id={`${formId}-title`} className="panel__title">
        {t('spreadsheetImport.title')}
      </h2>
      <p>{t('spreadsheetImport.intro')}</p>
      <div className="form-grid form-grid--compact">
        <SelectField
          formId={formId}
          name="kind"
          label={t('spreadsheetImport.kind')}
          value={kind}
          options={IMPORT_KINDS.map((value) => ({ value, label: t(`spreadsheetImport.kinds.${value}`) }))}
          onChange={(value) => {
            if (value !== '') setKind(value);
          }}
        />
      </div>
      <TemplateDownload kind={kind} />
      <RadioGroup
        formId={formId}
        name="mode"
        legend={t('spreadsheetImport.mode')}
        value={mode}
        options={(['add', 'upsert'] as const).map((value) => ({
          value,
          label: t(`spreadsheetImport.modes.${value}`),
        }))}
        onChange={setMode}
      />
      {/* A styled label stands in for the browser's own file button, which would speak the browser's language. */}
      <label htmlFor={`${formId}-file`} className="button file-button">
        <Icon name="upload" />
        {t('spreadsheetImport.choose')}
        <input
          id={`${formId}-file`}
          type="file"
          accept=".xlsx,.csv,.txt,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
          className="visually-hidden"
          onChange={(event) => void pick(event)}
          data-testid="spreadsheet-file"
        />
      </label>
      {file !== null && (
        <p data-testid="spreadsheet-chosen">{t('spreadsheetImport.chosen', { file: file.name })}</p>
      )}
      <ErrorAlert message={readError} />
      {done !== null && (
        <p className="alert alert--success" role="status" data-testid="spreadsheet-done">
          {t('spreadsheetImport.done', { ...done })}
        </p>
      )}
      {file !== null && (
        <SpreadsheetImportSession
          // Another file or kind starts afresh: a mapping for other headers or fields means nothing.
          key={`${file.id}-${kind}`}
          file={file}
          kind={kind}
          mode={mode}
          onApplied={(counts) => {
            setFile(null);
            setDone(counts);
          }}
        />
      )}
    </section>
  );
}
