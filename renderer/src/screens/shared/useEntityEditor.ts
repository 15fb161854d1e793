import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../../../../src/model/settings';
import { useEditorForm, type EditorForm, type EditorOptions } from '../../components/form/useEditorForm';
import type { CollectionEdits, NamedEntity } from '../../domain/commands';
import { useLang } from '../../i18n/useLang';
import { useWorkspace } from '../../state/workspaceContext';
import type { EditorProps, EditorSection } from './entityScreen';

interface EntityEditorOptions<D, V extends NamedEntity>
  extends
    Omit<EditorProps<V>, 'takenIds'>,
    Pick<EditorOptions<D, V>, 'formRef' | 'fieldsOf' | 'check' | 'serverPrefix' | 'remapPath'> {
  /** Where the editor's texts are in the catalogue (`newTitle`, `editTitle`, `saved`). */
  section: EditorSection;
  edits: CollectionEdits<V>;
  emptyDraft: () => D;
  draftOf: (original: V, locale: Locale) => D;
  /** Told what was saved, before the editor closes (a screen may want to show the new row). */
  onSavedValue?: (saved: V) => void;
}

/** What an entity editor's shell and fields need to know of it. */
export interface EntityEditor<D> {
  section: EditorSection;
  formId: string;
  titleId: string;
  title: string;
  /** A new row: its id may still change. */
  creating: boolean;
  form: EditorForm<D>;
  onClose: () => void;
}

/**
 * The part every collection's editor shares: a form over a draft that saves as a
 * create for a new row or an update of the original, then says so and closes.
 */
export function useEntityEditor<D, V extends NamedEntity>({
  section,
  edits,
  original,
  latest,
  onClose,
  emptyDraft,
  draftOf,
  onSavedValue,
  ...formOptions
}: EntityEditorOptions<D, V>): EntityEditor<D> {
  const { t } = useTranslation();
  const { locale } = useLang();
  const { perform, announce } = useWorkspace();
  const formId = useId().replace(/:/g, '');
  // The record the draft started from: its version is the one a save expects.
  const [base, setBase] = useState(original);
  const form = useEditorForm({
    ...formOptions,
    initial: base === null ? emptyDraft() : draftOf(base, locale),
    save: (value: V) => perform(base === null ? edits.create(value) : edits.update(value, base)),
    onSaved: (saved) => {
      announce('success', t(`${section}.saved`, { name: saved.name }));
      onSavedValue?.(saved);
      onClose();
    },
  });
  // Nothing typed yet: show the record as stored now (a colleague's change, live) and expect
  // its version. With a draft the base stays, so saving over their change asks first.
  if (
    base !== null &&
    latest !== undefined &&
    latest !== base &&
    !form.saving &&
    JSON.stringify(form.draft) === JSON.stringify(draftOf(base, locale))
  ) {
    setBase(latest);
    form.reset(draftOf(latest, locale));
  }
  return {
    section,
    formId,
    titleId: `${formId}-title`,
    title: base === null ? t(`${section}.newTitle`) : t(`${section}.editTitle`, { name: base.name }),
    creating: base === null,
    form,
    onClose,
  };
}
