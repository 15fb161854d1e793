import { useTranslation } from 'react-i18next';
import type { OperationName } from '../../../../src/contract/operations';
import { useCan } from '../../session/sessionContext';

interface SectionFormActionsProps {
  /** Whether the draft differs from what is stored: nothing to save or discard otherwise. */
  changed: boolean;
  /** While a save is under way the button stays disabled, so a second press cannot save twice. */
  saving: boolean;
  onDiscard: () => void;
  saveTestId: string;
  discardTestId?: string;
  /** The operation the form saves with: a role that may not call it gets no Save or Discard. */
  operation: OperationName;
}

/** Save, Discard and the note that there are unsaved changes, under a section form (see useSectionForm). */
export function SectionFormActions({
  changed,
  saving,
  onDiscard,
  saveTestId,
  discardTestId,
  operation,
}: SectionFormActionsProps) {
  const { t } = useTranslation();
  const can = useCan();
  if (!can(operation)) return null;
  return (
    <div className="form-actions">
      <button
        type="submit"
        className="button button--primary"
        disabled={saving || !changed}
        data-testid={saveTestId}
      >
        {t('common.save')}
      </button>
      <button
        type="button"
        className="button"
        disabled={!changed}
        onClick={onDiscard}
        data-testid={discardTestId}
      >
        {t('settings.discard')}
      </button>
      {changed && (
        <span className="muted" role="status">
          {t('settings.unsaved')}
        </span>
      )}
    </div>
  );
}
