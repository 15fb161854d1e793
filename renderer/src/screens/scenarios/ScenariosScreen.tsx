import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScenarioJson } from '../../../../src/model/scenario';
import { EmptyState } from '../../components/EmptyState';
import { scenarioEdits } from '../../domain/commands';
import { nameById } from '../../domain/plans';
import { useCan } from '../../session/sessionContext';
import { useWorkspaceData } from '../../state/workspaceContext';
import { DeleteConfirmation } from '../shared/DeleteConfirmation';
import { IconButton } from '../shared/IconButton';
import { ListHeading } from '../shared/ListHeading';
import { ScenarioSelect, useChosenScenario } from '../shared/ScenarioSelect';
import { ComparePanel } from './compare/ComparePanel';
import { ScenarioEditor } from './editor/ScenarioEditor';
import { ScenarioCard } from './ScenarioCard';
import { ScenarioWorkbench } from './ScenarioWorkbench';

/**
 * Scenarios: pick one, edit it, run it onto the Doughnut; or compare several. Every
 * edit and delete is an undoable step like any other.
 */
export function ScenariosScreen() {
  const { t } = useTranslation();
  const can = useCan();
  const data = useWorkspaceData();
  const [editing, setEditing] = useState<{ original: ScenarioJson | null } | null>(null);
  const [deleting, setDeleting] = useState<ScenarioJson | null>(null);
  const { scenarios } = data;
  const { scenario, choose } = useChosenScenario(scenarios);
  const names = {
    plan: nameById(data.plans, (p) => p.name),
    stream: nameById(data.streams, (s) => s.name),
    indicator: nameById(data.indicators, (i) => i.label),
  };
  const planIds = new Set(data.plans.map((p) => p.id));

  return (
    <>
      <ListHeading
        section="scenarios"
        newTestId="new-scenario"
        onNew={() => setEditing({ original: null })}
      />
      {scenario === undefined ? (
        <EmptyState text={t('scenarios.empty')} testId="scenarios-empty" />
      ) : (
        <>
          <div className="scenario-picker">
            <ScenarioSelect
              label={t('scenarios.chosen')}
              scenarios={scenarios}
              value={scenario.id}
              onChange={choose}
            />
            <div className="scenario-picker__actions">
              {can('scenarios.update') && (
                <IconButton
                  icon="edit"
                  label={t('scenarios.editChosen')}
                  onClick={() => setEditing({ original: scenario })}
                  testId="edit-scenario"
                />
              )}
              {can('scenarios.delete') && (
                <IconButton
                  icon="trash"
                  label={t('scenarios.deleteChosen')}
                  className="button button--quiet-danger"
                  onClick={() => setDeleting(scenario)}
                  testId="delete-scenario"
                />
              )}
            </div>
          </div>
          <details className="scenario-settings">
            <summary>{t('scenarios.settingsTitle')}</summary>
            <ScenarioCard
              scenario={scenario}
              names={names}
              unitOf={(id) => data.indicators.find((i) => i.id === id)?.unit ?? ''}
              planExists={(id) => planIds.has(id)}
            />
          </details>
          <ScenarioWorkbench key={scenario.id} scenario={scenario} />
          {scenarios.length >= 2 && <ComparePanel scenarios={scenarios} />}
        </>
      )}
      {editing !== null && (
        <ScenarioEditor
          original={editing.original}
          latest={
            editing.original === null ? undefined : scenarios.find((s) => s.id === editing.original?.id)
          }
          takenIds={new Set(scenarios.map((s) => s.id))}
          onClose={() => setEditing(null)}
          onSaved={(saved) => choose(saved.id)}
        />
      )}
      {deleting !== null && (
        <DeleteConfirmation
          section="scenarios"
          name={deleting.name}
          edit={scenarioEdits.remove(deleting.id)}
          onClose={() => setDeleting(null)}
        />
      )}
    </>
  );
}
