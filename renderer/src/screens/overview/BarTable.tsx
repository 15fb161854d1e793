import { useTranslation } from 'react-i18next';

export interface BarTableRow {
  key: string;
  /** Data attributes tests and styles find the row by (`data-key`, `data-month`). */
  data: Record<`data-${string}`, string>;
  label: string;
  /** The formatted numbers, one per number column. */
  cells: readonly string[];
  /** What the bar shows, in any unit; bars are scaled to the largest row. */
  size: number;
}

interface BarTableProps {
  caption: string;
  labelHeader: string;
  numberHeaders: readonly string[];
  rows: readonly BarTableRow[];
}

/**
 * A compact table of numbers per row with a bar in the last column. The bar only repeats
 * a number for sighted readers (hidden from assistive technology); it is scaled to the
 * largest row so small differences stay visible.
 */
export function BarTable({ caption, labelHeader, numberHeaders, rows }: BarTableProps) {
  const { t } = useTranslation();
  const largest = Math.max(0, ...rows.map((row) => row.size));
  return (
    <table className="table table--compact breakdown">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{labelHeader}</th>
          {numberHeaders.map((header) => (
            <th key={header} scope="col" className="num">
              {header}
            </th>
          ))}
          <th scope="col" className="breakdown__bar-col">
            <span className="visually-hidden">{t('overview.bar')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key} {...row.data}>
            <th scope="row">{row.label}</th>
            {row.cells.map((cell, i) => (
              <td key={numberHeaders[i] ?? i} className="num">
                {cell}
              </td>
            ))}
            <td className="breakdown__bar-col" aria-hidden="true">
              <span
                className="bar"
                style={{ width: `${largest === 0 ? 0 : Math.round((row.size / largest) * 100)}%` }}
              />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
