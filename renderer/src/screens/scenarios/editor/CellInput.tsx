import { controlProps, fieldDomId, FieldErrors } from '../../../components/form/Field';

interface CellInputProps {
  formId: string;
  /** The field's JSON path (`streamFactors.impactkrediet`), for its id and its errors. */
  name: string;
  /** Spoken name; the table's row and column say it to sighted users. */
  label: string;
  value: string;
  onChange: (value: string) => void;
  errors: readonly string[];
}

/** A number typed into a table cell: labelled for screen readers, its errors right under it. */
export function CellInput({ formId, name, label, value, onChange, errors }: CellInputProps) {
  const id = fieldDomId(formId, name);
  return (
    <>
      <input
        {...controlProps(id, undefined, errors)}
        type="text"
        className="input input--number input--cell"
        inputMode="decimal"
        aria-label={label}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        autoComplete="off"
        spellCheck={false}
        data-testid={`input-${name}`}
      />
      <FieldErrors id={`${id}-error`} name={name} errors={errors} />
    </>
  );
}

interface InputCellProps extends Omit<CellInputProps, 'errors'> {
  errorsFor: (name: string) => readonly string[];
  /** A line under the input, e.g. the value recorded elsewhere that an empty cell keeps. */
  note?: string;
}

/** A table cell holding one number input, with the errors found under its name. */
export function InputCell({ errorsFor, note, ...input }: InputCellProps) {
  return (
    <td className="num editor-table__input">
      <CellInput {...input} errors={errorsFor(input.name)} />
      {note !== undefined && <span className="cell-sub">{note}</span>}
    </td>
  );
}
