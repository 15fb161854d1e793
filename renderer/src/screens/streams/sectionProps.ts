import type { StreamDraft } from '../../domain/streamDraft';

/** What each part of the stream editor needs: the draft, a way to change it and its errors. */
export interface SectionProps {
  formId: string;
  draft: StreamDraft;
  update: (patch: Partial<StreamDraft>) => void;
  errorsFor: (name: string) => string[];
}
