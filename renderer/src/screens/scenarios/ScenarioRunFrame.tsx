import { Suspense, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { monteCarloSchema, type ScenarioJson } from '../../../../src/model/scenario';
import type { ScenarioRun } from '../../domain/impact/types';
import { formatNumber } from '../../domain/format';
import { useLang } from '../../i18n/useLang';
import { jobView } from '../../state/scenarioJob';
import { runCacheKey } from '../../state/scenarioRunCache';
import { useJobRunner } from '../../state/useJobRunner';
import { useWorkspaceData } from '../../state/workspaceContext';
import { JobProgress } from './JobProgress';
import { runState, toneOf } from './runStatus';

const BADGE = {
  running: 'statusRunning',
  current: 'statusCurrent',
  stale: 'statusStale',
  failed: 'statusFailed',
  cancelled: 'statusCancelled',
  none: 'statusNone',
} as const;

/** The test ids of one frame's parts, so each screen keeps its own. */
export interface RunFrameIds {
  region: string;
  status: string;
  run: string;
  cancel: string;
  job: string;
  stale: string;
}

/**
 * A scenario's run as a job: start, progress and cancel, the run's state, then what the
 * screen shows of the result. Every screen that runs a scenario (the scenarios screen, a
 * cooperative's page) shares the kept result per workspace file and scenario, and the key
 * of the last save: any saved change can move the results, so a run is current only for
 * the save it was started after.
 */
export function ScenarioRunFrame({
  scenario,
  title,
  intro,
  ids,
  loading,
  result,
  after,
}: {
  scenario: ScenarioJson;
  title: string;
  intro?: string;
  ids: RunFrameIds;
  /** Shown while the lazily loaded result view loads. */
  loading: string;
  result: (run: ScenarioRun) => ReactNode;
  /** Below the result (the scenarios screen's next-euro panel), given the run key. */
  after?: (key: string) => ReactNode;
}) {
  const { t } = useTranslation();
  const { locale } = useLang();
  const data = useWorkspaceData();
  const { runner, state } = useJobRunner(undefined, runCacheKey(data.info.path, scenario.id));
  const key = JSON.stringify([scenario.id, data.info.lastSavedAt]);
  const view = jobView(state, key);
  const status = runState(view);
  const { draws, seed } = monteCarloSchema.parse(scenario.monteCarlo ?? {});
  const titleId = `${ids.region}-title`;
  return (
    <section
      className={`analysis analysis--${toneOf(status)}`}
      aria-labelledby={titleId}
      aria-busy={view.running}
      data-testid={ids.region}
      data-state={status}
    >
      <div className="analysis__header">
        <h2 id={titleId} className="section-title analysis__title">
          {title}
        </h2>
        <p className="analysis__status" data-testid={ids.status}>
          {view.running && <span className="spinner" aria-hidden="true" />}
          {t(`scenarioRun.${BADGE[status]}`)}
        </p>
      </div>
      {intro !== undefined && <p className="field__hint">{intro}</p>}
      <div className="run-controls">
        <button
          type="button"
          className="button button--primary"
          onClick={() => runner.start({ scenarioId: scenario.id }, key)}
          disabled={view.running && !view.runningForEarlier}
          data-testid={ids.run}
        >
          {view.result === null ? t('scenarioRun.run') : t('scenarioRun.rerun')}
        </button>
        {view.running && (
          <button
            type="button"
            className="button"
            onClick={runner.cancel}
            disabled={view.phase === 'cancelling'}
            data-testid={ids.cancel}
          >
            {t('scenarioRun.cancel')}
          </button>
        )}
        <span className="muted">
          {t('scenarioRun.settings', { draws: formatNumber(draws, locale), seed })}
        </span>
      </div>
      <JobProgress view={view} testId={ids.job} />
      {status === 'none' && <p className="muted">{t('scenarioRun.notRun')}</p>}
      {status === 'stale' && !view.running && (
        <p className="alert alert--warning" data-testid={ids.stale}>
          {t('scenarioRun.stale')}
        </p>
      )}
      {view.result !== null && (
        <div className="analysis__body">
          <Suspense fallback={<p className="muted">{loading}</p>}>{result(view.result)}</Suspense>
        </div>
      )}
      {after?.(key)}
    </section>
  );
}
