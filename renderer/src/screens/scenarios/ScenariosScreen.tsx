import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScenarioJson } from '../../../../src/model/scenario';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { EmptyState } from '../../components/EmptyState';
import { SelectField } from '../../components/form/inputs';
import { Icon } from '../../components/Icon';
import { NewButton } from '../../components/NewButton';
import { PageHeading } from '../../components/PageHeading';
import { scenarioEdits } from '../../domain/commands';
import { nameById } from '../../domain/plans';
import { useWorkspace, useWorkspaceData } from '../../state/workspaceContext';
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
  const data = useWorkspaceData();
  const { perform, announce } = useWorkspace();
  const formId = useId().replace(/:/g, '');
  const [chosen, setChosen] = useState<string | null>(null);
  const [editing, setEditing] = useState<{ original: ScenarioJson | null } | null>(null);
  const [deleting, setDeleting] = useState<ScenarioJson | null>(null);
  const { scenarios } = data;
  const scenario = scenarios.find((s) => s.id === chosen) ?? scenarios[0];
  const names = {
    plan: nameById(data.plans, (p) => p.name),
    stream: nameById(data.streams, (s) => s.name),
    indicator: nameById(data.indicators, (i) => i.label),
  };
  const planIds = new Set(data.plans.map((p) => p.id));

  const remove = async (row: ScenarioJson): Promise<string | null> => {
    const result = await perform(scenarioEdits.remove(row.id));
    if (!result.ok) return result.error.message;
    announce('success', t('scenarios.deleted', { name: row.name }));
    return null;
  };

  return (
    <>
      <PageHeading
        title={t('scenarios.title')}
        intro={t('scenarios.intro')}
        actions={
          <NewButton
            label={t('scenarios.new')}
            testId="new-scenario"
            onClick={() => setEditing({ original: null })}
          />
        }
      />
      {scenario === undefined ? (
        <EmptyState text={t('scenarios.empty')} testId="scenarios-empty" />
      ) : (
        <>
          <div className="scenario-picker">
            <SelectField
              formId={formId}
              name="scenario"
              label={t('scenarios.chosen')}
              value={scenario.id}
              options={scenarios.map((s) => ({ value: s.id, label: s.name }))}
              onChange={(id) => setChosen(id === '' ? null : id)}
            />
            <div className="scenario-picker__actions">
              <button
                type="button"
                className="button"
                onClick={() => setEditing({ original: scenario })}
                data-testid="edit-scenario"
              >
                <Icon name="edit" />
                {t('scenarios.editChosen')}
              </button>
              <button
                type="button"
                className="button button--quiet-danger"
                onClick={() => setDeleting(scenario)}
                data-testid="delete-scenario"
              >
                <Icon name="trash" />
                {t('scenarios.deleteChosen')}
              </button>
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
          takenIds={new Set(scenarios.map((s) => s.id))}
          onClose={() => setEditing(null)}
          onSaved={(saved) => setChosen(saved.id)}
        />
      )}
      {deleting !== null && (
        <ConfirmDialog
          title={t('scenarios.deleteTitle')}
          message={t('scenarios.deleteConfirm', { name: deleting.name })}
          confirmLabel={t('common.delete')}
          danger
          onConfirm={() => remove(deleting)}
          onClose={() => setDeleting(null)}
          testId="delete-dialog"
        />
      )}
    </>
  );
}
