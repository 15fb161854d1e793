import { lazy, Suspense, useEffect, useId, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScenarioJson } from '../../../../../src/model/scenario';
import { CheckboxGroup } from '../../../components/form/choices';
import { comparisonView, createComparisonRunner } from '../../../state/comparisonRunner';
import { apiJobHost } from '../../../state/useJobRunner';
import { useWorkspaceData } from '../../../state/workspaceContext';
import { CompareProgress } from './CompareProgress';

const CompareResults = lazy(() =>
  import('./CompareResults').then((module) => ({ default: module.CompareResults })),
);

/**
 * Two or more scenarios run side by side. The choice and the workspace state make up
 * the comparison's key: a comparison for another choice or an earlier state stays
 * readable, dimmed and marked as such, until the new one is in.
 */
export function ComparePanel({ scenarios }: { scenarios: readonly ScenarioJson[] }) {
  const { t } = useTranslation();
  const data = useWorkspaceData();
  const formId = useId().replace(/:/g, '');
  const [runner] = useState(() => createComparisonRunner(apiJobHost));
  const state = useSyncExternalStore(runner.subscribe, runner.getState);
  useEffect(() => () => runner.dispose(), [runner]);
  const [selected, setSelected] = useState<string[]>(() => scenarios.slice(0, 2).map((s) => s.id));
  // In the list's order; a deleted scenario drops out of the choice.
  const chosen = scenarios.filter((s) => selected.includes(s.id)).map((s) => s.id);
  const key = JSON.stringify([chosen, data.info.lastSavedAt]);
  const view = comparisonView(state, key);
  const nameOf = (id: string) => scenarios.find((s) => s.id === id)?.name ?? id;
  const shownIds = state.runs.map((run) => run.scenarioId);
  const status = view.running
    ? 'running'
    : view.results !== null
      ? view.current
        ? 'current'
        : 'stale'
      : view.progress.some((p) => p.phase === 'failed')
        ? 'failed'
        : view.progress.length > 0
          ? 'cancelled'
          : 'none';

  return (
    <section
      className={`analysis compare analysis--${status === 'running' || status === 'stale' ? 'updating' : 'current'}`}
      aria-labelledby="compare-title"
      aria-busy={view.running}
      data-testid="compare"
      data-state={status}
    >
      <h2 id="compare-title" className="section-title analysis__title">
        {t('compare.title')}
      </h2>
      <p className="page-heading__intro">{t('compare.intro')}</p>
      <CheckboxGroup
        formId={formId}
        name="compare"
        legend={t('compare.choose')}
        options={scenarios.map((s) => ({ value: s.id, label: s.name }))}
        selected={chosen}
        onChange={setSelected}
        {...(chosen.length < 2 ? { hint: t('compare.needTwo') } : {})}
      />
      <div className="run-controls">
        <button
          type="button"
          className="button button--primary"
          onClick={() => runner.start(chosen, key)}
          disabled={chosen.length < 2 || view.running}
          data-testid="run-compare"
        >
          {t('compare.run')}
        </button>
        {view.running && (
          <button type="button" className="button" onClick={runner.cancel} data-testid="cancel-compare">
            {t('compare.cancel')}
          </button>
        )}
      </div>
      <CompareProgress progress={view.progress} nameOf={nameOf} />
      {status === 'stale' && (
        <p className="alert alert--warning" data-testid="compare-stale">
          {t('compare.stale')}
        </p>
      )}
      {view.results !== null && (
        <div className="analysis__body">
          <Suspense fallback={<p className="muted">{t('scenarioRun.loadingCharts')}</p>}>
            <CompareResults runs={view.results} names={shownIds.map(nameOf)} />
          </Suspense>
        </div>
      )}
    </section>
  );
}
