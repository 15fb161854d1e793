import { memo, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { siloLabel } from '../../../../../src/model/silo';
import type { FundingStreamJson } from '../../../../../src/model/stream';
import { ALL_ELIGIBLE, isCandidate, toggleCandidate, type CandidateChoice } from '../../../domain/candidates';
import { TermsFlag } from '../../../components/terms/TermsFlag';
import { useLabels } from '../../../i18n/useLabels';

interface CandidatePickerProps {
  /** Null until the first analysis says which streams may fund the plan. */
  eligibleIds: readonly string[] | null;
  streams: readonly FundingStreamJson[];
  choice: CandidateChoice;
  onChange: (choice: CandidateChoice) => void;
}

/**
 * Which streams the blend may use: every eligible one (the default) or a chosen few.
 * Memoised: the builder redraws on every keystroke and save, the list only when the
 * eligible streams, the streams or the choice change.
 */
export const CandidatePicker = memo(function CandidatePicker({
  eligibleIds,
  streams,
  choice,
  onChange,
}: CandidatePickerProps) {
  const { t } = useTranslation();
  const labels = useLabels();
  const id = useId().replace(/:/g, '');
  const eligible = streams
    .filter((stream) => eligibleIds?.includes(stream.id) === true)
    .sort((a, b) => a.name.localeCompare(b.name));
  const chosenCount = eligible.filter((stream) => isCandidate(choice, stream.id)).length;

  return (
    <fieldset className="fieldset candidates" data-testid="candidates">
      <legend id={`${id}-legend`} className="fieldset__legend">
        {t('candidates.title')}
      </legend>
      <p id={`${id}-hint`} className="field__hint">
        {t('candidates.hint')}
      </p>
      {eligibleIds === null ? (
        <p className="muted">{t('candidates.waiting')}</p>
      ) : eligible.length === 0 ? (
        <p className="muted">{t('candidates.none')}</p>
      ) : (
        <>
          <div
            className="choices choices--inline"
            role="radiogroup"
            aria-labelledby={`${id}-legend`}
            aria-describedby={`${id}-hint`}
          >
            <label className="choice">
              <input
                type="radio"
                className="radio"
                name={`${id}-mode`}
                checked={choice.mode === 'all'}
                onChange={() => onChange(ALL_ELIGIBLE)}
                data-testid="candidates-all"
              />
              {t('candidates.all', { count: eligible.length })}
            </label>
            <label className="choice">
              <input
                type="radio"
                className="radio"
                name={`${id}-mode`}
                checked={choice.mode === 'chosen'}
                onChange={() => onChange({ mode: 'chosen', streamIds: eligible.map((stream) => stream.id) })}
                data-testid="candidates-chosen"
              />
              {t('candidates.chosen', { count: chosenCount, total: eligible.length })}
            </label>
          </div>
          <ul className="candidates__list">
            {eligible.map((stream) => (
              <li key={stream.id}>
                <label className="choice">
                  <input
                    type="checkbox"
                    className="checkbox"
                    checked={isCandidate(choice, stream.id)}
                    onChange={() =>
                      onChange(
                        toggleCandidate(
                          choice,
                          stream.id,
                          eligible.map((s) => s.id),
                        ),
                      )
                    }
                    data-testid={`candidate-${stream.id}`}
                  />
                  <span>
                    <span dir="auto">{stream.name}</span>
                    <span className="cell-sub">
                      {t('candidates.meta', {
                        silo: siloLabel(stream.silo),
                        kind: labels.streamKind(stream.kind),
                      })}
                    </span>
                    {/* A coach choosing streams should know which terms nobody has checked for a year. */}
                    <TermsFlag termsDate={stream.termsDate} testId={`candidate-terms-${stream.id}`} />
                  </span>
                </label>
              </li>
            ))}
          </ul>
        </>
      )}
    </fieldset>
  );
});
