import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon } from '../Icon';
import { FieldErrors } from './Field';

/** A row of a repeatable form part; `key` keeps React's identity when rows are removed. */
interface KeyedRow {
  key: string;
}

interface RowListProps<Row extends KeyedRow> {
  rows: readonly Row[];
  onChange: (rows: Row[]) => void;
  /** The fields of one row; `change` patches that row only. */
  renderRow: (row: Row, index: number, change: (patch: Partial<Row>) => void) => ReactNode;
  newRow: () => Row;
  addLabel: string;
  addTestId?: string;
  rowClassName?: string;
  /** Shown between the last row and the add button (a total, the list's own errors). */
  beforeAdd?: ReactNode;
}

/**
 * Rows the user adds and removes (budget years, stages, coaching hours, aid received):
 * each row's fields with a remove button named by its number, then an add button.
 */
export function RowList<Row extends KeyedRow>({
  rows,
  onChange,
  renderRow,
  newRow,
  addLabel,
  addTestId,
  rowClassName = 'row-editor',
  beforeAdd,
}: RowListProps<Row>) {
  const { t } = useTranslation();
  const change = (index: number, patch: Partial<Row>) =>
    onChange(rows.map((row, i) => (i === index ? { ...row, ...patch } : row)));
  return (
    <>
      {rows.map((row, i) => (
        <div key={row.key} className={rowClassName}>
          {renderRow(row, i, (patch) => change(i, patch))}
          <button
            type="button"
            className="button button--small button--quiet-danger row-editor__remove"
            onClick={() => onChange(rows.filter((_, j) => j !== i))}
            aria-label={t('form.removeRow', { row: i + 1 })}
          >
            <Icon name="trash" />
          </button>
        </div>
      ))}
      {beforeAdd}
      <button
        type="button"
        className="button button--small"
        data-testid={addTestId}
        onClick={() => onChange([...rows, newRow()])}
      >
        <Icon name="plus" />
        {addLabel}
      </button>
    </>
  );
}

interface RowListFieldsetProps<Row extends KeyedRow> extends Omit<RowListProps<Row>, 'beforeAdd'> {
  formId: string;
  /** The list's path in the form (`stageHistory`): names its errors and their DOM id. */
  name: string;
  testId: string;
  legend: string;
  hint: string;
  errorsFor: (name: string) => string[];
  /** Shown under the rows, above the list's own errors (e.g. a running total). */
  summary?: ReactNode;
}

/** A RowList as its own fieldset: legend, hint, the rows, the errors of the list as a whole. */
export function RowListFieldset<Row extends KeyedRow>({
  formId,
  name,
  testId,
  legend,
  hint,
  errorsFor,
  summary,
  ...list
}: RowListFieldsetProps<Row>) {
  return (
    <fieldset className="fieldset" data-testid={testId}>
      <legend className="fieldset__legend">{legend}</legend>
      <p className="field__hint">{hint}</p>
      <RowList
        {...list}
        beforeAdd={
          <>
            {summary}
            <FieldErrors id={`${formId}-${name}-error`} name={name} errors={errorsFor(name)} />
          </>
        }
      />
    </fieldset>
  );
}
