import { Field, type FieldBaseProps } from '../../../components/form/Field';

interface TextAreaFieldProps extends FieldBaseProps {
  value: string;
  onChange: (value: string) => void;
  maxLength?: number;
  rows?: number;
}

/** Free text over several lines (a basis, a source), read in any direction. */
export function TextAreaField({ value, onChange, maxLength, rows = 3, ...field }: TextAreaFieldProps) {
  return (
    <Field {...field}>
      {(control) => (
        <textarea
          {...control}
          className="input textarea"
          value={value}
          rows={rows}
          maxLength={maxLength}
          dir="auto"
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </Field>
  );
}
