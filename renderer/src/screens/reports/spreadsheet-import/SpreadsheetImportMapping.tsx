import { useTranslation } from 'react-i18next';
import type { ImportPreview } from '../../../../../src/contract/import-operations';
import type { ColumnMapping } from '../../../../../src/imports/types';
import { SelectField } from '../../../components/form/inputs';
import { useLang } from '../../../i18n/useLang';

interface Props {
  formId: string;
  preview: ImportPreview;
  onChange: (mapping: ColumnMapping) => void;
}

/** One select per field, listing the file's columns; starts from the host's suggestion. */
export function SpreadsheetImportMapping({ formId, preview, onChange }: Props) {
  const { t } = useTranslation();
  const { lang } = useLang();
  const options = preview.headers.map((header) => ({ value: header, label: header }));
  const choose = (field: string, column: string) => {
    const next: ColumnMapping = {};
    for (const [key, value] of Object.entries(preview.mapping)) if (key !== field) next[key] = value;
    if (column !== '') next[field] = column;
    onChange(next);
  };
  return (
    <fieldset className="fieldset" data-testid="spreadsheet-mapping">
      <legend className="fieldset__legend">{t('spreadsheetImport.mappingTitle')}</legend>
      <p className="field__hint">{t('spreadsheetImport.mappingText')}</p>
      <div className="form-grid form-grid--compact">
        {preview.fields.map((f) => (
          <SelectField
            key={f.field}
            formId={formId}
            name={`map-${f.field}`}
            label={
              f.required ? t('spreadsheetImport.requiredLabel', { label: f.header[lang] }) : f.header[lang]
            }
            value={preview.mapping[f.field] ?? ''}
            options={options}
            placeholder={t('spreadsheetImport.notUsed')}
            onChange={(column) => choose(f.field, column)}
          />
        ))}
      </div>
    </fieldset>
  );
}
