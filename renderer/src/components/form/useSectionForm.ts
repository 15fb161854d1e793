import { useId, useRef } from 'react';
import { useEditorForm, type EditorOptions } from './useEditorForm';

/**
 * A form over one section of the workspace that is saved whole (settings, procurement)
 * and stays on screen after a save: the editor form, the ids it needs, and whether the
 * draft differs from what is stored, which the Save and Discard buttons follow.
 */
export function useSectionForm<D, V>(options: Omit<EditorOptions<D, V>, 'formRef'>) {
  const formRef = useRef<HTMLFormElement>(null);
  const formId = useId().replace(/:/g, '');
  const form = useEditorForm<D, V>({ ...options, formRef });
  const changed = JSON.stringify(form.draft) !== JSON.stringify(options.initial);
  return { formRef, formId, form, changed, discard: () => form.update(options.initial) };
}
