import { lazy } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScenarioJson } from '../../../../src/model/scenario';
import { nameById } from '../../domain/plans';
import { useWorkspaceData } from '../../state/workspaceContext';
import { NextEuroPanel } from './results/NextEuroPanel';
import { ScenarioRunFrame } from './ScenarioRunFrame';

// The results bring Recharts; loaded when the first run is in, as in the plan builder.
const ScenarioResults = lazy(() =>
  import('./results/ScenarioResults').then((module) => ({ default: module.ScenarioResults })),
);

/**
 * The chosen scenario's run: start, progress and cancel, then its results. Mounted per
 * scenario (keyed by id): another scenario starts without the previous one's figures,
 * and leaving cancels a run still going.
 */
export function ScenarioWorkbench({ scenario }: { scenario: ScenarioJson }) {
  const { t } = useTranslation();
  const data = useWorkspaceData();
  return (
    <ScenarioRunFrame
      scenario={scenario}
      title={t('scenarioRun.title')}
      ids={{
        region: 'scenario-run',
        status: 'scenario-run-status',
        run: 'run-scenario',
        cancel: 'cancel-run',
        job: 'scenario-job',
        stale: 'scenario-run-stale',
      }}
      loading={t('scenarioRun.loadingCharts')}
      result={(run) => (
        <ScenarioResults
          run={run}
          scenarioName={scenario.name}
          planName={nameById(data.plans, (plan) => plan.name)}
        />
      )}
      after={(key) => (
        <NextEuroPanel
          scenarioId={scenario.id}
          stateKey={key}
          streamName={nameById(data.streams, (stream) => stream.name)}
        />
      )}
    />
  );
}
