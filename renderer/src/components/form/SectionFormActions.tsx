import { useTranslation } from 'react-i18next';

interface SectionFormActionsProps {
  /** Whether the draft differs from what is stored: nothing to save or discard otherwise. */
  changed: boolean;
  /** While a save is under way the button stays disabled, so a second press cannot save twice. */
  saving: boolean;
  onDiscard: () => void;
  saveTestId: string;
  discardTestId?: string;
}

/** Save, Discard and the note that there are unsaved changes, under a section form (see useSectionForm). */
export function SectionFormActions({
  changed,
  saving,
  onDiscard,
  saveTestId,
  discardTestId,
}: SectionFormActionsProps) {
  const { t } = useTranslation();
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
