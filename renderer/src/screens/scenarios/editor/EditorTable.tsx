import type { ReactNode } from 'react';
import { Table } from '../../../components/table/DataTable';

interface EditorTableProps {
  hint: string;
  testId: string;
  /** Read by screen readers in place of the section's visible heading. */
  caption: string;
  /** The header of the first column, which names each row (a stream, an indicator). */
  rowHeader: string;
  /** The headers of the input columns, right-aligned like the numbers typed into them. */
  inputHeaders: readonly string[];
  /** The body rows. */
  children: ReactNode;
}

/** A table of numbers the scenario overrides per row (budget factors, indicator trends and thresholds). */
export function EditorTable({ hint, testId, caption, rowHeader, inputHeaders, children }: EditorTableProps) {
  return (
    <>
      <p className="field__hint">{hint}</p>
      <div className="table-wrap editor-table">
        <Table
          className="table table--compact"
          testId={testId}
          caption={caption}
          columns={[{ label: rowHeader }, ...inputHeaders.map((header) => ({ label: header, num: true }))]}
        >
          <tbody>{children}</tbody>
        </Table>
      </div>
    </>
  );
}
