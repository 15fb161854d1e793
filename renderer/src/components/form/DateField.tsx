import { Field, type FieldBaseProps } from './Field';

export interface CalendarFieldProps extends FieldBaseProps {
  /** `YYYY-MM-DD` for a date, `YYYY-MM` for a month, or '' for none. */
  value: string;
  onChange: (value: string) => void;
}

/**
 * A date or a month picked in the browser's own calendar input, which gives the ISO form
 * whatever the language (what the model stores) and shows it the local way.
 */
function CalendarField({ type, value, onChange, ...field }: CalendarFieldProps & { type: 'date' | 'month' }) {
  return (
    <Field {...field}>
      {(control) => (
        <input
          {...control}
          type={type}
          className="input input--date"
          value={value}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </Field>
  );
}

/**
 * A calendar date (a peildatum). A date the browser cannot read comes back empty, which
 * the form then treats as "no date".
 */
export function DateField(props: CalendarFieldProps) {
  return <CalendarField {...props} type="date" />;
}

/** A calendar month (`YYYY-MM`). */
export function MonthField(props: CalendarFieldProps) {
  return <CalendarField {...props} type="month" />;
}
