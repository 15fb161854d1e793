import { useTranslation } from 'react-i18next';
import { searchDistanceWords } from '../../../../src/finance/analysis/blend-distance';
import { formatNumber } from '../../domain/format';
import { useLang } from '../../i18n/useLang';
import { useShownAfter, type BlendJobView } from './useBlendJob';

/** A blend that ends sooner than this shows no progress bar at all (no flash). */
export const BAR_DELAY_MS = 300;

/**
 * Where the portfolio blend stands: while it runs (after BAR_DELAY_MS) a bar, the
 * search's best distance so far ("now at most €X from the best possible"), the
 * subproblems solved and Cancel; once cancelled, a way to start it again.
 */
export function BlendJobStatus({ view }: { view: BlendJobView }) {
  const { t } = useTranslation();
  const { lang, locale } = useLang();
  const { state, running } = view;
  const barShown = useShownAfter(running ? state.seq : null, BAR_DELAY_MS);
  if (state.phase === 'cancelled')
    return (
      <div className="job-progress blend-job" data-testid="blend-job" data-phase="cancelled">
        <p className="job-progress__text" role="status" data-testid="blend-job-text">
          {t('portfolio.blendJob.cancelled')}
        </p>
        <button
          type="button"
          className="button button--small"
          onClick={view.restart}
          data-testid="blend-job-restart"
        >
          {t('portfolio.blendJob.restart')}
        </button>
      </div>
    );
  if (!barShown) return null;
  const progress = state.progress;
  const cancelling = state.phase === 'cancelling';
  return (
    <div className="job-progress blend-job" data-testid="blend-job" data-phase={state.phase}>
      <progress className="progress" aria-label={t('portfolio.blendJob.progressLabel')} />
      {/* The live region says only the phase; the figures change five times a second. */}
      <p className="job-progress__text" role="status" data-testid="blend-job-text">
        {cancelling ? t('portfolio.blendJob.cancelling') : t('portfolio.blendJob.running')}
      </p>
      {progress !== null && (
        <span className="job-progress__count" aria-hidden="true" data-testid="blend-job-distance">
          {searchDistanceWords(lang, progress.distance) ?? t('portfolio.blendJob.noBlendYet')}
          {' · '}
          {t('portfolio.blendJob.nodes', { nodes: formatNumber(progress.nodes, locale) })}
        </span>
      )}
      <button
        type="button"
        className="button button--small"
        onClick={view.cancel}
        disabled={cancelling}
        data-testid="blend-job-cancel"
      >
        {t('portfolio.blendJob.cancel')}
      </button>
    </div>
  );
}
