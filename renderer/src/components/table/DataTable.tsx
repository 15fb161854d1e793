import type { ReactElement, ReactNode } from 'react';

/** One column heading of a table. */
export interface Column {
  label: ReactNode;
  /** A figures column: the heading aligns right, over its numbers (class `num`). */
  num?: boolean;
  /** Read aloud but not shown: for columns whose cells speak for themselves (bars, row buttons). */
  hidden?: boolean;
  /** A class of its own (the bar and button columns' widths). */
  className?: string;
  /** For headings that are names typed by users, which may run right to left. */
  dir?: 'auto';
  testId?: string;
}

function classOf({ num = false, className }: Column): string | undefined {
  return [num ? 'num' : '', className ?? ''].join(' ').trim() || undefined;
}

/** The header row: one `th scope="col"` per column. */
export function TableHead({ columns }: { columns: readonly Column[] }) {
  return (
    <thead>
      <tr>
        {columns.map((column, index) => (
          // Headings carry no state, so their place is key enough (labels may repeat, years may shift).
          <th
            key={index}
            scope="col"
            className={classOf(column)}
            dir={column.dir}
            data-testid={column.testId}
          >
            {column.hidden ? <span className="visually-hidden">{column.label}</span> : column.label}
          </th>
        ))}
      </tr>
    </thead>
  );
}

interface TableProps {
  /** The table's classes, spelled out where it is used so CSS and tests can find them. */
  className: string;
  testId?: string;
  /** Text: a caption for screen readers only; an element: a caption of its own (shown, or with an id). */
  caption?: string | ReactElement;
  /** Without columns the children bring their own head (the comparison tables). */
  columns?: readonly Column[];
  /** The bodies (and a foot) of the table. */
  children: ReactNode;
}

/** A table with its caption and header row; the caller writes the rows. */
export function Table({ className, testId, caption, columns, children }: TableProps) {
  return (
    <table className={className} data-testid={testId}>
      {typeof caption === 'string' ? <caption className="visually-hidden">{caption}</caption> : caption}
      {columns !== undefined && <TableHead columns={columns} />}
      {children}
    </table>
  );
}

interface TableWrapProps {
  /**
   * A wide table scrolls sideways inside its wrapper; the wrapper is then a region the
   * keyboard can reach (tabIndex 0), named by the element with this id ...
   */
  regionLabelledBy?: string | undefined;
  /** ... or by this text. Without either the wrapper is a plain box. */
  regionLabel?: string | undefined;
  /** Test hooks on the wrapper, where a test finds the table by it. */
  testId?: string;
  dataId?: string;
  children: ReactNode;
}

/** The scrolling box around a table (`table-wrap`). */
export function TableWrap({ regionLabelledBy, regionLabel, testId, dataId, children }: TableWrapProps) {
  const region = regionLabelledBy !== undefined || regionLabel !== undefined;
  return (
    <div
      className="table-wrap"
      role={region ? 'region' : undefined}
      aria-labelledby={regionLabelledBy}
      aria-label={regionLabel}
      tabIndex={region ? 0 : undefined}
      data-testid={testId}
      data-id={dataId}
    >
      {children}
    </div>
  );
}

type DataTableProps = TableProps & Pick<TableWrapProps, 'regionLabelledBy' | 'regionLabel'>;

/** The usual table: its scrolling box, caption and header row around the caller's rows. */
export function DataTable({ regionLabelledBy, regionLabel, ...table }: DataTableProps) {
  return (
    <TableWrap regionLabelledBy={regionLabelledBy} regionLabel={regionLabel}>
      <Table {...table} />
    </TableWrap>
  );
}
