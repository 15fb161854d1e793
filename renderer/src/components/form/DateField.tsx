import { Field, type FieldBaseProps } from './Field';

interface DateFieldProps extends FieldBaseProps {
  /** `YYYY-MM-DD`, or '' for no date. */
  value: string;
  onChange: (value: string) => void;
}

/**
 * A calendar date (a peildatum). The browser's date input gives `YYYY-MM-DD` whatever
 * the language, which is what the model stores, and shows the date the local way; a
 * date it cannot read comes back empty, which the form then treats as "no date".
 */
export function DateField({ value, onChange, ...field }: DateFieldProps) {
  return (
    <Field {...field}>
      {(control) => (
        <input
          {...control}
          type="date"
          className="input input--date"
          value={value}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </Field>
  );
}
