import type { StreamEditorDraft } from './termsDraft';

/** What each part of the stream editor needs: the draft, a way to change it and its errors. */
export interface SectionProps {
  formId: string;
  draft: StreamEditorDraft;
  update: (patch: Partial<StreamEditorDraft>) => void;
  errorsFor: (name: string) => string[];
}
