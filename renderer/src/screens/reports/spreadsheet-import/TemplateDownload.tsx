import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { IMPORT_TEMPLATE_FORMATS } from '../../../../../src/contract/import-operations';
import type { ImportKind } from '../../../../../src/imports/types';
import { api } from '../../../api';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { Icon } from '../../../components/Icon';
import { downloadBase64 } from '../download';

/** A file to fill in for the chosen kind: the headers the import knows and example rows it accepts. */
export function TemplateDownload({ kind }: { kind: ImportKind }) {
  const { t } = useTranslation();
  const [error, setError] = useState<string | null>(null);

  const download = async (format: (typeof IMPORT_TEMPLATE_FORMATS)[number]) => {
    setError(null);
    const result = await api.imports.template({ kind, format });
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    downloadBase64(result.value.fileName, result.value.contentBase64, result.value.mimeType);
  };

  return (
    <div className="template-download" data-testid="spreadsheet-template">
      <span>{t('spreadsheetImport.template')}</span>
      {IMPORT_TEMPLATE_FORMATS.map((format) => (
        <button
          key={format}
          type="button"
          className="button button--small"
          onClick={() => void download(format)}
          data-testid={`spreadsheet-template-${format}`}
        >
          <Icon name="download" />
          {t(`spreadsheetImport.templateFormats.${format}`)}
        </button>
      ))}
      <ErrorAlert message={error} />
    </div>
  );
}
