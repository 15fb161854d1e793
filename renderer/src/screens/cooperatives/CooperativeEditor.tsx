import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { CooperativeJson } from '../../../../src/model/cooperative';
import { CheckboxField } from '../../components/form/choices';
import { DateField } from '../../components/form/DateField';
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

export function CooperativeEditor({ original, takenIds, onClose }: EditorProps<CooperativeJson>) {
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
  const common = { formId };
  const stageNow = currentStageOf(draft);
  const coachListId = `${formId}-coaches`;

  return (
    <EditorShell editor={editor} formRef={formRef} testId="cooperative-editor">
      <div className="form-grid">
        <NameIdFields editor={editor} takenIds={takenIds} />
        <SelectField
          {...common}
          name="sector"
          label={t('cooperatives.fields.sector')}
          value={draft.sector}
          options={labels.sectorOptions}
          placeholder={t('form.choose')}
          onChange={(sector) => update({ sector })}
          errors={errors('sector')}
        />
        <TextField
          {...common}
          name="district"
          label={t('cooperatives.fields.district')}
          value={draft.district}
          onChange={(district) => update({ district })}
          errors={errors('district')}
        />
        <SelectField
          {...common}
          name="legalForm"
          label={t('cooperatives.fields.legalForm')}
          value={draft.legalForm}
          options={labels.legalFormOptions}
          onChange={(legalForm) => legalForm !== '' && update({ legalForm })}
          errors={errors('legalForm')}
        />
        {draft.stageHistory.length === 0 ? (
          <SelectField
            {...common}
            name="stage"
            label={t('cooperatives.fields.stage')}
            value={draft.stage}
            options={labels.stageOptions}
            placeholder={t('form.choose')}
            onChange={(stage) => update({ stage })}
            errors={errors('stage')}
          />
        ) : (
          // With a history the current stage is its last row; it changes by adding a row.
          <TextField
            {...common}
            name="stage"
            label={t('cooperatives.fields.stage')}
            value={stageNow === '' ? '' : labels.stage(stageNow)}
            onChange={() => undefined}
            readOnly
            hint={t('cooperatives.stageFromHistory')}
            errors={errors('stage')}
          />
        )}
        <TextField
          {...common}
          name="members"
          kind="number"
          label={t('cooperatives.fields.members')}
          value={draft.members}
          onChange={(members) => update({ members })}
          errors={errors('members')}
        />
        <TextField
          {...common}
          name="foundedYear"
          kind="year"
          label={t('cooperatives.fields.foundedYear')}
          hint={t('form.optional')}
          value={draft.foundedYear}
          onChange={(foundedYear) => update({ foundedYear })}
          errors={errors('foundedYear')}
        />
        <TextField
          {...common}
          name="coach"
          label={t('cooperatives.fields.coach')}
          hint={t('form.optional')}
          value={draft.coach}
          list={coachListId}
          onChange={(coach) => update({ coach })}
          errors={errors('coach')}
        />
        <datalist id={coachListId}>
          {coaches.map((coach) => (
            <option key={coach} value={coach} />
          ))}
        </datalist>
        <DateField
          {...common}
          name="intakeDate"
          label={t('cooperatives.fields.intakeDate')}
          hint={t('form.optional')}
          value={draft.intakeDate}
          onChange={(intakeDate) => update({ intakeDate })}
          errors={errors('intakeDate')}
        />
        <SelectField
          {...common}
          name="partnership"
          label={t('cooperatives.fields.partnership')}
          value={draft.partnership}
          options={labels.partnershipOptions}
          onChange={(partnership) => partnership !== '' && update({ partnership })}
          errors={errors('partnership')}
        />
      </div>
      <div className="checkbox-row">
        <CheckboxField
          {...common}
          name="sgei"
          label={t('cooperatives.fields.sgei')}
          checked={draft.sgei}
          onChange={(sgei) => update({ sgei })}
          errors={errors('sgei')}
        />
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
