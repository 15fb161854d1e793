import type { EditorForm } from './useEditorForm';

/** The part of an editor's form a field bound to its draft reads and writes. */
export type DraftForm<D> = Pick<EditorForm<D>, 'draft' | 'update' | 'errorsFor'>;

/** What one part of a larger editor gets: the form's id, its draft, a way to change it and its errors. */
export interface DraftSection<D> extends DraftForm<D> {
  formId: string;
}

/**
 * Ties labelled fields to the keys of an editor's draft: the value shown, how a change is
 * written back and the errors the checks found under the field's name. The name is the
 * field's JSON path in the saved value; pass it where it differs from the draft key
 * (`loan.rate` for `loanRate`), so errors and DOM ids follow the format, not the draft.
 * Spread the result into a TextField, SelectField, DateField, CheckboxField or CheckboxGroup
 * and add what is particular to the field (label, hint, kind). For one row of a list the
 * draft is the row, and `prefix` its path (`priorStateAid[0].`), which every name starts with.
 */
export function draftFields<D>(formId: string, { draft, update, errorsFor }: DraftForm<D>, prefix = '') {
  const write =
    <K extends keyof D>(key: K) =>
    (value: D[K]) => {
      const patch: Partial<D> = {};
      patch[key] = value;
      update(patch);
    };
  return {
    /** For fields that show a value: text, numbers, dates, a choice from a list. */
    value: <K extends keyof D & string>(key: K, name: string = prefix + key) => ({
      formId,
      name,
      value: draft[key],
      onChange: write(key),
      errors: errorsFor(name),
    }),
    /** For a single tick box. */
    checked: <K extends keyof D & string>(key: K, name: string = prefix + key) => ({
      formId,
      name,
      checked: draft[key],
      onChange: write(key),
      errors: errorsFor(name),
    }),
    /** For a group of tick boxes, a list of the values ticked. */
    selected: <K extends keyof D & string>(key: K, name: string = prefix + key) => ({
      formId,
      name,
      selected: draft[key],
      onChange: write(key),
      errors: errorsFor(name),
    }),
  };
}
