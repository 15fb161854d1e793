import type { ReactNode } from 'react';

/** Props every input gets so assistive technology hears its label, hint and errors. */
export interface ControlProps {
  id: string;
  'aria-invalid'?: true;
  'aria-describedby'?: string;
}

/** A DOM id for a field named by JSON path (`priorStateAid[0].amount`). */
export function fieldDomId(formId: string, name: string): string {
  return `${formId}-${name.replace(/[^A-Za-z0-9_-]/g, '-')}`;
}

export function describedBy(ids: readonly (string | false | undefined)[]): string | undefined {
  const text = ids.filter((id): id is string => typeof id === 'string' && id !== '').join(' ');
  return text === '' ? undefined : text;
}

export function controlProps(
  id: string,
  hintId: string | undefined,
  errors: readonly string[],
): ControlProps {
  const described = describedBy([hintId, errors.length > 0 && `${id}-error`]);
  return {
    id,
    ...(errors.length > 0 ? { 'aria-invalid': true as const } : {}),
    ...(described === undefined ? {} : { 'aria-describedby': described }),
  };
}

/** The field's messages; `data-testid="error-<path>"` lets tests find them by field. */
export function FieldErrors({ id, name, errors }: { id: string; name: string; errors: readonly string[] }) {
  if (errors.length === 0) return null;
  return (
    <div id={id} className="field__errors" data-testid={`error-${name}`}>
      {errors.map((message) => (
        <p key={message} className="field__error">
          {message}
        </p>
      ))}
    </div>
  );
}

/** What every labelled field takes, whatever its control; the inputs pass these through to `Field`. */
export interface FieldBaseProps {
  formId: string;
  name: string;
  label: string;
  errors?: readonly string[] | undefined;
  hint?: string | undefined;
  className?: string;
}

interface FieldProps extends FieldBaseProps {
  children: (control: ControlProps) => ReactNode;
}

/** Label, control, hint and errors, wired together by ids. */
export function Field({ formId, name, label, errors = [], hint, className, children }: FieldProps) {
  const id = fieldDomId(formId, name);
  const hintId = hint === undefined ? undefined : `${id}-hint`;
  const invalid = errors.length > 0;
  return (
    <div className={['field', invalid ? 'field--invalid' : '', className ?? ''].join(' ').trim()}>
      <label htmlFor={id} className="field__label">
        {label}
      </label>
      {children(controlProps(id, hintId, errors))}
      {hintId !== undefined && (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      )}
      <FieldErrors id={`${id}-error`} name={name} errors={errors} />
    </div>
  );
}
