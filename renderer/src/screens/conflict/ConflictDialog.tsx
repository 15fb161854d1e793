import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Modal } from '../../components/Modal';
import { fieldDifferences, pathText } from './fieldDiff';

/** The rows the dialog lists at most; the rest are counted. */
const SHOWN = 40;

/** A stale write the host refused, as the dialog shows it. */
export interface Conflict {
  /** The host's words: who changed the record, and when. */
  message: string;
  /** The record as it is stored now; null when it is gone. */
  theirs: object | null;
  /** What the user wanted to store; for a delete, the record as the user last saw it. */
  mine: object | null;
  deleting: boolean;
}

export type ConflictChoice = 'reload' | 'mine';

interface ConflictDialogProps {
  conflict: Conflict;
  onChoose: (choice: ConflictChoice) => void;
}

function useValueText() {
  const { t } = useTranslation();
  return (value: unknown): string => {
    if (value === undefined || value === null || value === '') return t('conflict.absent');
    if (typeof value === 'boolean') return value ? t('conflict.yes') : t('conflict.no');
    if (typeof value === 'string' || typeof value === 'number') return String(value);
    return JSON.stringify(value);
  };
}

/**
 * Someone else wrote the record since the user's form showed it. Their values next to
 * the user's, only where they differ; "Herladen" shows theirs (the user's change is
 * dropped), "Mijn wijziging toch opslaan" writes the user's on top of theirs.
 */
export function ConflictDialog({ conflict, onChoose }: ConflictDialogProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const valueText = useValueText();
  const [chosen, setChosen] = useState(false);
  const differences = fieldDifferences(conflict.theirs ?? {}, conflict.mine ?? {});
  const choose = (choice: ConflictChoice) => {
    if (chosen) return;
    setChosen(true);
    onChoose(choice);
  };

  return (
    <Modal
      titleId={titleId}
      title={t('conflict.title')}
      onClose={() => choose('reload')}
      size="large"
      testId="conflict-dialog"
    >
      <div className="modal__body">
        <p dir="auto" data-testid="conflict-message">
          {conflict.deleting
            ? t('conflict.introDelete', { message: conflict.message })
            : t('conflict.intro', { message: conflict.message })}
        </p>
        {differences.length === 0 ? (
          <p>{t('conflict.same')}</p>
        ) : (
          <div className="table-wrap">
            <table className="table" data-testid="conflict-fields">
              <thead>
                <tr>
                  <th scope="col">{t('conflict.field')}</th>
                  <th scope="col">{t('conflict.theirs')}</th>
                  <th scope="col">{conflict.deleting ? t('conflict.mineDelete') : t('conflict.mine')}</th>
                </tr>
              </thead>
              <tbody>
                {differences.slice(0, SHOWN).map((difference) => {
                  const field = pathText(difference.path);
                  return (
                    <tr key={field} data-field={field}>
                      <th scope="row">{field}</th>
                      <td dir="auto" data-testid="conflict-theirs">
                        {valueText(difference.theirs)}
                      </td>
                      <td dir="auto" data-testid="conflict-mine">
                        {valueText(difference.mine)}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
        {differences.length > SHOWN && <p>{t('conflict.more', { count: differences.length - SHOWN })}</p>}
      </div>
      <div className="modal__footer">
        <button
          type="button"
          className="button"
          onClick={() => choose('reload')}
          disabled={chosen}
          data-autofocus
          data-testid="conflict-reload"
        >
          {t('conflict.reload')}
        </button>
        <button
          type="button"
          className="button button--primary"
          onClick={() => choose('mine')}
          disabled={chosen}
          data-testid="conflict-apply-mine"
        >
          {t('conflict.applyMine')}
        </button>
      </div>
    </Modal>
  );
}
