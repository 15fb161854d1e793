import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../../src/contract/result';

interface AnalysisRegionProps {
  titleId: string;
  title: string;
  /** The shown results are not (yet) those of what is on screen now. */
  updating: boolean;
  error: ApiError | null;
  hasValue: boolean;
  onRetry: () => void;
  /** Shown (with a progress bar) until the first result is in. */
  computingText: string;
  testId: string;
  children: ReactNode;
}

/**
 * Results computed by the host. While newer ones are on their way the old ones stay
 * readable but dimmed, the region is marked busy and a status line says "updating", so
 * results of an earlier state never pass for current ones.
 */
export function AnalysisRegion(props: AnalysisRegionProps) {
  const { t } = useTranslation();
  const { titleId, title, updating, error, hasValue, onRetry, computingText, testId, children } = props;
  const state = error !== null ? 'failed' : updating ? 'updating' : 'current';
  return (
    <section
      className={`analysis analysis--${state}`}
      aria-labelledby={titleId}
      aria-busy={updating}
      data-testid={testId}
      data-state={state}
    >
      <div className="analysis__header">
        <h2 id={titleId} className="section-title analysis__title">
          {title}
        </h2>
        <p className="analysis__status" role="status" data-testid={`${testId}-status`}>
          {state === 'updating' && <span className="spinner" aria-hidden="true" />}
          {state === 'failed' ? t('analysis.failedShort') : t(`analysis.${state}`)}
        </p>
      </div>
      {error !== null && (
        <div className="alert alert--error refresh-error" role="alert">
          <span dir="auto">
            {t('analysis.failed', { message: error.message })}
            {hasValue && ` ${t('analysis.staleNote')}`}
          </span>
          <button type="button" className="button button--small" onClick={onRetry}>
            {t('common.retry')}
          </button>
        </div>
      )}
      {hasValue ? (
        <div className="analysis__body">{children}</div>
      ) : (
        error === null && (
          <div className="analysis__computing">
            <progress className="progress" aria-label={computingText} />
            <p>{computingText}</p>
          </div>
        )
      )}
    </section>
  );
}
