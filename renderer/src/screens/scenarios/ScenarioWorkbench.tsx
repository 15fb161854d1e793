import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { monteCarloSchema, type ScenarioJson } from '../../../../src/model/scenario';
import { formatNumber } from '../../domain/format';
import { nameById } from '../../domain/plans';
import { useLang } from '../../i18n/useLang';
import { jobView } from '../../state/scenarioJob';
import { runCacheKey } from '../../state/scenarioRunCache';
import { useJobRunner } from '../../state/useJobRunner';
import { useWorkspaceData } from '../../state/workspaceContext';
import { JobProgress } from './JobProgress';
import { runState, toneOf } from './runStatus';
import { NextEuroPanel } from './results/NextEuroPanel';

// The results bring Recharts; loaded when the first run is in, as in the plan builder.
const ScenarioResults = lazy(() =>
  import('./results/ScenarioResults').then((module) => ({ default: module.ScenarioResults })),
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
 * The chosen scenario's run: start, progress and cancel, then its results. Mounted per
 * scenario (keyed by id): another scenario starts without the previous one's figures,
 * and leaving cancels a run still going.
 */
export function ScenarioWorkbench({ scenario }: { scenario: ScenarioJson }) {
  const { t } = useTranslation();
  const { locale } = useLang();
  const data = useWorkspaceData();
  // The last run of this scenario comes back when the user returns to the screen.
  const { runner, state } = useJobRunner(undefined, runCacheKey(data.info.path, scenario.id));
  // Any saved change can move the results (the scenario, a plan, a stream's budget): the save time says so.
  const key = JSON.stringify([scenario.id, data.info.lastSavedAt]);
  const view = jobView(state, key);
  const status = runState(view);
  const { draws, seed } = monteCarloSchema.parse(scenario.monteCarlo ?? {});
  const regionState = toneOf(status);

  return (
    <section
      className={`analysis analysis--${regionState}`}
      aria-labelledby="scenario-run-title"
      aria-busy={view.running}
      data-testid="scenario-run"
      data-state={status}
    >
      <div className="analysis__header">
        <h2 id="scenario-run-title" className="section-title analysis__title">
          {t('scenarioRun.title')}
        </h2>
        <p className="analysis__status" data-testid="scenario-run-status">
          {view.running && <span className="spinner" aria-hidden="true" />}
          {t(`scenarioRun.${BADGE[status]}`)}
        </p>
      </div>
      <div className="run-controls">
        <button
          type="button"
          className="button button--primary"
          onClick={() => runner.start({ scenarioId: scenario.id }, key)}
          disabled={view.running && !view.runningForEarlier}
          data-testid="run-scenario"
        >
          {view.result === null ? t('scenarioRun.run') : t('scenarioRun.rerun')}
        </button>
        {view.running && (
          <button
            type="button"
            className="button"
            onClick={runner.cancel}
            disabled={view.phase === 'cancelling'}
            data-testid="cancel-run"
          >
            {t('scenarioRun.cancel')}
          </button>
        )}
        <span className="muted">
          {t('scenarioRun.settings', { draws: formatNumber(draws, locale), seed })}
        </span>
      </div>
      <JobProgress view={view} testId="scenario-job" />
      {status === 'none' && <p className="muted">{t('scenarioRun.notRun')}</p>}
      {status === 'stale' && !view.running && (
        <p className="alert alert--warning" data-testid="scenario-run-stale">
          {t('scenarioRun.stale')}
        </p>
      )}
      {view.result !== null && (
        <div className="analysis__body">
          <Suspense fallback={<p className="muted">{t('scenarioRun.loadingCharts')}</p>}>
            <ScenarioResults
              run={view.result}
              scenarioName={scenario.name}
              planName={nameById(data.plans, (plan) => plan.name)}
            />
          </Suspense>
        </div>
      )}
      <NextEuroPanel
        scenarioId={scenario.id}
        stateKey={key}
        streamName={nameById(data.streams, (stream) => stream.name)}
      />
    </section>
  );
}
