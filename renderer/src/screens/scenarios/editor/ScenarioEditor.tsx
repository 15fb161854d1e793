import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScenarioJson } from '../../../../../src/model/scenario';
import { draftFields } from '../../../components/form/draftFields';
import { TextField } from '../../../components/form/inputs';
import { scenarioEdits } from '../../../domain/commands';
import {
  checkScenarioDraft,
  draftFromScenario,
  emptyScenarioDraft,
  scenarioFields,
} from '../../../domain/scenarioDraft';
import { useWorkspaceData } from '../../../state/workspaceContext';
import { EditorShell } from '../../shared/EditorShell';
import type { EditorProps } from '../../shared/entityScreen';
import { NameIdFields } from '../../shared/NameIdFields';
import { useEntityEditor } from '../../shared/useEntityEditor';
import { DesiloingField } from './DesiloingField';
import { FactorTable } from './FactorTable';
import { OverrideTable } from './OverrideTable';
import { PlanOrderField } from './PlanOrderField';

interface ScenarioEditorProps extends EditorProps<ScenarioJson> {
  onSaved: (scenario: ScenarioJson) => void;
}

/**
 * A scenario's name, plans in priority order, budget factors, indicator overrides and
 * Monte Carlo settings. Saved as one undoable step; the host's objections appear at the
 * fields they are about.
 */
export function ScenarioEditor({ original, latest, takenIds, onClose, onSaved }: ScenarioEditorProps) {
  const { t } = useTranslation();
  const data = useWorkspaceData();
  const formRef = useRef<HTMLFormElement>(null);
  const context = {
    streamIds: data.streams.map((stream) => stream.id),
    indicatorIds: data.indicators.map((indicator) => indicator.id),
  };
  const editor = useEntityEditor({
    formRef,
    section: 'scenarios',
    edits: scenarioEdits,
    original,
    latest,
    onClose,
    onSavedValue: onSaved,
    emptyDraft: () => emptyScenarioDraft(context),
    draftOf: (scenario, locale) => draftFromScenario(scenario, locale, context),
    fieldsOf: scenarioFields,
    check: checkScenarioDraft,
    serverPrefix: 'scenario',
  });
  const { formId, form } = editor;
  const { draft, update } = form;
  const errors = form.errorsFor;
  const field = draftFields(formId, form);

  return (
    <EditorShell editor={editor} formRef={formRef} testId="scenario-editor" operation="scenarios.update">
      <h3 className="form-section">{t('scenarioEditor.sections.general')}</h3>
      <div className="form-grid">
        <NameIdFields editor={editor} takenIds={takenIds} />
      </div>

      <h3 className="form-section">{t('scenarioEditor.sections.plans')}</h3>
      <PlanOrderField
        formId={formId}
        plans={draft.plans}
        allPlans={data.plans}
        onChange={(plans) => update({ plans })}
        errors={errors('plans')}
      />

      <h3 className="form-section">{t('scenarioEditor.sections.factors')}</h3>
      <FactorTable
        formId={formId}
        streams={data.streams}
        factors={draft.factors}
        onChange={(streamId, value) => update({ factors: { ...draft.factors, [streamId]: value } })}
        errorsFor={errors}
      />

      <h3 className="form-section">{t('scenarioEditor.sections.desiloing')}</h3>
      <DesiloingField
        formId={formId}
        streamSilos={data.streams.map((stream) => stream.silo)}
        selected={draft.silos}
        onChange={(silos) => update({ silos })}
        errors={errors('desiloing.silos')}
      />

      <h3 className="form-section">{t('scenarioEditor.sections.procurement')}</h3>
      <div className="form-grid">
        <TextField
          {...field.value('procurementShare')}
          label={t('scenarioEditor.procurementShare')}
          hint={t('scenarioEditor.procurementShareHint')}
          kind="percent"
        />
      </div>

      <h3 className="form-section">{t('scenarioEditor.sections.overrides')}</h3>
      <OverrideTable
        formId={formId}
        indicators={data.indicators}
        overrides={draft.overrides}
        onChange={(indicatorId, patch) => {
          const current = draft.overrides[indicatorId] ?? { trend: '', threshold: '' };
          update({ overrides: { ...draft.overrides, [indicatorId]: { ...current, ...patch } } });
        }}
        errorsFor={errors}
      />

      <h3 className="form-section">{t('scenarioEditor.sections.monteCarlo')}</h3>
      <div className="form-grid">
        <TextField
          {...field.value('draws', 'monteCarlo.draws')}
          label={t('scenarios.fields.draws')}
          hint={t('scenarioEditor.drawsHint')}
          kind="number"
        />
        <TextField
          {...field.value('seed', 'monteCarlo.seed')}
          label={t('scenarios.fields.seed')}
          hint={t('scenarioEditor.seedHint')}
          kind="number"
        />
      </div>
    </EditorShell>
  );
}
