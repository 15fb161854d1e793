import { useTranslation } from 'react-i18next';
import { Table } from '../../components/table/DataTable';

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
    <Table
      className="table table--compact breakdown"
      caption={caption}
      columns={[
        { label: labelHeader },
        ...numberHeaders.map((header) => ({ label: header, num: true })),
        { label: t('overview.bar'), hidden: true, className: 'breakdown__bar-col' },
      ]}
    >
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
    </Table>
  );
}
