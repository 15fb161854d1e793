import type { DraftSection } from '../../components/form/draftFields';
import type { StreamEditorDraft } from './termsDraft';

/** What each part of the stream editor needs: the draft, a way to change it and its errors. */
export type SectionProps = DraftSection<StreamEditorDraft>;
