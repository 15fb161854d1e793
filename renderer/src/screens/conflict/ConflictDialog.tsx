import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Modal } from '../../components/Modal';
import { useLang } from '../../i18n/useLang';
import type { RecordKind } from '../../state/recordVersions';
import { valueWords } from '../history/historyText';
import { fieldDifferences } from './fieldDiff';
import { fieldLabel, type LabelLookup } from './fieldLabel';

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
  /** Which kind of record it is: its fields are named as its editor names them. */
  kind?: RecordKind;
  /** Names of the records it is keyed by (a scenario's factor per funding stream), by id. */
  names?: ReadonlyMap<string, string>;
}

export type ConflictChoice = 'reload' | 'mine';

interface ConflictDialogProps {
  conflict: Conflict;
  onChoose: (choice: ConflictChoice) => void;
}

/** Values as the forms show them: euros as money, fractions as percentages, yes and no. */
function useValueText() {
  const { t } = useTranslation();
  const { locale } = useLang();
  const words = {
    field: (key: string) => key,
    yes: t('conflict.yes'),
    no: t('conflict.no'),
    empty: t('conflict.absent'),
  };
  return (path: readonly (string | number)[], value: unknown): string =>
    valueWords(path, value, locale, words);
}

/** The editors' labels from the `ui` namespace; undefined for a key that has none. */
function useLabelLookup(): LabelLookup {
  const { t, i18n } = useTranslation();
  // Keys built from a record's field names: called through t's untyped signature, checked first.
  const text = t as unknown as (key: string, options?: object) => unknown;
  return (key, vars) => {
    // A key that names a group of texts (an object) is no label.
    if (typeof i18n.getResource(i18n.language, 'ui', key) !== 'string') return undefined;
    const found = text(key, vars);
    return typeof found === 'string' ? found : undefined;
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
  const lookup = useLabelLookup();
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
                  // The raw path stays on the row for tests and support; people read the label.
                  const path = difference.path.join('.');
                  return (
                    <tr key={path} data-field={path}>
                      <th scope="row" dir="auto" data-testid="conflict-field">
                        {fieldLabel(conflict.kind, difference.path, lookup, conflict.names)}
                      </th>
                      <td dir="auto" data-testid="conflict-theirs">
                        {valueText(difference.path, difference.theirs)}
                      </td>
                      <td dir="auto" data-testid="conflict-mine">
                        {valueText(difference.path, difference.mine)}
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
