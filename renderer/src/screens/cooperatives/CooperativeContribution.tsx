import { lazy } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScenarioJson } from '../../../../src/model/scenario';
import { ScenarioRunFrame } from '../scenarios/ScenarioRunFrame';

// The Doughnut brings Recharts: loaded once a run is in, as on the scenarios screen.
const CooperativeDoughnut = lazy(() =>
  import('./CooperativeDoughnut').then((module) => ({ default: module.CooperativeDoughnut })),
);

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
  return (
    <ScenarioRunFrame
      scenario={scenario}
      title={t('cooperativePage.doughnutTitle')}
      intro={t('cooperativePage.doughnutIntro')}
      ids={{
        region: 'cooperative-run',
        status: 'cooperative-run-status',
        run: 'cooperative-run-scenario',
        cancel: 'cooperative-cancel-run',
        job: 'cooperative-job',
        stale: 'cooperative-run-stale',
      }}
      loading={t('scenarioRun.loadingCharts')}
      result={(run) => (
        <CooperativeDoughnut run={run} cooperativeId={cooperativeId} scenarioName={scenario.name} />
      )}
    />
  );
}
