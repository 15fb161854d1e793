import type { ReactNode } from 'react';

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
        <table className="table table--compact" data-testid={testId}>
          <caption className="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{rowHeader}</th>
              {inputHeaders.map((header) => (
                <th key={header} scope="col" className="num">
                  {header}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>{children}</tbody>
        </table>
      </div>
    </>
  );
}
