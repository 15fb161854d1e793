import { Field, type FieldBaseProps } from './Field';

interface MonthFieldProps extends FieldBaseProps {
  /** `YYYY-MM`, or '' for no month. */
  value: string;
  onChange: (value: string) => void;
}

/**
 * A calendar month. Like the date field, the browser's month input gives `YYYY-MM`
 * whatever the language (what the model stores) and shows the month the local way.
 */
export function MonthField({ value, onChange, ...field }: MonthFieldProps) {
  return (
    <Field {...field}>
      {(control) => (
        <input
          {...control}
          type="month"
          className="input input--date"
          value={value}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </Field>
  );
}
