import { useTranslation } from 'react-i18next';
import type { ImportPreview } from '../../../../../src/contract/import-operations';
import { DataTable } from '../../../components/table/DataTable';
import { useLang } from '../../../i18n/useLang';
import { problemDomId } from './SpreadsheetImportErrors';

/** The DOM id of a preview row, so a problem can move focus to it. */
export function rowDomId(idPrefix: string, row: number): string {
  return `${idPrefix}-row-${row}`;
}

/**
 * The first rows as the mapping reads them. A row with problems names them through
 * aria-describedby, so a screen reader hears why when it reaches the row.
 */
export function SpreadsheetImportPreview({
  idPrefix,
  preview,
}: {
  idPrefix: string;
  preview: ImportPreview;
}) {
  const { t } = useTranslation();
  const { lang } = useLang();
  const fields = preview.fields.filter((f) => preview.mapping[f.field] !== undefined);
  const problemsOf = new Map<number, string[]>();
  preview.errors.forEach((problem, index) => {
    if (problem.row === null) return;
    problemsOf.set(problem.row, [...(problemsOf.get(problem.row) ?? []), problemDomId(idPrefix, index)]);
  });
  return (
    <section aria-labelledby={`${idPrefix}-preview-title`}>
      <h3 id={`${idPrefix}-preview-title`}>{t('spreadsheetImport.previewTitle')}</h3>
      <p>{t('spreadsheetImport.previewShown', { shown: preview.rows.length, rows: preview.counts.rows })}</p>
      <DataTable
        className="table table--compact"
        testId="spreadsheet-preview"
        columns={[
          { label: t('spreadsheetImport.rowHeader') },
          { label: t('spreadsheetImport.statusHeader') },
          ...fields.map((f) => ({
            label: (
              <>
                {f.header[lang]}
                {/* The source column, where its name differs from the field's. */}
                {preview.mapping[f.field] !== f.header[lang] && (
                  <>
                    <br />
                    <span className="muted">{preview.mapping[f.field]}</span>
                  </>
                )}
              </>
            ),
          })),
        ]}
      >
        <tbody>
          {preview.rows.map((row) => {
            const problems = problemsOf.get(row.row);
            return (
              <tr key={row.row} id={rowDomId(idPrefix, row.row)} tabIndex={-1} data-status={row.status}>
                <th scope="row" className="num">
                  {row.row}
                </th>
                <td aria-describedby={problems?.join(' ')}>
                  {row.status === 'invalid' ? (
                    <strong>{t('spreadsheetImport.status.invalid')}</strong>
                  ) : (
                    t(`spreadsheetImport.status.${row.status}`)
                  )}
                </td>
                {fields.map((f) => (
                  <td key={f.field} dir="auto">
                    {row.values[f.field] ?? ''}
                  </td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </DataTable>
    </section>
  );
}
