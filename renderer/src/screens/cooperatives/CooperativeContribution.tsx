import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { monteCarloSchema, type ScenarioJson } from '../../../../src/model/scenario';
import { formatNumber } from '../../domain/format';
import { useLang } from '../../i18n/useLang';
import { jobView } from '../../state/scenarioJob';
import { runCacheKey } from '../../state/scenarioRunCache';
import { useJobRunner } from '../../state/useJobRunner';
import { useWorkspaceData } from '../../state/workspaceContext';
import { JobProgress } from '../scenarios/JobProgress';
import { runState, toneOf } from '../scenarios/runStatus';

// The Doughnut brings Recharts: loaded once a run is in, as on the scenarios screen.
const CooperativeDoughnut = lazy(() =>
  import('./CooperativeDoughnut').then((module) => ({ default: module.CooperativeDoughnut })),
);

const BADGE = {
  running: 'statusRunning',
  current: 'statusCurrent',
  stale: 'statusStale',
  failed: 'statusFailed',
  cancelled: 'statusCancelled',
  none: 'statusNone',
} as const;

/**
 * The cooperative's own Doughnut: the chosen scenario's run (a job with progress and
 * cancel, as on the scenarios screen, and the same kept result: a run made there shows
 * here and back), then what this cooperative contributes per dimension.
 */
export function CooperativeContribution({
  scenario,
  cooperativeId,
}: {
  scenario: ScenarioJson;
  cooperativeId: string;
}) {
  const { t } = useTranslation();
  const { locale } = useLang();
  const data = useWorkspaceData();
  const { runner, state } = useJobRunner(undefined, runCacheKey(data.info.path, scenario.id));
  // The scenarios screen's key, so a run made there counts as current here.
  const key = JSON.stringify([scenario.id, data.info.lastSavedAt]);
  const view = jobView(state, key);
  const status = runState(view);
  const { draws, seed } = monteCarloSchema.parse(scenario.monteCarlo ?? {});
  return (
    <section
      className={`analysis analysis--${toneOf(status)}`}
      aria-labelledby="cooperative-run-title"
      aria-busy={view.running}
      data-testid="cooperative-run"
      data-state={status}
    >
      <div className="analysis__header">
        <h2 id="cooperative-run-title" className="section-title analysis__title">
          {t('cooperativePage.doughnutTitle')}
        </h2>
        <p className="analysis__status" data-testid="cooperative-run-status">
          {view.running && <span className="spinner" aria-hidden="true" />}
          {t(`scenarioRun.${BADGE[status]}`)}
        </p>
      </div>
      <p className="field__hint">{t('cooperativePage.doughnutIntro')}</p>
      <div className="run-controls">
        <button
          type="button"
          className="button button--primary"
          onClick={() => runner.start({ scenarioId: scenario.id }, key)}
          disabled={view.running && !view.runningForEarlier}
          data-testid="cooperative-run-scenario"
        >
          {view.result === null ? t('scenarioRun.run') : t('scenarioRun.rerun')}
        </button>
        {view.running && (
          <button
            type="button"
            className="button"
            onClick={runner.cancel}
            disabled={view.phase === 'cancelling'}
            data-testid="cooperative-cancel-run"
          >
            {t('scenarioRun.cancel')}
          </button>
        )}
        <span className="muted">
          {t('scenarioRun.settings', { draws: formatNumber(draws, locale), seed })}
        </span>
      </div>
      <JobProgress view={view} testId="cooperative-job" />
      {status === 'none' && <p className="muted">{t('scenarioRun.notRun')}</p>}
      {status === 'stale' && !view.running && (
        <p className="alert alert--warning" data-testid="cooperative-run-stale">
          {t('scenarioRun.stale')}
        </p>
      )}
      {view.result !== null && (
        <div className="analysis__body">
          <Suspense fallback={<p className="muted">{t('scenarioRun.loadingCharts')}</p>}>
            <CooperativeDoughnut
              run={view.result}
              cooperativeId={cooperativeId}
              scenarioName={scenario.name}
            />
          </Suspense>
        </div>
      )}
    </section>
  );
}
