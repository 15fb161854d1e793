import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { CooperativeJson } from '../../../../src/model/cooperative';
import { CheckboxField } from '../../components/form/choices';
import { DateField } from '../../components/form/DateField';
import { draftFields } from '../../components/form/draftFields';
import { SelectField, TextField } from '../../components/form/inputs';
import { cooperativeEdits } from '../../domain/commands';
import { useLabels } from '../../i18n/useLabels';
import { useWorkspaceData } from '../../state/workspaceContext';
import { EditorShell } from '../shared/EditorShell';
import type { EditorProps } from '../shared/entityScreen';
import { NameIdFields } from '../shared/NameIdFields';
import { useEntityEditor } from '../shared/useEntityEditor';
import { AidRows } from './AidRows';
import { CoachingHoursRows } from './CoachingHoursRows';
import {
  checkCooperativePathDraft,
  cooperativePathDraftOf,
  cooperativePathFields,
  currentStageOf,
  emptyCooperativePathDraft,
} from './pathDraft';
import { StageHistoryRows } from './StageHistoryRows';

export function CooperativeEditor({ original, latest, takenIds, onClose }: EditorProps<CooperativeJson>) {
  const { t } = useTranslation();
  const labels = useLabels();
  const formRef = useRef<HTMLFormElement>(null);
  const { cooperatives } = useWorkspaceData();
  // Names already in use, offered as suggestions so one coach is spelt one way (views group by coach).
  const coaches = [...new Set(cooperatives.flatMap((c) => (c.coach === undefined ? [] : [c.coach])))].sort();
  const editor = useEntityEditor({
    formRef,
    section: 'cooperatives',
    edits: cooperativeEdits,
    original,
    latest,
    onClose,
    emptyDraft: emptyCooperativePathDraft,
    draftOf: cooperativePathDraftOf,
    fieldsOf: cooperativePathFields,
    check: checkCooperativePathDraft,
    serverPrefix: 'cooperative',
  });
  const { formId, form } = editor;
  const { draft, update } = form;
  const errors = form.errorsFor;
  const field = draftFields(formId, form);
  const stageNow = currentStageOf(draft);
  const coachListId = `${formId}-coaches`;

  return (
    <EditorShell
      editor={editor}
      formRef={formRef}
      testId="cooperative-editor"
      operation="cooperatives.update"
    >
      <div className="form-grid">
        <NameIdFields editor={editor} takenIds={takenIds} />
        <SelectField
          {...field.value('sector')}
          label={t('cooperatives.fields.sector')}
          options={labels.sectorOptions}
          placeholder={t('form.choose')}
        />
        <TextField {...field.value('district')} label={t('cooperatives.fields.district')} />
        <SelectField
          {...field.value('legalForm')}
          label={t('cooperatives.fields.legalForm')}
          options={labels.legalFormOptions}
          onChange={(legalForm) => legalForm !== '' && update({ legalForm })}
        />
        {draft.stageHistory.length === 0 ? (
          <SelectField
            {...field.value('stage')}
            label={t('cooperatives.fields.stage')}
            options={labels.stageOptions}
            placeholder={t('form.choose')}
          />
        ) : (
          // With a history the current stage is its last row; it changes by adding a row.
          <TextField
            formId={formId}
            name="stage"
            label={t('cooperatives.fields.stage')}
            value={stageNow === '' ? '' : labels.stage(stageNow)}
            onChange={() => undefined}
            readOnly
            hint={t('cooperatives.stageFromHistory')}
            errors={errors('stage')}
          />
        )}
        <TextField {...field.value('members')} kind="number" label={t('cooperatives.fields.members')} />
        <TextField
          {...field.value('foundedYear')}
          kind="year"
          label={t('cooperatives.fields.foundedYear')}
          hint={t('form.optional')}
        />
        <TextField
          {...field.value('coach')}
          label={t('cooperatives.fields.coach')}
          hint={t('form.optional')}
          list={coachListId}
        />
        <datalist id={coachListId}>
          {coaches.map((coach) => (
            <option key={coach} value={coach} />
          ))}
        </datalist>
        <DateField
          {...field.value('intakeDate')}
          label={t('cooperatives.fields.intakeDate')}
          hint={t('form.optional')}
        />
        <SelectField
          {...field.value('partnership')}
          label={t('cooperatives.fields.partnership')}
          options={labels.partnershipOptions}
          onChange={(partnership) => partnership !== '' && update({ partnership })}
        />
      </div>
      <div className="checkbox-row">
        <CheckboxField {...field.checked('sgei')} label={t('cooperatives.fields.sgei')} />
      </div>
      <p className="field__hint">{t('cooperatives.sgeiHint')}</p>
      <AidRows
        formId={formId}
        rows={draft.priorStateAid}
        onChange={(priorStateAid) => update({ priorStateAid })}
        errorsFor={errors}
      />
      <StageHistoryRows
        formId={formId}
        draft={draft}
        // The stage field keeps up with the history, so removing every row leaves the stage last shown.
        onChange={(stageHistory) =>
          update({ stageHistory, stage: stageHistory.at(-1)?.stage || draft.stage })
        }
        errorsFor={errors}
      />
      <CoachingHoursRows
        formId={formId}
        draft={draft}
        onChange={(coachingHours) => update({ coachingHours })}
        errorsFor={errors}
      />
    </EditorShell>
  );
}
