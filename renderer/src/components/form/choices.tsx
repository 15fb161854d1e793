import { controlProps, describedBy, fieldDomId, FieldErrors } from './Field';
import type { Option } from './inputs';

interface CheckboxFieldProps {
  formId: string;
  name: string;
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  errors?: readonly string[] | undefined;
}

export function CheckboxField({ formId, name, label, checked, onChange, errors = [] }: CheckboxFieldProps) {
  const id = fieldDomId(formId, name);
  return (
    <div className="field field--checkbox">
      <input
        {...controlProps(id, undefined, errors)}
        type="checkbox"
        className="checkbox"
        checked={checked}
        onChange={(event) => onChange(event.target.checked)}
      />
      <label htmlFor={id}>{label}</label>
      <FieldErrors id={`${id}-error`} name={name} errors={errors} />
    </div>
  );
}

interface GroupProps<V extends string> {
  formId: string;
  name: string;
  legend: string;
  options: readonly Option<V>[];
  hint?: string;
  errors?: readonly string[] | undefined;
}

/** Both groups wire their hint and errors to the fieldset the same way; this is that wiring. */
function groupIds({ formId, name, hint, errors = [] }: GroupProps<string>) {
  const id = fieldDomId(formId, name);
  const hintId = hint === undefined ? undefined : `${id}-hint`;
  const errorId = `${id}-error`;
  return { id, hintId, errorId, errors, described: describedBy([hintId, errors.length > 0 && errorId]) };
}

/** The group's hint, when it has one; where it stands in the fieldset is the group's choice. */
function GroupHint({ id, hint }: { id: string | undefined; hint: string | undefined }) {
  if (hint === undefined) return null;
  return (
    <p id={id} className="field__hint">
      {hint}
    </p>
  );
}

/** Several choices from a list; the legend names the group for screen readers. */
export function CheckboxGroup<V extends string>({
  selected,
  onChange,
  ...group
}: GroupProps<V> & { selected: readonly V[]; onChange: (selected: V[]) => void }) {
  const { name, legend, options, hint } = group;
  const ids = groupIds(group);
  const toggle = (value: V, on: boolean) =>
    // Keep the list's order, so the saved JSON does not depend on click order.
    onChange(options.map((o) => o.value).filter((v) => (v === value ? on : selected.includes(v))));
  return (
    <fieldset className="fieldset" aria-describedby={ids.described} data-testid={`group-${name}`}>
      <legend className="fieldset__legend">{legend}</legend>
      <GroupHint id={ids.hintId} hint={hint} />
      <div className="choices">
        {options.map((option) => (
          <label key={option.value} className="choice">
            <input
              type="checkbox"
              className="checkbox"
              checked={selected.includes(option.value)}
              onChange={(event) => toggle(option.value, event.target.checked)}
            />
            {option.label}
          </label>
        ))}
      </div>
      <FieldErrors id={ids.errorId} name={name} errors={ids.errors} />
    </fieldset>
  );
}

/** One choice from a short list. */
export function RadioGroup<V extends string>({
  value,
  onChange,
  ...group
}: GroupProps<V> & { value: V; onChange: (value: V) => void }) {
  const { name, legend, options, hint } = group;
  const ids = groupIds(group);
  return (
    <fieldset className="fieldset" aria-describedby={ids.described}>
      <legend className="fieldset__legend">{legend}</legend>
      <div className="choices choices--inline">
        {options.map((option) => (
          <label key={option.value} className="choice">
            <input
              type="radio"
              name={ids.id}
              className="radio"
              value={option.value}
              checked={value === option.value}
              onChange={() => onChange(option.value)}
            />
            {option.label}
          </label>
        ))}
      </div>
      <GroupHint id={ids.hintId} hint={hint} />
      <FieldErrors id={ids.errorId} name={name} errors={ids.errors} />
    </fieldset>
  );
}
