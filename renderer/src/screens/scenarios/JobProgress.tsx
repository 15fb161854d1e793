import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../domain/format';
import { useLang } from '../../i18n/useLang';
import type { JobView } from '../../state/scenarioJob';

/**
 * Where a run stands, in words and as a real progress bar (draws done of the total).
 * While the blend runs there are no draws yet: the bar is indeterminate then.
 */
export function JobProgress({ view, testId }: { view: JobView; testId: string }) {
  const { t } = useTranslation();
  const { locale } = useLang();
  const { phase, done, total } = view;
  const count = { done: formatNumber(done, locale), total: formatNumber(total, locale) };
  // The live region says what phase the run is in; the count changes four times a second and
  // is read from the progress bar instead, so a screen reader is not flooded.
  const words =
    phase === 'starting'
      ? t('scenarioRun.starting')
      : phase === 'cancelling'
        ? t('scenarioRun.cancelling')
        : phase === 'running'
          ? t('scenarioRun.blendingOrDrawing')
          : phase === 'cancelled'
            ? t('scenarioRun.cancelled')
            : phase === 'failed'
              ? t('scenarioRun.failed', { message: view.error?.message ?? '' })
              : null;
  const countText =
    phase === 'running' || phase === 'cancelling'
      ? done === 0
        ? t('scenarioRun.blending')
        : t('scenarioRun.progress', count)
      : null;
  return (
    <div className="job-progress" data-testid={testId} data-phase={phase} data-done={done} data-total={total}>
      {view.running && (
        <progress
          className="progress"
          aria-label={t('scenarioRun.progressLabel')}
          {...(total > 0 && done > 0 ? { max: total, value: done } : {})}
        />
      )}
      <p
        className={phase === 'failed' ? 'job-progress__text field__error' : 'job-progress__text'}
        role="status"
        data-testid={`${testId}-text`}
      >
        {words}
        {view.runningForEarlier && ` ${t('scenarioRun.runningForEarlier')}`}
      </p>
      {countText !== null && (
        <span className="job-progress__count" aria-hidden="true" data-testid={`${testId}-count`}>
          {countText}
        </span>
      )}
    </div>
  );
}
