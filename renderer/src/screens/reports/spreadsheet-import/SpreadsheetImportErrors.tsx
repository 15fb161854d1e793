import { useTranslation } from 'react-i18next';
import type { ImportProblemJson } from '../../../../../src/contract/import-operations';
import { sentence } from '../../../domain/format';

interface Props {
  idPrefix: string;
  errors: readonly ImportProblemJson[];
  errorCount: number;
  /** Rows the preview table shows; a problem there gets a button that moves to its row. */
  shownRows: ReadonlySet<number>;
  onShowRow: (row: number) => void;
}

/** The DOM id of one listed problem, so the preview's rows can point at their problems. */
export function problemDomId(idPrefix: string, index: number): string {
  return `${idPrefix}-problem-${index}`;
}

/** Every problem by row and column, in the file's order; the host words them in the UI's language. */
export function SpreadsheetImportErrors({ idPrefix, errors, errorCount, shownRows, onShowRow }: Props) {
  const { t } = useTranslation();
  const location = (problem: ImportProblemJson) => {
    if (problem.row !== null && problem.column !== null) {
      return t('spreadsheetImport.location.rowColumn', { row: problem.row, column: problem.column });
    }
    if (problem.row !== null) return t('spreadsheetImport.location.row', { row: problem.row });
    if (problem.column !== null) return t('spreadsheetImport.location.column', { column: problem.column });
    return t('spreadsheetImport.location.file');
  };
  return (
    <section aria-labelledby={`${idPrefix}-problems-title`} data-testid="spreadsheet-errors">
      <h3 id={`${idPrefix}-problems-title`}>{t('spreadsheetImport.problemsTitle')}</h3>
      {errorCount > errors.length && <p>{t('spreadsheetImport.problemsShown', { shown: errors.length })}</p>}
      <ul className="issue-list">
        {errors.map((problem, index) => (
          <li key={index} id={problemDomId(idPrefix, index)} data-row={problem.row ?? undefined}>
            <strong>{location(problem)}</strong>
            {problem.field !== null && problem.column === null && (
              <>
                {' '}
                <code className="issue-list__path">{problem.field}</code>
              </>
            )}
            {': '}
            <span dir="auto">{sentence(problem.message)}</span>
            {problem.row !== null && shownRows.has(problem.row) && (
              <>
                {' '}
                <button
                  type="button"
                  className="button button--small"
                  onClick={() => onShowRow(problem.row ?? 0)}
                >
                  {t('spreadsheetImport.showRow', { row: problem.row })}
                </button>
              </>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
