import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../../components/table/DataTable';

export interface ChartTable {
  head: readonly string[];
  rows: readonly { key: string; cells: readonly string[] }[];
}

interface ChartFigureProps {
  id: string;
  title: string;
  /** What the chart shows, in one sentence, for screen readers (the SVG itself says nothing useful). */
  summary: string;
  /** The same figures as a table, for anyone who cannot or would rather not read the chart. */
  table: ChartTable;
  testId: string;
  /** A line under the chart for what the chart cannot show (e.g. a ratio beside euros). */
  note?: string;
  noteTestId?: string;
  /** The sum the chart draws (euros), as `data-total`: tests and the redraw benchmark wait on the chart's new data by it. */
  total?: number;
  children: ReactNode;
}

/** A chart with its title, a spoken summary and its figures as a table behind a disclosure. */
export function ChartFigure({
  id,
  title,
  summary,
  table,
  testId,
  note,
  noteTestId,
  total,
  children,
}: ChartFigureProps) {
  const { t } = useTranslation();
  return (
    <figure className="chart" aria-labelledby={`${id}-title`} data-testid={testId} data-total={total}>
      <figcaption id={`${id}-title`} className="chart__title">
        {title}
      </figcaption>
      <div className="chart__canvas" role="img" aria-label={summary}>
        {children}
      </div>
      {note !== undefined && (
        <p className="field__hint" data-testid={noteTestId}>
          {note}
        </p>
      )}
      <details className="chart__data">
        <summary>{t('charts.showTable')}</summary>
        <DataTable
          className="table table--compact"
          caption={title}
          // The first column names the row; the others hold figures.
          columns={table.head.map((label, i) => ({ label, num: i > 0 }))}
        >
          <tbody>
            {table.rows.map((row) => (
              <tr key={row.key}>
                {row.cells.map((cell, i) =>
                  i === 0 ? (
                    <th key={i} scope="row" dir="auto">
                      {cell}
                    </th>
                  ) : (
                    <td key={i} className="num">
                      {cell}
                    </td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </DataTable>
      </details>
    </figure>
  );
}
