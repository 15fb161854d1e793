import { Field, type FieldBaseProps } from './Field';

interface TextFieldProps extends FieldBaseProps {
  value: string;
  onChange: (value: string) => void;
  /** `text` for words (read in any direction), `number`/`amount` for figures typed the local way. */
  kind?: 'text' | 'number' | 'amount' | 'percent' | 'year';
  readOnly?: boolean;
  list?: string;
  maxLength?: number;
}

const INPUT_MODE = {
  text: 'text',
  number: 'decimal',
  amount: 'decimal',
  percent: 'decimal',
  year: 'numeric',
} as const;

/**
 * Numbers use `type="text"` on purpose: a number input rejects "1.234,56" before
 * the app can read it, and its spinner changes amounts on a stray scroll.
 */
export function TextField({
  value,
  onChange,
  kind = 'text',
  readOnly = false,
  list,
  maxLength,
  ...field
}: TextFieldProps) {
  const numeric = kind !== 'text';
  return (
    <Field {...field}>
      {(control) => (
        <input
          {...control}
          type="text"
          className={numeric ? 'input input--number' : 'input'}
          value={value}
          onChange={(event) => onChange(event.target.value)}
          inputMode={INPUT_MODE[kind]}
          dir={numeric ? undefined : 'auto'}
          readOnly={readOnly}
          list={list}
          maxLength={maxLength}
          autoComplete="off"
          spellCheck={numeric ? false : undefined}
        />
      )}
    </Field>
  );
}

export interface Option<V extends string> {
  value: V;
  label: string;
}

interface SelectFieldProps<V extends string> extends FieldBaseProps {
  value: V | '';
  options: readonly Option<V>[];
  onChange: (value: V | '') => void;
  /** Shown as the first, empty choice when nothing is chosen yet. */
  placeholder?: string | undefined;
}

export function SelectField<V extends string>({
  value,
  options,
  onChange,
  placeholder,
  ...field
}: SelectFieldProps<V>) {
  return (
    <Field {...field}>
      {(control) => (
        <select
          {...control}
          className="input select"
          value={value}
          onChange={(event) => {
            const chosen = options.find((o) => o.value === event.target.value);
            onChange(chosen === undefined ? '' : chosen.value);
          }}
        >
          {placeholder !== undefined && <option value="">{placeholder}</option>}
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
